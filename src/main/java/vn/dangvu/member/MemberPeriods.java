package vn.dangvu.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import vn.dangvu.common.time.Dates;
import vn.dangvu.organization.OrganizationLifetime;

/**
 * The projection of a ledger into periods of constant state, which the member lists and counts read. Members follow
 * their organization through restructuring: when it ends by a merge or split, they belong to its successor from that
 * day on (INTERCHANGE.md: a MERGE moves every member into the target).
 */
public final class MemberPeriods {

	/** The state during [validFrom, validTo). */
	public record Period(LocalDate validFrom, LocalDate validTo, MemberStatus status, String orgCode, boolean exempted) {
	}

	private MemberPeriods() {
	}

	public static List<Period> of(MemberLedger ledger, Function<String, OrganizationLifetime> lifetimes) {
		TreeSet<LocalDate> boundaries = new TreeSet<>();
		ledger.events().forEach(e -> boundaries.add(e.effectiveOn()));
		List<Period> periods = new ArrayList<>();
		List<LocalDate> starts = new ArrayList<>(boundaries);
		for (int i = 0; i < starts.size(); i++) {
			LocalDate from = starts.get(i);
			LocalDate to = i + 1 < starts.size() ? starts.get(i + 1) : Dates.OPEN_END;
			MemberState state = ledger.stateOn(from);
			if (state.status() == MemberStatus.NOT_ADMITTED) {
				continue;
			}
			followOrganization(from, to, state, lifetimes, periods);
		}
		return merged(periods);
	}

	private static void followOrganization(LocalDate from, LocalDate to, MemberState state,
			Function<String, OrganizationLifetime> lifetimes, List<Period> periods) {
		String org = state.orgCode();
		LocalDate start = from;
		int guard = 0;
		while (org != null && guard++ < 50) {
			OrganizationLifetime lifetime = lifetimes.apply(org);
			if (lifetime == null || lifetime.endedOn() == null || !lifetime.endedOn().isBefore(to)
					|| lifetime.membersMoveTo() == null) {
				break;
			}
			if (lifetime.endedOn().isAfter(start)) {
				periods.add(new Period(start, lifetime.endedOn(), state.status(), org, state.exempted()));
				start = lifetime.endedOn();
			}
			org = lifetime.membersMoveTo();
		}
		periods.add(new Period(start, to, state.status(), org, state.exempted()));
	}

	private static List<Period> merged(List<Period> periods) {
		List<Period> result = new ArrayList<>();
		for (Period p : periods) {
			if (!result.isEmpty()) {
				Period last = result.get(result.size() - 1);
				if (last.validTo().equals(p.validFrom()) && last.status() == p.status()
						&& Objects.equals(last.orgCode(), p.orgCode()) && last.exempted() == p.exempted()) {
					result.set(result.size() - 1, new Period(last.validFrom(), p.validTo(), p.status(), p.orgCode(), p.exempted()));
					continue;
				}
			}
			result.add(p);
		}
		return result;
	}

}
