package vn.dangvu.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangvu.badge.DisciplineRules.SEEDED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberLedger;
import vn.dangvu.member.MemberWithLedger;

class BadgeEligibilityTests {

	static MemberWithLedger member(LedgerEvent... extra) {
		List<LedgerEvent> events = new ArrayList<>(List.of(
				new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(1991, 2, 3), "C", "1", LocalDate.of(1991, 1, 20), null),
				new LedgerEvent(MemberEventType.RECOGNIZED, LocalDate.of(1992, 2, 3), null, null, null, null)));
		events.addAll(List.of(extra));
		return new MemberWithLedger("M1", "Nguyễn Văn An", "C", MemberLedger.of(events));
	}

	static LedgerEvent disciplined(String on, String form) {
		return new LedgerEvent(MemberEventType.DISCIPLINED, LocalDate.parse(on), null, null, null, form);
	}

	/** R-BADGE-1: 30 years full in months from the admission decision (20/1/1991). */
	@Test
	void eligibleFromTheDayThirtyYearsAreFullNotTheDayBefore() {
		assertThat(BadgeEligibility.badgeFor(member(), LocalDate.of(2021, 1, 19), SEEDED)).isEmpty();
		assertThat(BadgeEligibility.badgeFor(member(), LocalDate.of(2021, 2, 3), SEEDED)).get()
			.extracting(EligibleMember::badgeYears, EligibleMember::partyAgeMonths)
			.containsExactly(30, 360L);
	}

	/**
	 * The members whose ledgers eligibility reads (admitted by {@link BadgeEligibility#admittedBy} for the years of
	 * the badge) include every one who can be eligible: each admission decision in the three years around 30, 40, 45
	 * and 90 years before the award dates, leap days among them, against award dates around them, the leap day of 2024
	 * and the end of February 2026 too.
	 */
	@Test
	void theMembersReadIncludeEveryOneWhoseYearsAreFull() {
		List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2026, 2, 28),
				LocalDate.of(2026, 3, 1), LocalDate.of(2025, 2, 3), LocalDate.of(2026, 2, 3), LocalDate.of(2027, 11, 7)));
		java.util.Map<Integer, Integer> eligible = new java.util.TreeMap<>();
		for (int years : List.of(30, 40, 45, 90)) {
			for (LocalDate decided = LocalDate.of(2025 - years, 1, 1); decided.getYear() < 2028 - years;
					decided = decided.plusDays(1)) {
				MemberLedger ledger = MemberLedger.of(List.of(
						new LedgerEvent(MemberEventType.ADMITTED, decided.plusDays(10), "C", "1", decided, null),
						new LedgerEvent(MemberEventType.RECOGNIZED, decided.plusDays(10).plusYears(1), null, null, null,
								null)));
				MemberWithLedger m = new MemberWithLedger("M", "Lê Văn Đủ", "C", ledger);
				for (LocalDate date : dates) {
					var badge = BadgeEligibility.badgeFor(m, date, SEEDED);
					if (badge.isPresent()) {
						eligible.merge(badge.get().badgeYears(), 1, Integer::sum);
						assertThat(decided).as("admitted %s, awarded %s", decided, date)
							.isBeforeOrEqualTo(BadgeEligibility.admittedBy(date, badge.get().badgeYears()));
					}
				}
			}
		}
		assertThat(eligible).as("the ranges hold eligible members of each milestone")
			.allSatisfy((years, count) -> assertThat(count).isGreaterThan(1000))
			.containsKeys(30, 40, 45, 90);
		// and the bound leaves out the year after it
		assertThat(BadgeEligibility.admittedBy(LocalDate.of(2026, 2, 3), 30)).isEqualTo(LocalDate.of(1996, 3, 3));
		assertThat(BadgeEligibility.admittedBy(LocalDate.of(2026, 2, 3), 45)).isEqualTo(LocalDate.of(1981, 3, 3));
	}

	@Test
	void notEligibleAgainForAMilestoneAlreadyAwardedButForTheNextOne() {
		LedgerEvent badge30 = new LedgerEvent(MemberEventType.BADGE_AWARDED, LocalDate.of(2021, 2, 3), null, null, null, "30");
		assertThat(BadgeEligibility.badgeFor(member(badge30), LocalDate.of(2021, 5, 19), SEEDED)).isEmpty();
		assertThat(BadgeEligibility.badgeFor(member(badge30), LocalDate.of(2031, 2, 3), SEEDED)).get()
			.extracting(EligibleMember::badgeYears).isEqualTo(40);
	}

	/** R-BADGE-4 under QĐ 24 (from 30/7/2021): a warning blocks for 9 months. */
	@Test
	void aWarningBlocksForNineMonthsUnderQd24() {
		MemberWithLedger warned = member(disciplined("2021-08-02", "WARNING"));
		assertThat(BadgeEligibility.badgeFor(warned, LocalDate.of(2022, 5, 1), SEEDED)).isEmpty();
		assertThat(BadgeEligibility.badgeFor(warned, LocalDate.of(2022, 5, 2), SEEDED)).isPresent();
	}

	/** R-BADGE-4: a reprimand did not block under QĐ 29 (to 29/7/2021), blocks 6 months under QĐ 24. */
	@Test
	void aReprimandBlocksOnlyUnderTheVersionInForceOnTheAwardDate() {
		MemberWithLedger reprimanded = member(disciplined("2021-05-01", "REPRIMAND"));
		assertThat(BadgeEligibility.badgeFor(reprimanded, LocalDate.of(2021, 7, 29), SEEDED)).isPresent();
		assertThat(BadgeEligibility.badgeFor(reprimanded, LocalDate.of(2021, 7, 30), SEEDED)).isEmpty();
		assertThat(BadgeEligibility.badgeFor(reprimanded, LocalDate.of(2021, 11, 1), SEEDED)).isPresent();
	}

	@Test
	void theVersionInForceChangesOnItsFirstDay() {
		assertThat(SEEDED.inForceOn(LocalDate.of(2016, 7, 24)).source()).isEqualTo("hướng dẫn trước 2016");
		assertThat(SEEDED.inForceOn(LocalDate.of(2016, 7, 25)).source()).isEqualTo("QĐ 29-QĐ/TW");
		assertThat(SEEDED.inForceOn(LocalDate.of(2021, 7, 30)).source()).isEqualTo("QĐ 24-QĐ/TW");
	}

	/**
	 * R-BADGE-4: a version an administrator adds (here a reprimand blocking 12 months from 1/7/2025) changes
	 * eligibility from its first day on, not the day before; the versions before it still decide the dates before.
	 */
	@Test
	void anAddedVersionChangesEligibilityFromItsStartNotTheDayBefore() {
		DisciplineRules extended = SEEDED.with(new DisciplineWaiting(LocalDate.of(2025, 7, 1), "QĐ 294-QĐ/TW",
				java.util.Map.of("REPRIMAND", 12, "WARNING", 12, "DISMISSAL", 12)));
		MemberWithLedger reprimanded = member(disciplined("2025-01-15", "REPRIMAND"));
		// QĐ 24: 6 months, so free again from 15/7/2025 — but QĐ 294 is in force by then: 12 months
		assertThat(BadgeEligibility.badgeFor(reprimanded, LocalDate.of(2025, 6, 30), extended)).isEmpty();
		assertThat(BadgeEligibility.badgeFor(reprimanded, LocalDate.of(2025, 7, 15), SEEDED)).isPresent();
		assertThat(BadgeEligibility.badgeFor(reprimanded, LocalDate.of(2025, 7, 15), extended)).isEmpty();
		assertThat(BadgeEligibility.badgeFor(reprimanded, LocalDate.of(2026, 1, 14), extended)).isEmpty();
		assertThat(BadgeEligibility.badgeFor(reprimanded, LocalDate.of(2026, 1, 15), extended)).isPresent();
		// the day before its start the version before it decides, the day of its start the new one
		assertThat(extended.inForceOn(LocalDate.of(2025, 6, 30)).source()).isEqualTo("QĐ 24-QĐ/TW");
		assertThat(extended.inForceOn(LocalDate.of(2025, 7, 1)).source()).isEqualTo("QĐ 294-QĐ/TW");
		// a warning of 15/9/2024: free from 15/6/2025 under QĐ 24 (9 months), blocked again under QĐ 294 (12 months)
		MemberWithLedger warned = member(disciplined("2024-09-15", "WARNING"));
		assertThat(BadgeEligibility.badgeFor(warned, LocalDate.of(2025, 6, 30), extended)).isPresent();
		assertThat(BadgeEligibility.badgeFor(warned, LocalDate.of(2025, 7, 1), extended)).isEmpty();
	}

	/** The oldest version also decides dates before its start (no discipline is older than the Party). */
	@Test
	void theOldestVersionAppliesBeforeItsStart() {
		assertThat(SEEDED.inForceOn(LocalDate.of(1900, 1, 1)).source()).isEqualTo("hướng dẫn trước 2016");
	}

}
