package vn.dangvu.member;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A member's lifecycle ledger: events in date order (file order for the same date), never edited in place. Status,
 * organization, exemption and party age on any date are derived by replaying it.
 */
public final class MemberLedger {

	private final List<LedgerEvent> events;

	private MemberLedger(List<LedgerEvent> events) {
		this.events = events;
	}

	/** The ledger of these events, ordered by effective date; events of the same date keep their given order. */
	public static MemberLedger of(List<LedgerEvent> events) {
		List<LedgerEvent> ordered = new ArrayList<>(events);
		ordered.sort(Comparator.comparing(LedgerEvent::effectiveOn)); // stable: same date keeps file order
		return new MemberLedger(Collections.unmodifiableList(ordered));
	}

	public List<LedgerEvent> events() {
		return events;
	}

	/** The state after every event with {@code effectiveOn ≤ date}. */
	public MemberState stateOn(LocalDate date) {
		MemberStatus status = MemberStatus.NOT_ADMITTED;
		String org = null;
		boolean exempted = false;
		for (LedgerEvent e : events) {
			if (e.effectiveOn().isAfter(date)) {
				break;
			}
			switch (e.type()) {
				case ADMITTED, READMITTED -> {
					status = MemberStatus.PROBATIONARY;
					org = e.orgCode();
					exempted = false;
				}
				case RECOGNIZED -> status = MemberStatus.OFFICIAL;
				case TRANSFERRED -> org = e.orgCode();
				case EXEMPTED -> exempted = true;
				case EXEMPTION_ENDED -> exempted = false;
				case NOT_RECOGNIZED, EXPELLED, REMOVED, LEFT -> {
					status = MemberStatus.OUTSIDE;
					exempted = false;
				}
				case DIED -> {
					status = MemberStatus.DIED;
					exempted = false;
				}
				default -> {
					// discipline, badges and assessments do not change status or organization
				}
			}
		}
		return new MemberState(status, status.isMember() || status == MemberStatus.OUTSIDE || status == MemberStatus.DIED
				? org : null, exempted);
	}

	/**
	 * The day party age is counted from before any gap (R-AGE-1): the decision date (else the effective date) of the
	 * first admission. Gaps only move the start later, so the party age on any date is at most the whole months from
	 * this day. Empty for a file never admitted.
	 */
	public Optional<LocalDate> admissionDecision() {
		return events.stream()
			.filter(e -> e.type() == MemberEventType.ADMITTED)
			.findFirst()
			.map(LedgerEvent::decisionDateOrEffective);
	}

	/** The highest badge (R-BADGE-1, in years of party age) awarded on or before the date; 0 for none. */
	public int badgeYearsBy(LocalDate date) {
		return highestBadgeBy(date).map(e -> Integer.parseInt(e.detail())).orElse(0);
	}

	/** The award of the highest badge on or before the date (the first, when it was recorded twice). */
	public Optional<LedgerEvent> highestBadgeBy(LocalDate date) {
		LedgerEvent highest = null;
		for (LedgerEvent e : events) {
			if (e.effectiveOn().isAfter(date)) {
				break;
			}
			if (e.type() == MemberEventType.BADGE_AWARDED && e.detail() != null && e.detail().matches("\\d{1,3}")
					&& (highest == null || Integer.parseInt(e.detail()) > Integer.parseInt(highest.detail()))) {
				highest = e;
			}
		}
		return Optional.ofNullable(highest);
	}

	/**
	 * R-AGE-1, exactly as INTERCHANGE.md defines it: the start is the decision date (else the effective date) of the
	 * first admission; every period outside the Party — from a removal, exit, expulsion or non-recognition to the
	 * decision date (else effective date) of the next re-admission — shifts the start day for day; the party age on
	 * the date is the whole months from the shifted start. Defined only for an official member on that date.
	 */
	public OptionalLong partyAgeMonths(LocalDate date) {
		if (stateOn(date).status() != MemberStatus.OFFICIAL) {
			return OptionalLong.empty();
		}
		Optional<LedgerEvent> first = events.stream().filter(e -> e.type() == MemberEventType.ADMITTED).findFirst();
		if (first.isEmpty()) {
			return OptionalLong.empty();
		}
		LocalDate start = first.get().decisionDateOrEffective();
		LocalDate outsideSince = null;
		for (LedgerEvent e : events) {
			if (e.effectiveOn().isAfter(date)) {
				break;
			}
			switch (e.type()) {
				case NOT_RECOGNIZED, EXPELLED, REMOVED, LEFT -> outsideSince = e.effectiveOn();
				case READMITTED -> {
					if (outsideSince != null) {
						long gap = ChronoUnit.DAYS.between(outsideSince, e.decisionDateOrEffective());
						start = start.plusDays(Math.max(0, gap));
						outsideSince = null;
					}
				}
				default -> {
				}
			}
		}
		return OptionalLong.of(Math.max(0, ChronoUnit.MONTHS.between(start, date)));
	}

	/** The first violation of the lifecycle order, if any: each event must be allowed by the status before it. */
	public Optional<LifecycleViolation> firstViolation() {
		MemberStatus status = MemberStatus.NOT_ADMITTED;
		for (LedgerEvent e : events) {
			if (!status.allows(e.type())) {
				return Optional.of(new LifecycleViolation("LIFECYCLE",
						status == MemberStatus.DIED ? "Không thể ghi sự kiện sau khi đảng viên đã từ trần."
								: "Sự kiện " + e.type() + " ngày " + vn.dangvu.common.time.Dates.format(e.effectiveOn())
										+ " không hợp lệ với tình trạng " + status + "."));
			}
			status = next(status, e.type());
		}
		return Optional.empty();
	}

	private static MemberStatus next(MemberStatus status, MemberEventType type) {
		return switch (type) {
			case ADMITTED, READMITTED -> MemberStatus.PROBATIONARY;
			case RECOGNIZED -> MemberStatus.OFFICIAL;
			case NOT_RECOGNIZED, EXPELLED, REMOVED, LEFT -> MemberStatus.OUTSIDE;
			case DIED -> MemberStatus.DIED;
			default -> status;
		};
	}

}
