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

}
