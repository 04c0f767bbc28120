package vn.dangvu.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.dangvu.common.Decision;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.Members;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.Restructurings;

/**
 * A round of a grassroots committee with two cells: who is listed and rated, the quota while grading, the rules of the
 * year, closing on a decision into the ledgers, and the rates rolled up with the year before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AssessmentRoundsIntegrationTests {

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	@Autowired
	MemberRoster roster;

	@Autowired
	AssessmentRounds rounds;

	@Autowired
	AssessmentRates rates;

	static boolean built;

	static final LocalDate LONG_AGO = LocalDate.of(2010, 3, 1);

	@BeforeEach
	void organizationsAndMembers() {
		if (built) {
			return;
		}
		built = true;
		AssessmentFixtures f = new AssessmentFixtures(restructurings, members);
		f.organization("DG", "Đảng bộ tỉnh Đánh Giá", OrganizationType.PROVINCE, null)
			.organization("DG.P", "Đảng bộ phường Một", OrganizationType.GRASSROOTS_COMMITTEE, "DG")
			.organization("DG.P.1", "Chi bộ khu phố 1", OrganizationType.CELL, "DG.P")
			.organization("DG.P.2", "Chi bộ khu phố 2", OrganizationType.CELL, "DG.P")
			.organization("DG.Q", "Chi bộ phường Hai", OrganizationType.GRASSROOTS_CELL, "DG");
		for (int i = 1; i <= 10; i++) {
			f.official("P" + i, "Nguyễn Văn Tốt " + i, i % 2 == 0 ? "DG.P.2" : "DG.P.1", LONG_AGO);
		}
		f.official("X1", "Trần Thị Xuất", "DG.P.1", LONG_AGO)
			.official("X2", "Lê Văn Sắc", "DG.P.1", LONG_AGO)
			.official("X3", "Phạm Văn Giỏi", "DG.P.2", LONG_AGO)
			.official("S1", "Võ Thị Ốm", "DG.P.2", LONG_AGO)
			.official("K1", "Đỗ Văn Kém", "DG.P.2", LONG_AGO)
			.official("E1", "Hoàng Văn Miễn", "DG.P.1", LONG_AGO)
			.event("E1", MemberEventType.EXEMPTED, LocalDate.of(2020, 5, 1), null)
			.probationary("N1", "Bùi Thị Mới", "DG.P.1", LocalDate.of(2024, 7, 1))
			.probationary("N2", "Bùi Văn Đủ", "DG.P.1", LocalDate.of(2024, 6, 30))
			.official("Q1", "Mai Văn Khác", "DG.Q", LONG_AGO)
			.official("Q2", "Mai Thị Khác", "DG.Q", LONG_AGO);
		// organizations graded: a committee with an old cell and one established on 1/7/2024 (R-ASM-3)
		f.organization("DG.R", "Đảng bộ phường Ba", OrganizationType.GRASSROOTS_COMMITTEE, "DG")
			.organization("DG.R.1", "Chi bộ khu phố Ba Một", OrganizationType.CELL, "DG.R")
			.organization("DG.R.2", "Chi bộ khu phố Ba Hai", OrganizationType.CELL, "DG.R", LocalDate.of(2024, 7, 1))
			.official("R1", "Ngô Văn Một", "DG.R.1", LONG_AGO)
			.official("R2", "Ngô Thị Hai", "DG.R.1", LONG_AGO)
			.official("R3", "Ngô Văn Ba", "DG.R.1", LONG_AGO)
			.event("R3", MemberEventType.DISCIPLINED, LocalDate.of(2025, 3, 1), "REPRIMAND");
	}

	static OrganizationGradeInput organizationGraded(Grade grade) {
		return new OrganizationGradeInput(grade, null, false);
	}

	/** Grades every organization of the round that is rated. */
	void gradeOrganizations(long id, Grade grade) {
		rounds.round(id).organizations().stream().filter(OrganizationEntryRow::assessed)
			.forEach(o -> rounds.gradeOrganization(id, o.orgCode(), organizationGraded(grade), "test"));
	}

	static GradeInput graded(Grade grade) {
		return new GradeInput(grade, null, false);
	}

	static GradeInput scored(String score, boolean sick) {
		return new GradeInput(null, new BigDecimal(score), sick);
	}

	@Test
	void aRoundListsTheSubtreeOn31DecemberWithWhoIsRatedAndWhyNot() {
		long id = rounds.open("DG.P", 2024, "test");
		assertThat(rounds.open("DG.P", 2024, "test")).isEqualTo(id);
		AssessmentRoundView round = rounds.round(id);

		assertThat(round.regulation()).startsWith("QĐ 124");
		assertThat(round.scored()).isFalse();
		assertThat(round.entries()).extracting(AssessmentEntryRow::memberNo)
			.contains("P1", "X1", "E1", "N1", "N2")
			.doesNotContain("Q1");
		assertThat(round.entries()).filteredOn(e -> e.memberNo().equals("N1")).singleElement()
			.extracting(AssessmentEntryRow::excluded).isEqualTo(NotAssessedReason.ADMITTED_RECENTLY);
		assertThat(round.entries()).filteredOn(e -> e.memberNo().equals("N2")).singleElement()
			.extracting(AssessmentEntryRow::excluded).isNull();
		assertThat(round.entries()).filteredOn(e -> e.memberNo().equals("E1")).singleElement()
			.extracting(AssessmentEntryRow::excluded).isEqualTo(NotAssessedReason.EXEMPTED);
		// ordered by cell, then Vietnamese name order (given name first)
		assertThat(round.entries().get(0).orgCode()).isEqualTo("DG.P.1");
	}

	@Test
	void roundsOpenOnlyForGrassrootsOrganizationsAndYearsWithTheFourGrades() {
		assertThatThrownBy(() -> rounds.open("DG.P.1", 2024, "test")).isInstanceOf(AssessmentRejectedException.class);
		assertThatThrownBy(() -> rounds.open("DG", 2024, "test")).isInstanceOf(AssessmentRejectedException.class);
		assertThatThrownBy(() -> rounds.open("DG.Q", 2017, "test")).isInstanceOf(AssessmentRejectedException.class)
			.extracting("ruleId").isEqualTo("R-ASM-1");
		assertThatThrownBy(() -> rounds.open("DG.Q", LocalDate.now().getYear() + 1, "test"))
			.isInstanceOf(AssessmentRejectedException.class);
	}

	@Test
	void theQuotaWarnsAtOneOverTwentyPercentAndTheRoundClosesIntoTheLedgers() {
		long id = rounds.open("DG.P", 2024, "test");
		for (int i = 1; i <= 10; i++) {
			rounds.grade(id, "P" + i, graded(Grade.GOOD), "test");
		}
		rounds.grade(id, "X1", graded(Grade.EXCELLENT), "test");
		rounds.grade(id, "X2", graded(Grade.EXCELLENT), "test");
		// 2 of 10: exactly 20 %
		assertThat(rounds.round(id).quota().exceeded()).isFalse();
		rounds.grade(id, "X3", graded(Grade.EXCELLENT), "test");
		assertThat(rounds.round(id).quota()).extracting(ExcellentQuota::excellent, ExcellentQuota::allowed, ExcellentQuota::exceeded)
			.containsExactly(3L, 2L, true);
		rounds.grade(id, "X3", graded(Grade.GOOD), "test");
		assertThat(rounds.round(id).quota().exceeded()).isFalse();

		// R-ASM-3: sick, and not rated
		assertThatThrownBy(() -> rounds.grade(id, "S1", new GradeInput(Grade.GOOD, null, true), "test"))
			.isInstanceOf(AssessmentRejectedException.class).extracting("ruleId").isEqualTo("R-ASM-3");
		rounds.grade(id, "S1", new GradeInput(Grade.COMPLETED, null, true), "test");
		assertThatThrownBy(() -> rounds.grade(id, "N1", graded(Grade.GOOD), "test"))
			.isInstanceOf(AssessmentRejectedException.class).extracting("ruleId").isEqualTo("R-ASM-3");
		assertThatThrownBy(() -> rounds.grade(id, "Q1", graded(Grade.GOOD), "test"))
			.isInstanceOf(AssessmentRejectedException.class);

		Decision decision = new Decision("12-QĐ/ĐU", LocalDate.of(2025, 1, 10), "Đảng ủy phường Một");
		assertThatThrownBy(() -> rounds.close(id, decision, "test")).isInstanceOf(AssessmentRejectedException.class)
			.hasMessageContaining("Còn 2 đảng viên chưa xếp loại");
		rounds.grade(id, "K1", graded(Grade.NOT_COMPLETED), "test");
		rounds.grade(id, "N2", graded(Grade.COMPLETED), "test");
		// R-ASM-1: the organizations are graded too before the round closes
		assertThatThrownBy(() -> rounds.close(id, decision, "test")).isInstanceOf(AssessmentRejectedException.class)
			.hasMessageContaining("Còn 3 tổ chức đảng chưa xếp loại");
		gradeOrganizations(id, Grade.GOOD);

		assertThat(rounds.close(id, decision, "test")).isEqualTo(16);

		AssessmentRoundView closed = rounds.round(id);
		assertThat(closed.closed()).isTrue();
		assertThat(closed.decision().number()).isEqualTo("12-QĐ/ĐU");
		assertThat(closed.entries()).hasSize(18);
		var x1 = roster.find("X1", LocalDate.of(2025, 1, 1)).orElseThrow();
		assertThat(x1.events()).filteredOn(e -> e.type() == MemberEventType.ASSESSED).singleElement()
			.satisfies(e -> {
				assertThat(e.effectiveOn()).isEqualTo(LocalDate.of(2024, 12, 31));
				assertThat(e.detail()).isEqualTo("EXCELLENT");
				assertThat(e.decisionNo()).isEqualTo("12-QĐ/ĐU");
			});
		assertThatThrownBy(() -> rounds.grade(id, "P1", graded(Grade.EXCELLENT), "test"))
			.isInstanceOf(AssessmentRejectedException.class);

		// 2025: the score decides (R-ASM-4); K1 not completed again → R-REM-1
		long next = rounds.open("DG.P", 2025, "test");
		assertThat(rounds.round(next).scored()).isTrue();
		assertThat(rounds.grade(next, "P1", scored("89.99", false), "test").grade()).isEqualTo(Grade.GOOD);
		assertThat(rounds.grade(next, "P2", scored("90", false), "test").grade()).isEqualTo(Grade.EXCELLENT);
		AssessmentEntryRow sick = rounds.grade(next, "S1", scored("95", true), "test");
		assertThat(sick.grade()).isEqualTo(Grade.COMPLETED);
		assertThat(sick.capped()).isTrue();
		assertThat(rounds.grade(next, "K1", scored("49.99", false), "test").removalReview()).isTrue();
		assertThat(rounds.round(next).removalReviews()).extracting(AssessmentEntryRow::memberNo).containsExactly("K1");
		assertThat(rounds.round(next).entries()).filteredOn(e -> e.memberNo().equals("N1")).singleElement()
			.extracting(AssessmentEntryRow::excluded).isNull();
	}

	@Test
	void ratesRollUpThroughTheTreeWithTheYearBeforeAndTheQuotaAtEachLevel() {
		// the year before: DG.Q closed with one of two good
		long q24 = rounds.open("DG.Q", 2023, "test");
		rounds.grade(q24, "Q1", graded(Grade.GOOD), "test");
		rounds.grade(q24, "Q2", graded(Grade.COMPLETED), "test");
		gradeOrganizations(q24, Grade.GOOD);
		rounds.close(q24, new Decision("3-QĐ", LocalDate.of(2024, 1, 5), null), "test");
		long q = rounds.open("DG.Q", 2024, "test");
		// one excellent of one good: 1 > 20 % of 1 → over the quota
		rounds.grade(q, "Q1", graded(Grade.EXCELLENT), "test");
		rounds.grade(q, "Q2", graded(Grade.GOOD), "test");
		gradeOrganizations(q, Grade.GOOD);
		rounds.close(q, new Decision("4-QĐ", LocalDate.of(2025, 1, 5), null), "test");

		AssessmentRates.RatesView view = rates.rates("DG", 2024);
		AssessmentRates.RateRow dgq = view.children().stream()
			.filter(r -> r.organization().code().equals("DG.Q")).findFirst().orElseThrow();
		assertThat(dgq.counts()).isEqualTo(new GradeCounts(1, 1, 0, 0));
		assertThat(dgq.counts().goodOrBetterPercent()).isEqualByComparingTo("100.00");
		assertThat(dgq.previous().goodOrBetterPercent()).isEqualByComparingTo("50.00");
		assertThat(dgq.overQuota()).isEqualTo(1);
		assertThat(dgq.roundClosed()).isTrue();
		assertThat(view.quotaWarnings()).extracting(w -> w.organization().code()).contains("DG.Q");
		assertThat(view.total().overQuota()).isGreaterThanOrEqualTo(1);
		assertThat(view.total().counts().assessed()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void organizationsAreGradedInTheRoundFrozenWhenItClosesAndRolledUpAgainstTheYearBefore() {
		// 2023: DG.R.2 does not exist yet
		long r23 = rounds.open("DG.R", 2023, "test");
		assertThat(rounds.round(r23).organizations()).extracting(OrganizationEntryRow::orgCode)
			.containsExactly("DG.R", "DG.R.1");
		for (String no : new String[] { "R1", "R2", "R3" }) {
			rounds.grade(r23, no, graded(Grade.GOOD), "test");
		}
		rounds.gradeOrganization(r23, "DG.R", organizationGraded(Grade.GOOD), "test");
		rounds.gradeOrganization(r23, "DG.R.1", organizationGraded(Grade.EXCELLENT), "test");
		rounds.close(r23, new Decision("7-QĐ/QU", LocalDate.of(2024, 1, 8), null), "test");

		long r24 = rounds.open("DG.R", 2024, "test");
		AssessmentRoundView open = rounds.round(r24);
		// the tree's order (cells in Vietnamese order: "Ba Hai" before "Ba Một"), depth, last year's grade, and R-ASM-3
		// for the cell established on 1/7/2024
		assertThat(open.organizations()).extracting(OrganizationEntryRow::orgCode, OrganizationEntryRow::depth,
				OrganizationEntryRow::previousGrade, OrganizationEntryRow::excluded)
			.containsExactly(tuple("DG.R", 0, Grade.GOOD, null),
					tuple("DG.R.2", 1, null, NotAssessedReason.ESTABLISHED_RECENTLY),
					tuple("DG.R.1", 1, Grade.EXCELLENT, null));
		assertThatThrownBy(() -> rounds.gradeOrganization(r24, "DG.R.2", organizationGraded(Grade.GOOD), "test"))
			.isInstanceOf(AssessmentRejectedException.class).extracting("ruleId").isEqualTo("R-ASM-3");
		assertThatThrownBy(() -> rounds.gradeOrganization(r24, "DG.P.1", organizationGraded(Grade.GOOD), "test"))
			.isInstanceOf(AssessmentRejectedException.class);
		// before 2025 the grade is entered and there is no discipline bar
		assertThat(rounds.gradeOrganization(r24, "DG.R.1", new OrganizationGradeInput(Grade.EXCELLENT, null, true), "test")
			.grade()).isEqualTo(Grade.EXCELLENT);
		rounds.grade(r24, "R1", graded(Grade.EXCELLENT), "test");
		rounds.grade(r24, "R2", graded(Grade.GOOD), "test");
		rounds.grade(r24, "R3", graded(Grade.COMPLETED), "test");
		// each organization's line carries its subtree's member grades
		assertThat(rounds.round(r24).organizations().get(0).memberCounts()).isEqualTo(new GradeCounts(1, 1, 1, 0));
		Decision decision = new Decision("9-QĐ/QU", LocalDate.of(2025, 1, 9), null);
		assertThatThrownBy(() -> rounds.close(r24, decision, "test")).isInstanceOf(AssessmentRejectedException.class)
			.hasMessageContaining("Còn 1 tổ chức đảng chưa xếp loại: Đảng bộ phường Ba");
		rounds.gradeOrganization(r24, "DG.R", organizationGraded(Grade.COMPLETED), "test");
		assertThat(rounds.close(r24, decision, "test")).isEqualTo(3);

		AssessmentRoundView closed = rounds.round(r24);
		assertThat(closed.organizations()).extracting(OrganizationEntryRow::orgCode, OrganizationEntryRow::grade)
			.containsExactly(tuple("DG.R", Grade.COMPLETED),
					tuple("DG.R.2", null),
					tuple("DG.R.1", Grade.EXCELLENT));
		assertThat(closed.organizationCounts()).isEqualTo(new GradeCounts(1, 0, 1, 0));
		assertThatThrownBy(() -> rounds.gradeOrganization(r24, "DG.R", organizationGraded(Grade.GOOD), "test"))
			.isInstanceOf(AssessmentRejectedException.class);

		// the roll-up: DG.R's own grade, its subtree's organizations, the year before
		AssessmentRates.RatesView view = rates.rates("DG", 2024);
		AssessmentRates.RateRow dgr = view.children().stream()
			.filter(r -> r.organization().code().equals("DG.R")).findFirst().orElseThrow();
		assertThat(dgr.organizationGrade()).isEqualTo(Grade.COMPLETED);
		assertThat(dgr.organizationCounts()).isEqualTo(new GradeCounts(1, 0, 1, 0));
		assertThat(dgr.previousOrganizationCounts()).isEqualTo(new GradeCounts(1, 1, 0, 0));
		assertThat(dgr.organizationCounts().goodOrBetterPercent()).isEqualByComparingTo("50.00");
		assertThat(dgr.previousOrganizationCounts().goodOrBetterPercent()).isEqualByComparingTo("100.00");
		assertThat(view.total().organizationGrade()).isNull();
		assertThat(view.total().organizationCounts().assessed()).isGreaterThanOrEqualTo(2);
		AssessmentRates.RateRow cell = rates.rates("DG.R", 2024).children().stream()
			.filter(r -> r.organization().code().equals("DG.R.2")).findFirst().orElseThrow();
		assertThat(cell.organizationCounts().assessed()).isZero();
		assertThat(cell.previousOrganizationCounts()).isNull();

		// 2025 (QĐ 366): the score decides, and a disciplined committee member bars excellent
		long r25 = rounds.open("DG.R", 2025, "test");
		assertThat(rounds.round(r25).collectiveDisciplineBar()).isTrue();
		OrganizationEntryRow barred = rounds.gradeOrganization(r25, "DG.R.1",
				new OrganizationGradeInput(null, new BigDecimal("95"), true), "test");
		assertThat(barred.grade()).isEqualTo(Grade.GOOD);
		assertThat(barred.capped()).isTrue();
		// R3's reprimand of 2025 is shown as a hint on its cell and the committee
		assertThat(barred.disciplinedMembers()).isEqualTo(1);
		assertThat(rounds.gradeOrganization(r25, "DG.R.2", new OrganizationGradeInput(null, new BigDecimal("90"), false),
				"test").grade()).isEqualTo(Grade.EXCELLENT);
	}

}
