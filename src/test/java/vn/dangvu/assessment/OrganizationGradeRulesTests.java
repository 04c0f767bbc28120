package vn.dangvu.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.OrganizationView;

/**
 * DOMAIN.md §4 for party organizations: the four grades (R-ASM-1), organizations under 6 months not rated (R-ASM-3),
 * the score from 2025 (R-ASM-4) and the collective's discipline bar of QĐ 366 — each version on both sides of its
 * first year.
 */
class OrganizationGradeRulesTests {

	static AssessmentRules rules(int year) {
		return AssessmentRules.forYear(year).orElseThrow();
	}

	static BigDecimal score(String s) {
		return new BigDecimal(s);
	}

	static OrganizationView cell(String established) {
		return new OrganizationView("C", "Chi bộ khu phố 1", OrganizationType.CELL, OrganizationField.WARD, "P",
				LocalDate.parse(established), null);
	}

	// R-ASM-3: organizations created less than 6 months before 31 December are not rated

	@Test
	void establishedOn30JuneIsRatedOn1JulyIsNot() {
		assertThat(AssessmentPolicy.notAssessed(cell("2024-06-30"), 2024)).isEmpty();
		assertThat(AssessmentPolicy.notAssessed(cell("2024-07-01"), 2024)).contains(NotAssessedReason.ESTABLISHED_RECENTLY);
		assertThat(AssessmentPolicy.notAssessed(cell("2024-12-31"), 2024)).contains(NotAssessedReason.ESTABLISHED_RECENTLY);
		// rated the year after
		assertThat(AssessmentPolicy.notAssessed(cell("2024-07-01"), 2025)).isEmpty();
		assertThat(AssessmentPolicy.notAssessed(cell("2000-01-01"), 2018)).isEmpty();
	}

	// R-ASM-1: before 2025 the grade is entered, one of the four

	@Test
	void before2025AnOrganizationsGradeIsEnteredAndTheScoreIgnored() {
		var graded = AssessmentPolicy.gradeOrganization(rules(2024), Grade.GOOD, score("95"), false);
		assertThat(graded.grade()).isEqualTo(Grade.GOOD);
		assertThat(graded.score()).isNull();
		assertThatThrownBy(() -> AssessmentPolicy.gradeOrganization(rules(2018), null, null, false))
			.isInstanceOf(AssessmentRejectedException.class).extracting("ruleId").isEqualTo("R-ASM-1");
	}

	// R-ASM-4: the score decides from 2025, for collectives too

	@Test
	void from2025AnOrganizationsScoreDecidesAtTheEdgesOfQd366() {
		assertThat(AssessmentPolicy.gradeOrganization(rules(2025), Grade.NOT_COMPLETED, score("90"), false).grade())
			.isEqualTo(Grade.EXCELLENT);
		assertThat(AssessmentPolicy.gradeOrganization(rules(2025), null, score("89.99"), false).grade()).isEqualTo(Grade.GOOD);
		assertThat(AssessmentPolicy.gradeOrganization(rules(2025), null, score("70"), false).grade()).isEqualTo(Grade.GOOD);
		assertThat(AssessmentPolicy.gradeOrganization(rules(2025), null, score("69.99"), false).grade())
			.isEqualTo(Grade.COMPLETED);
		assertThat(AssessmentPolicy.gradeOrganization(rules(2025), null, score("50"), false).grade())
			.isEqualTo(Grade.COMPLETED);
		assertThat(AssessmentPolicy.gradeOrganization(rules(2025), null, score("49.99"), false).grade())
			.isEqualTo(Grade.NOT_COMPLETED);
		assertThatThrownBy(() -> AssessmentPolicy.gradeOrganization(rules(2025), Grade.GOOD, null, false))
			.isInstanceOf(AssessmentRejectedException.class).extracting("ruleId").isEqualTo("R-ASM-4");
		assertThatThrownBy(() -> AssessmentPolicy.gradeOrganization(rules(2025), null, score("100.5"), false))
			.isInstanceOf(AssessmentRejectedException.class).extracting("ruleId").isEqualTo("R-ASM-4");
	}

	// QĐ 366 (DOMAIN.md §4.2, HTXS): a collective with a disciplined subordinate organization or leadership member

	@Test
	void theDisciplineBarStartsWithQd366In2025() {
		assertThat(rules(2024).collectiveDisciplineBar()).isFalse();
		assertThat(rules(2025).collectiveDisciplineBar()).isTrue();
		// 2024: the bar does not exist, an excellent grade stands
		assertThat(AssessmentPolicy.gradeOrganization(rules(2024), Grade.EXCELLENT, null, true).grade())
			.isEqualTo(Grade.EXCELLENT);
		// 2025: 90 points but disciplined → at most good
		var barred = AssessmentPolicy.gradeOrganization(rules(2025), null, score("90"), true);
		assertThat(barred.grade()).isEqualTo(Grade.GOOD);
		assertThat(barred.capped()).isTrue();
		assertThat(barred.score()).isEqualByComparingTo("90");
	}

	@Test
	void theDisciplineBarLeavesGradesBelowExcellentAlone() {
		var good = AssessmentPolicy.gradeOrganization(rules(2025), null, score("89.99"), true);
		assertThat(good.grade()).isEqualTo(Grade.GOOD);
		assertThat(good.capped()).isFalse();
		assertThat(AssessmentPolicy.gradeOrganization(rules(2025), null, score("49.99"), true).grade())
			.isEqualTo(Grade.NOT_COMPLETED);
	}

	@Test
	void aVersionWithTheBarButWithoutAScoreRefusesAnEnteredExcellentGrade() {
		// a version an administrator might add: grades entered, the bar of QĐ 366 kept
		AssessmentRules entered = new AssessmentRules(2030, "test", null, 20, true);
		assertThatThrownBy(() -> AssessmentPolicy.gradeOrganization(entered, Grade.EXCELLENT, null, true))
			.isInstanceOf(AssessmentRejectedException.class).extracting("ruleId").isEqualTo("R-ASM-4");
		assertThat(AssessmentPolicy.gradeOrganization(entered, Grade.GOOD, null, true).grade()).isEqualTo(Grade.GOOD);
		assertThat(AssessmentPolicy.gradeOrganization(entered, Grade.EXCELLENT, null, false).grade())
			.isEqualTo(Grade.EXCELLENT);
	}

}
