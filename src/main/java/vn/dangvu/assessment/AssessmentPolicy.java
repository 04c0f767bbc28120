package vn.dangvu.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberLedger;
import vn.dangvu.member.MemberState;
import vn.dangvu.organization.OrganizationView;

/**
 * Who is rated and with which grade, for one member or one party organization and one assessment year (DOMAIN.md
 * §4.2): the exclusions of R-ASM-3, the sick cap, the collective's discipline bar of QĐ 366, and the grade from the
 * score from 2025 (R-ASM-4).
 */
public final class AssessmentPolicy {

	/**
	 * R-ASM-3: a member admitted, or an organization established, fewer whole months than this before 31 December is
	 * not rated.
	 */
	static final int MONTHS_BEFORE_RATED = 6;

	private AssessmentPolicy() {
	}

	/** 31 December of the year: the day members are counted and grades take effect. */
	public static LocalDate yearEnd(int year) {
		return LocalDate.of(year, 12, 31);
	}

	/**
	 * R-ASM-3 for a member of the organization on 31 December: not rated when admitted (or re-admitted) less than 6
	 * whole months before that day — admitted on 30/6 is rated, on 1/7 is not — or exempt from party work on that day.
	 */
	public static Optional<NotAssessedReason> notAssessed(MemberLedger ledger, int year) {
		LocalDate end = yearEnd(year);
		LocalDate admitted = null;
		for (LedgerEvent e : ledger.events()) {
			if (e.effectiveOn().isAfter(end)) {
				break;
			}
			if (e.type() == MemberEventType.ADMITTED || e.type() == MemberEventType.READMITTED) {
				admitted = e.effectiveOn(); // the ceremony: the day of entering the Party
			}
		}
		if (admitted != null && underSixMonths(admitted, year)) {
			return Optional.of(NotAssessedReason.ADMITTED_RECENTLY);
		}
		MemberState state = ledger.stateOn(end);
		if (state.exempted()) {
			return Optional.of(NotAssessedReason.EXEMPTED);
		}
		return Optional.empty();
	}

	/**
	 * R-ASM-3 for a party organization of the subtree on 31 December: not rated when established less than 6 whole
	 * months before that day — established on 30/6 is rated, on 1/7 is not.
	 */
	public static Optional<NotAssessedReason> notAssessed(OrganizationView organization, int year) {
		LocalDate established = organization.establishedOn();
		if (established != null && underSixMonths(established, year)) {
			return Optional.of(NotAssessedReason.ESTABLISHED_RECENTLY);
		}
		return Optional.empty();
	}

	private static boolean underSixMonths(LocalDate since, int year) {
		return ChronoUnit.MONTHS.between(since, yearEnd(year)) < MONTHS_BEFORE_RATED;
	}

	/** The grade recorded for the year in the ledger ({@code ASSESSED} on 31 December), if any. */
	public static Optional<Grade> recordedGrade(MemberLedger ledger, int year) {
		LocalDate end = yearEnd(year);
		Grade found = null;
		for (LedgerEvent e : ledger.events()) {
			if (e.type() == MemberEventType.ASSESSED && e.effectiveOn().equals(end)) {
				found = Grade.of(e.detail()).orElse(found);
			}
		}
		return Optional.ofNullable(found);
	}

	/** Disciplined in the year: HD 21 rates such a member NOT_COMPLETED (DOMAIN.md §2.7) — shown as a hint. */
	public static boolean disciplinedIn(MemberLedger ledger, int year) {
		return ledger.events()
			.stream()
			.anyMatch(e -> e.type() == MemberEventType.DISCIPLINED && e.effectiveOn().getYear() == year);
	}

	/**
	 * The grade of a member who is rated. From 2025 (R-ASM-4) the score decides and the entered grade is ignored; a
	 * member sick for 3 months or more is then capped at COMPLETED (R-ASM-3). Before 2025 the grade is entered, and
	 * one better than COMPLETED for a sick member is refused.
	 */
	public static Graded grade(AssessmentRules rules, Grade entered, BigDecimal score, boolean sick) {
		if (rules.scored()) {
			Grade byScore = byScore(rules, score);
			Grade grade = sick ? byScore.atMost(AssessmentRules.SICK_CAP) : byScore;
			return new Graded(grade, score.setScale(2), grade != byScore);
		}
		requireEntered(entered);
		if (sick && entered.isBetterThan(AssessmentRules.SICK_CAP)) {
			throw AssessmentRejectedException.because("grade", "R-ASM-3",
					"Đảng viên nghỉ ốm từ 3 tháng trở lên trong năm chỉ được xếp loại từ mức hoàn thành nhiệm vụ trở xuống.");
		}
		return new Graded(entered, null, false);
	}

	/**
	 * The grade of a party organization that is rated (R-ASM-1: the same four grades as members). From 2025 its score
	 * decides (R-ASM-4; QĐ 366 has a framework of its own for collectives, on the same scale), and a collective with a
	 * disciplined subordinate organization or leadership member in the year is not EXCELLENT (QĐ 366, DOMAIN.md §4.2):
	 * its grade is capped at GOOD. Before 2025 the grade is entered and no such bar applies.
	 *
	 * @param disciplined a subordinate organization or a member of the organization's committee was disciplined in the
	 *     year (as whoever grades says: neither is recorded in the system)
	 */
	public static Graded gradeOrganization(AssessmentRules rules, Grade entered, BigDecimal score, boolean disciplined) {
		boolean barred = disciplined && rules.collectiveDisciplineBar();
		if (rules.scored()) {
			Grade byScore = byScore(rules, score);
			Grade grade = barred ? byScore.atMost(AssessmentRules.DISCIPLINED_COLLECTIVE_CAP) : byScore;
			return new Graded(grade, score.setScale(2), grade != byScore);
		}
		requireEntered(entered);
		if (barred && entered.isBetterThan(AssessmentRules.DISCIPLINED_COLLECTIVE_CAP)) {
			throw AssessmentRejectedException.because("grade", "R-ASM-4",
					"Tổ chức có tổ chức trực thuộc hoặc cấp ủy viên bị kỷ luật trong năm không được xếp loại hoàn thành xuất sắc nhiệm vụ.");
		}
		return new Graded(entered, null, false);
	}

	/** R-ASM-4: the grade of a score given with at most two decimals, between 0 and 100. */
	private static Grade byScore(AssessmentRules rules, BigDecimal score) {
		if (score == null) {
			throw AssessmentRejectedException.because("score", "R-ASM-4", "Từ năm 2025 nhập điểm (thang 100) để xếp loại.");
		}
		if (!ScoreScale.inRange(score) || score.stripTrailingZeros().scale() > 2) {
			throw AssessmentRejectedException.because("score", "R-ASM-4",
					"Điểm phải từ 0 đến 100, nhiều nhất hai chữ số thập phân.");
		}
		return rules.scale().grade(score);
	}

	private static void requireEntered(Grade entered) {
		if (entered == null) {
			throw AssessmentRejectedException.because("grade", "R-ASM-1", "Chọn một trong bốn mức xếp loại.");
		}
	}

	/**
	 * A member's or an organization's grade for the year.
	 *
	 * @param score the score it comes from (R-ASM-4), else null
	 * @param capped the score gave a better grade than the sick cap (R-ASM-3) or the collective's discipline bar
	 *     allows
	 */
	public record Graded(Grade grade, BigDecimal score, boolean capped) {
	}

}
