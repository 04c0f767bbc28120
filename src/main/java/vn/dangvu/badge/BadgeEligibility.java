package vn.dangvu.badge;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.member.BadgeCandidates;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.MemberWithLedger;
import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.organization.Organizations;

/**
 * Who is eligible for a Party badge on an award date: every official member of the subtree on that date whose party
 * age (R-AGE-1) has reached a milestone (R-BADGE-1) above every badge already awarded, unless a discipline still
 * blocks it under the version of the rules in force on the award date (R-BADGE-4, {@link BadgeRuleVersions}).
 */
@Service
public class BadgeEligibility {

	/** R-BADGE-1: the milestones in years of party age. */
	public static final List<Integer> MILESTONES = List.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);

	/** R-BADGE-3: the award dates (others by exception). */
	public static final Set<MonthDay> AWARD_DAYS = Set.of(MonthDay.of(2, 3), MonthDay.of(5, 19), MonthDay.of(9, 2),
			MonthDay.of(11, 7));

	private final Organizations organizations;

	private final MemberRoster roster;

	private final BadgeRuleVersions rules;

	BadgeEligibility(Organizations organizations, MemberRoster roster, BadgeRuleVersions rules) {
		this.organizations = organizations;
		this.roster = roster;
		this.rules = rules;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public BadgeEligibilityList eligible(String orgCode, LocalDate awardDate) {
		if (!organizations.exists(orgCode)) {
			throw OrganizationNotFoundException.forCode(orgCode);
		}
		List<String> codes = organizations.subtreeCodes(orgCode, awardDate);
		List<EligibleMember> eligible = new ArrayList<>();
		if (!codes.isEmpty()) {
			DisciplineRules discipline = rules.discipline();
			for (MemberWithLedger member : roster.withLedgers(codes, awardDate, MemberStatus.OFFICIAL,
					candidates(awardDate, awardDate))) {
				badgeFor(member, awardDate, discipline).ifPresent(eligible::add);
			}
		}
		Comparator<String> names = VietnameseText.nameOrder();
		eligible.sort(Comparator.comparing(EligibleMember::orgCode)
			.thenComparing(EligibleMember::fullName, names)
			.thenComparing(EligibleMember::memberNo));
		return new BadgeEligibilityList(orgCode, awardDate, eligible);
	}

	/** The badge a member is eligible for on the date, if any, the discipline blocks being these (R-BADGE-4). */
	static java.util.Optional<EligibleMember> badgeFor(MemberWithLedger member, LocalDate awardDate,
			DisciplineRules discipline) {
		OptionalLong age = member.ledger().partyAgeMonths(awardDate);
		if (age.isEmpty() || discipline.blocks(member.ledger(), awardDate)) {
			return java.util.Optional.empty();
		}
		int awarded = member.ledger().badgeYearsBy(awardDate);
		int reached = 0;
		for (int milestone : MILESTONES) {
			if (age.getAsLong() >= 12L * milestone) {
				reached = milestone;
			}
		}
		if (reached == 0 || reached <= awarded) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new EligibleMember(member.memberNo(), member.fullName(), member.orgCode(),
				age.getAsLong(), reached));
	}

	/**
	 * The latest first admission decision that can have reached the years of party age (R-BADGE-1) by the date, with
	 * a month to spare: party age (R-AGE-1) counts whole months from the admission decision, and gaps only shorten
	 * it.
	 */
	static LocalDate admittedBy(LocalDate date, int years) {
		return date.minusMonths(12L * years - 1);
	}

	/**
	 * The members whose ledgers are read for the badges reached by {@code reachedBy}, counting the badges they held on
	 * {@code heldOn}: at national scale most members are too young in the Party, or hold the badge they reached.
	 */
	static BadgeCandidates candidates(LocalDate reachedBy, LocalDate heldOn) {
		Map<Integer, LocalDate> admitted = new HashMap<>();
		MILESTONES.forEach(years -> admitted.put(years, admittedBy(reachedBy, years)));
		return new BadgeCandidates(admitted, heldOn);
	}

	/** R-BADGE-3: the next {@code count} award dates strictly after the date. */
	public static List<LocalDate> nextAwardDates(LocalDate after, int count) {
		List<MonthDay> days = AWARD_DAYS.stream().sorted().toList();
		List<LocalDate> dates = new ArrayList<>();
		for (int year = after.getYear(); dates.size() < count; year++) {
			for (MonthDay day : days) {
				LocalDate d = day.atYear(year);
				if (d.isAfter(after) && dates.size() < count) {
					dates.add(d);
				}
			}
		}
		return dates;
	}

	/** R-BADGE-3: one of the four award days. */
	public static boolean isAwardDay(LocalDate date) {
		return AWARD_DAYS.contains(MonthDay.from(date));
	}

	/**
	 * The members of the subtree who become eligible at each of the next {@code count} award dates after the date: on
	 * that date eligible for a badge they were not eligible for on the date before. The members and their ledgers are
	 * read once, as of the first date: later dates are in the future, where the ledgers hold nothing yet.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public List<UpcomingAwards> upcoming(String orgCode, LocalDate after, int count) {
		if (!organizations.exists(orgCode)) {
			throw OrganizationNotFoundException.forCode(orgCode);
		}
		List<String> codes = organizations.subtreeCodes(orgCode, after);
		List<MemberWithLedger> listed = codes.isEmpty() ? List.of()
				: roster.withLedgers(codes, after, MemberStatus.OFFICIAL,
						candidates(count > 0 ? nextAwardDates(after, count).get(count - 1) : after, after));
		DisciplineRules discipline = rules.discipline();
		Map<String, Integer> before = new HashMap<>();
		for (MemberWithLedger m : listed) {
			badgeFor(m, after, discipline).ifPresent(e -> before.put(m.memberNo(), e.badgeYears()));
		}
		Comparator<String> names = VietnameseText.nameOrder();
		List<UpcomingAwards> result = new ArrayList<>();
		for (LocalDate date : nextAwardDates(after, count)) {
			List<EligibleMember> becoming = new ArrayList<>();
			Map<String, Integer> now = new HashMap<>();
			for (MemberWithLedger m : listed) {
				badgeFor(m, date, discipline).ifPresent(e -> {
					now.put(m.memberNo(), e.badgeYears());
					if (!Integer.valueOf(e.badgeYears()).equals(before.get(m.memberNo()))) {
						becoming.add(e);
					}
				});
			}
			becoming.sort(Comparator.comparing(EligibleMember::orgCode)
				.thenComparing(EligibleMember::fullName, names)
				.thenComparing(EligibleMember::memberNo));
			result.add(new UpcomingAwards(date, becoming));
			before.clear();
			before.putAll(now);
		}
		return result;
	}

}
