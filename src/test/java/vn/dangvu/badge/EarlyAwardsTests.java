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

/**
 * R-BADGE-2 at its edges: serious illness 12 months early for 30–65 years and 24 months from 70; posthumous 12 months,
 * counting the party age on the day before death. Admission decision 20/1/1991: 30 years full on 20/1/2021.
 */
class EarlyAwardsTests {

	static MemberWithLedger member(LedgerEvent... extra) {
		List<LedgerEvent> events = new ArrayList<>(List.of(
				new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(1991, 2, 3), "C", "1", LocalDate.of(1991, 1, 20), null),
				new LedgerEvent(MemberEventType.RECOGNIZED, LocalDate.of(1992, 2, 3), null, null, null, null)));
		events.addAll(List.of(extra));
		return new MemberWithLedger("M1", "Nguyễn Văn An", "C", MemberLedger.of(events));
	}

	static LedgerEvent event(MemberEventType type, String on, String detail) {
		return new LedgerEvent(type, LocalDate.parse(on), null, null, null, detail);
	}

	static MemberWithLedger veteran(LedgerEvent... extra) {
		// admitted 20/1/1955: 70 years full on 20/1/2025
		List<LedgerEvent> events = new ArrayList<>(List.of(
				new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(1955, 2, 3), "C", "1", LocalDate.of(1955, 1, 20), null),
				new LedgerEvent(MemberEventType.RECOGNIZED, LocalDate.of(1956, 2, 3), null, null, null, null),
				event(MemberEventType.BADGE_AWARDED, "2015-02-03", "60"),
				event(MemberEventType.BADGE_AWARDED, "2020-02-03", "65")));
		events.addAll(List.of(extra));
		return new MemberWithLedger("V1", "Trần Văn Lão", "C", MemberLedger.of(events));
	}

	@Test
	void illnessAllowsTwelveMonthsEarlyUpToSixtyFiveYears() {
		assertThat(EarlyAwards.illnessMonthsEarly(30)).isEqualTo(12);
		assertThat(EarlyAwards.illnessMonthsEarly(65)).isEqualTo(12);
		assertThat(EarlyAwards.illnessMonthsEarly(70)).isEqualTo(24);
		assertThat(EarlyAwards.illnessMonthsEarly(90)).isEqualTo(24);
		// 29 years full on 20/1/2020: exactly 12 months early; the day before, 12 months and a day
		assertThat(EarlyAwards.forIllness(member(), LocalDate.of(2020, 1, 20), SEEDED)).get()
			.extracting(EligibleMember::badgeYears, EligibleMember::partyAgeMonths).containsExactly(30, 348L);
		assertThat(EarlyAwards.forIllness(member(), LocalDate.of(2020, 1, 19), SEEDED)).isEmpty();
	}

	@Test
	void illnessAllowsTwentyFourMonthsEarlyFromSeventyYears() {
		// 68 years full on 20/1/2023: 24 months before 70
		assertThat(EarlyAwards.forIllness(veteran(), LocalDate.of(2023, 1, 20), SEEDED)).get()
			.extracting(EligibleMember::badgeYears).isEqualTo(70);
		assertThat(EarlyAwards.forIllness(veteran(), LocalDate.of(2023, 1, 19), SEEDED)).isEmpty();
	}

	@Test
	void aBadgeAlreadyDueIsNotEarly() {
		assertThat(EarlyAwards.forIllness(member(), LocalDate.of(2021, 2, 3), SEEDED)).isEmpty();
		assertThat(BadgeEligibility.badgeFor(member(), LocalDate.of(2021, 2, 3), SEEDED)).isPresent();
	}

	@Test
	void disciplineBlocksAnEarlyAwardToo() {
		MemberWithLedger warned = member(event(MemberEventType.DISCIPLINED, "2019-11-01", "WARNING"));
		// QĐ 29 in force: a warning waits 6 months → until 1/5/2020
		assertThat(EarlyAwards.forIllness(warned, LocalDate.of(2020, 2, 3), SEEDED)).isEmpty();
		assertThat(EarlyAwards.forIllness(warned, LocalDate.of(2020, 5, 19), SEEDED)).isPresent();
	}

	@Test
	void aMemberWhoDiedIsNotEligibleButMayBeAwardedPosthumouslyTwelveMonthsEarly() {
		// died 21/1/2020: on the day before, 29 years full (348 months)
		MemberWithLedger died = member(event(MemberEventType.DIED, "2020-01-21", null));
		assertThat(BadgeEligibility.badgeFor(died, LocalDate.of(2020, 2, 3), SEEDED)).isEmpty();
		assertThat(EarlyAwards.posthumous(died, LocalDate.of(2020, 2, 3), SEEDED)).get()
			.extracting(EligibleMember::badgeYears, EligibleMember::partyAgeMonths).containsExactly(30, 348L);
		// died a day earlier: 29 years less a day — more than 12 months short
		MemberWithLedger tooEarly = member(event(MemberEventType.DIED, "2020-01-20", null));
		assertThat(EarlyAwards.posthumous(tooEarly, LocalDate.of(2020, 2, 3), SEEDED)).isEmpty();
		// only once dead: an official member is not awarded posthumously
		assertThat(EarlyAwards.posthumous(member(), LocalDate.of(2020, 2, 3), SEEDED)).isEmpty();
	}

	@Test
	void aPosthumousAwardIsAlsoTwelveMonthsForSeventyYears() {
		// died 21/1/2024: 69 years full the day before; 70 is 12 months away — within; 24 months would not apply
		assertThat(EarlyAwards.posthumous(veteran(event(MemberEventType.DIED, "2024-01-21", null)), LocalDate.of(2024, 2, 3), SEEDED))
			.get().extracting(EligibleMember::badgeYears).isEqualTo(70);
		assertThat(EarlyAwards.posthumous(veteran(event(MemberEventType.DIED, "2023-01-21", null)), LocalDate.of(2024, 2, 3), SEEDED))
			.isEmpty();
	}

	@Test
	void theNextAwardDatesFollowTheFourDays() {
		assertThat(BadgeEligibility.nextAwardDates(LocalDate.of(2025, 9, 2), 4)).containsExactly(LocalDate.of(2025, 11, 7),
				LocalDate.of(2026, 2, 3), LocalDate.of(2026, 5, 19), LocalDate.of(2026, 9, 2));
		assertThat(BadgeEligibility.nextAwardDates(LocalDate.of(2025, 12, 31), 1)).containsExactly(LocalDate.of(2026, 2, 3));
		assertThat(BadgeEligibility.isAwardDay(LocalDate.of(2026, 5, 19))).isTrue();
		assertThat(BadgeEligibility.isAwardDay(LocalDate.of(2026, 5, 20))).isFalse();
	}

	@Test
	void badgesAreNumberedWithTheCodeAndASixDigitSerialAnEForFortyFiveYears() {
		BadgeNumbering numbering = new BadgeNumbering(" ct ", 41);
		assertThat(numbering.number(0, 30)).isEqualTo("CT000041");
		assertThat(numbering.number(1, 45)).isEqualTo("CTE000042");
		assertThat(numbering.fits(10)).isTrue();
		assertThat(new BadgeNumbering("CT", 999_999).fits(2)).isFalse();
		assertThat(new BadgeNumbering("", 1).fits(1)).isFalse();
	}

}
