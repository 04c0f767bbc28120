package vn.dangvu.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberLedger;

/** DOMAIN.md §4: the versions by assessment year, the quota, the exclusions and the 100-point scale, at their edges. */
class AssessmentRulesTests {

	static AssessmentRules rules(int year) {
		return AssessmentRules.forYear(year).orElseThrow();
	}

	static BigDecimal score(String s) {
		return new BigDecimal(s);
	}

	static MemberLedger ledger(LedgerEvent... extra) {
		List<LedgerEvent> events = new ArrayList<>(List.of(
				new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2010, 3, 1), "C", "1", LocalDate.of(2010, 2, 1), null),
				new LedgerEvent(MemberEventType.RECOGNIZED, LocalDate.of(2011, 3, 1), null, null, null, null)));
		events.addAll(List.of(extra));
		return MemberLedger.of(events);
	}

	static LedgerEvent event(MemberEventType type, String on) {
		return new LedgerEvent(type, LocalDate.parse(on), type == MemberEventType.ADMITTED ? "C" : null, null, null, null);
	}

	// versions: each on both sides of its first year

	@Test
	void noVersionBeforeTheFourGradesOf2018() {
		assertThat(AssessmentRules.forYear(2017)).isEmpty();
		assertThat(rules(2018).source()).startsWith("QĐ 132");
	}

	@Test
	void qd132RunsTo2022AndQd124From2023() {
		assertThat(rules(2022).source()).startsWith("QĐ 132");
		assertThat(rules(2023).source()).startsWith("QĐ 124");
		assertThat(rules(2023).scored()).isFalse();
	}

	@Test
	void qd124RunsTo2024AndQd366WithItsScoreFrom2025() {
		assertThat(rules(2024).source()).startsWith("QĐ 124");
		assertThat(rules(2024).scored()).isFalse();
		assertThat(rules(2025).source()).startsWith("QĐ 366");
		assertThat(rules(2025).scored()).isTrue();
		assertThat(rules(2030).source()).startsWith("QĐ 366");
	}

	// R-ASM-2: excellent ≤ 20 % of those rated good

	@Test
	void exactlyTwentyPercentOfGoodIsWithinTheQuotaAndOneMoreIsNot() {
		assertThat(rules(2020).quota(2, 10).exceeded()).isFalse();
		assertThat(rules(2020).quota(3, 10).exceeded()).isTrue();
		assertThat(rules(2020).quota(3, 10).allowed()).isEqualTo(2);
	}

	@Test
	void theQuotaRoundsDownBelowAWholeMember() {
		// 20 % of 14 is 2.8: two are within, a third is over
		assertThat(rules(2023).quota(2, 14).exceeded()).isFalse();
		assertThat(rules(2023).quota(3, 14).exceeded()).isTrue();
		// 20 % of 4 is 0.8: no excellent grade at all is within
		assertThat(rules(2025).quota(1, 4).exceeded()).isTrue();
		assertThat(rules(2025).quota(0, 0).exceeded()).isFalse();
		assertThat(rules(2025).quota(1, 5).exceeded()).isFalse();
	}

	// R-ASM-4: the score decides from 2025

	@Test
	void theScoreEdgesOfQd366() {
		var scale = rules(2025).scale();
		assertThat(scale.grade(score("100"))).isEqualTo(Grade.EXCELLENT);
		assertThat(scale.grade(score("90"))).isEqualTo(Grade.EXCELLENT);
		assertThat(scale.grade(score("89.99"))).isEqualTo(Grade.GOOD);
		assertThat(scale.grade(score("70"))).isEqualTo(Grade.GOOD);
		assertThat(scale.grade(score("69.99"))).isEqualTo(Grade.COMPLETED);
		assertThat(scale.grade(score("50"))).isEqualTo(Grade.COMPLETED);
		assertThat(scale.grade(score("49.99"))).isEqualTo(Grade.NOT_COMPLETED);
		assertThat(scale.grade(score("0"))).isEqualTo(Grade.NOT_COMPLETED);
	}

	@Test
	void from2025TheScoreDecidesWhateverGradeIsEntered() {
		var graded = AssessmentPolicy.grade(rules(2025), Grade.NOT_COMPLETED, score("90"), false);
		assertThat(graded.grade()).isEqualTo(Grade.EXCELLENT);
		assertThat(graded.score()).isEqualByComparingTo("90");
		assertThatThrownBy(() -> AssessmentPolicy.grade(rules(2025), Grade.GOOD, null, false))
			.isInstanceOf(AssessmentRejectedException.class).extracting("ruleId").isEqualTo("R-ASM-4");
		assertThatThrownBy(() -> AssessmentPolicy.grade(rules(2025), null, score("100.01"), false))
			.isInstanceOf(AssessmentRejectedException.class);
		assertThatThrownBy(() -> AssessmentPolicy.grade(rules(2025), null, score("89.999"), false))
			.isInstanceOf(AssessmentRejectedException.class);
	}

	@Test
	void before2025TheGradeIsEnteredAndTheScoreIgnored() {
		var graded = AssessmentPolicy.grade(rules(2024), Grade.GOOD, score("99"), false);
		assertThat(graded.grade()).isEqualTo(Grade.GOOD);
		assertThat(graded.score()).isNull();
		assertThatThrownBy(() -> AssessmentPolicy.grade(rules(2024), null, null, false))
			.isInstanceOf(AssessmentRejectedException.class);
	}

	// R-ASM-3: sick ≥ 3 months → at most COMPLETED

	@Test
	void aSickMemberIsRefusedAGradeAboveCompletedBefore2025() {
		assertThatThrownBy(() -> AssessmentPolicy.grade(rules(2024), Grade.GOOD, null, true))
			.isInstanceOf(AssessmentRejectedException.class).extracting("ruleId").isEqualTo("R-ASM-3");
		assertThat(AssessmentPolicy.grade(rules(2024), Grade.COMPLETED, null, true).grade()).isEqualTo(Grade.COMPLETED);
		assertThat(AssessmentPolicy.grade(rules(2018), Grade.NOT_COMPLETED, null, true).grade())
			.isEqualTo(Grade.NOT_COMPLETED);
	}

	@Test
	void aSickMembersScoreIsCappedAtCompletedFrom2025() {
		var graded = AssessmentPolicy.grade(rules(2025), null, score("95"), true);
		assertThat(graded.grade()).isEqualTo(Grade.COMPLETED);
		assertThat(graded.capped()).isTrue();
		assertThat(AssessmentPolicy.grade(rules(2025), null, score("49.99"), true).grade()).isEqualTo(Grade.NOT_COMPLETED);
		assertThat(AssessmentPolicy.grade(rules(2025), null, score("49.99"), true).capped()).isFalse();
	}

	// R-ASM-3: who is not rated

	@Test
	void admittedOn30JuneIsRatedOn1JulyIsNot() {
		MemberLedger june = MemberLedger.of(List.of(event(MemberEventType.ADMITTED, "2024-06-30")));
		MemberLedger july = MemberLedger.of(List.of(event(MemberEventType.ADMITTED, "2024-07-01")));
		assertThat(AssessmentPolicy.notAssessed(june, 2024)).isEmpty();
		assertThat(AssessmentPolicy.notAssessed(july, 2024)).contains(NotAssessedReason.ADMITTED_RECENTLY);
		assertThat(AssessmentPolicy.notAssessed(july, 2025)).isEmpty();
	}

	@Test
	void aReadmittedMemberIsNewAgain() {
		MemberLedger readmitted = ledger(event(MemberEventType.REMOVED, "2018-01-10"),
				event(MemberEventType.READMITTED, "2023-09-02"));
		assertThat(AssessmentPolicy.notAssessed(readmitted, 2023)).contains(NotAssessedReason.ADMITTED_RECENTLY);
	}

	@Test
	void anExemptMemberIsNotRatedWhileExemptOn31December() {
		MemberLedger exempt = ledger(event(MemberEventType.EXEMPTED, "2021-05-01"),
				event(MemberEventType.EXEMPTION_ENDED, "2023-12-31"));
		assertThat(AssessmentPolicy.notAssessed(exempt, 2020)).isEmpty();
		assertThat(AssessmentPolicy.notAssessed(exempt, 2021)).contains(NotAssessedReason.EXEMPTED);
		assertThat(AssessmentPolicy.notAssessed(exempt, 2022)).contains(NotAssessedReason.EXEMPTED);
		// the exemption ended on 31/12: rated that year
		assertThat(AssessmentPolicy.notAssessed(exempt, 2023)).isEmpty();
	}

	@Test
	void readsTheRecordedGradeAndTheDisciplineOfTheYear() {
		MemberLedger l = ledger(new LedgerEvent(MemberEventType.ASSESSED, LocalDate.of(2022, 12, 31), null, null, null, "GOOD"),
				new LedgerEvent(MemberEventType.DISCIPLINED, LocalDate.of(2023, 4, 1), null, null, null, "REPRIMAND"));
		assertThat(AssessmentPolicy.recordedGrade(l, 2022)).contains(Grade.GOOD);
		assertThat(AssessmentPolicy.recordedGrade(l, 2023)).isEmpty();
		assertThat(AssessmentPolicy.disciplinedIn(l, 2023)).isTrue();
		assertThat(AssessmentPolicy.disciplinedIn(l, 2022)).isFalse();
	}

}
