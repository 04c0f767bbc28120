package vn.dangvu.assessment;

import java.math.BigDecimal;

/**
 * R-ASM-4: the 100-point scale of QĐ 366 (from the year 2025): the score decides the grade.
 *
 * @param excellentFrom the lowest score of EXCELLENT (90)
 * @param goodFrom the lowest score of GOOD (70)
 * @param completedFrom the lowest score of COMPLETED (50); below it NOT_COMPLETED
 */
public record ScoreScale(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal completedFrom) {

	public static final BigDecimal MAX = BigDecimal.valueOf(100);

	/** The grade of a score between 0 and 100. */
	public Grade grade(BigDecimal score) {
		if (score.signum() < 0 || score.compareTo(MAX) > 0) {
			throw new IllegalArgumentException("score " + score);
		}
		if (score.compareTo(excellentFrom) >= 0) {
			return Grade.EXCELLENT;
		}
		if (score.compareTo(goodFrom) >= 0) {
			return Grade.GOOD;
		}
		return score.compareTo(completedFrom) >= 0 ? Grade.COMPLETED : Grade.NOT_COMPLETED;
	}

	public static boolean inRange(BigDecimal score) {
		return score.signum() >= 0 && score.compareTo(MAX) <= 0;
	}

}
