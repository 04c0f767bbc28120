package vn.dangvu.assessment;

import java.math.BigDecimal;

/**
 * One member's line in a round: rated or not (and why), the score and grade entered so far.
 *
 * @param excluded why the member is not rated (R-ASM-3), else null
 * @param capped the score gave a better grade than the sick cap allows (R-ASM-3)
 * @param previousGrade the grade recorded for the year before, if any
 * @param disciplinedInYear a discipline in the year: HD 21 rates NOT_COMPLETED (a hint, DOMAIN.md §2.7)
 */
public record AssessmentEntryRow(String memberNo, String fullName, String orgCode, NotAssessedReason excluded,
		BigDecimal score, Grade grade, boolean sick, boolean capped, Grade previousGrade, boolean disciplinedInYear) {

	public boolean assessed() {
		return excluded == null;
	}

	/** Rated and still without a grade. */
	public boolean missing() {
		return excluded == null && grade == null;
	}

	/** R-REM-1: NOT_COMPLETED two years running — to be reviewed for removal from the rolls. */
	public boolean removalReview() {
		return grade == Grade.NOT_COMPLETED && previousGrade == Grade.NOT_COMPLETED;
	}

}
