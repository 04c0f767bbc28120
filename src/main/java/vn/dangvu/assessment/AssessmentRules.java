package vn.dangvu.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the annual assessment as dated versions by assessment year (DOMAIN.md §0, §4.2): the version of the
 * year being assessed applies, whenever the assessment is entered.
 *
 * @param firstYear the first assessment year the version applies to
 * @param source the regulation and its guidance
 * @param scale the 100-point scale when the score decides the grade (R-ASM-4), else null: grades are entered
 * @param excellentQuotaPercent R-ASM-2; carried into QĐ 124 and QĐ 366 with medium confidence (DOMAIN.md "not
 *     confirmed"), so a version may change it
 * @param collectiveDisciplineBar QĐ 366 (DOMAIN.md §4.2, HTXS): a collective with a disciplined subordinate
 *     organization or leadership member is not rated EXCELLENT; the earlier versions say nothing of it
 */
public record AssessmentRules(int firstYear, String source, ScoreScale scale, int excellentQuotaPercent,
		boolean collectiveDisciplineBar) {

	/** R-ASM-3: a member sick for this many months of the year is rated at most this grade. */
	public static final int SICK_MONTHS = 3;

	public static final Grade SICK_CAP = Grade.COMPLETED;

	/** QĐ 366: the best grade of a collective with a disciplined subordinate organization or leadership member. */
	public static final Grade DISCIPLINED_COLLECTIVE_CAP = Grade.GOOD;

	/** The versions, oldest first; the four grades (R-ASM-1) start with QĐ 132 in 2018. */
	public static final List<AssessmentRules> VERSIONS = List.of(
			new AssessmentRules(2018, "QĐ 132-QĐ/TW (HD 16, HD 21-HD/BTCTW)", null, 20, false),
			new AssessmentRules(2023, "QĐ 124-QĐ/TW (HD 25-HD/BTCTW)", null, 20, false),
			new AssessmentRules(2025, "QĐ 366-QĐ/TW (HD 43-HD/BTCTW)",
					new ScoreScale(BigDecimal.valueOf(90), BigDecimal.valueOf(70), BigDecimal.valueOf(50)), 20, true));

	/** The version for an assessment year; none before 2018 (other labels, legacy data only). */
	public static Optional<AssessmentRules> forYear(int year) {
		AssessmentRules found = null;
		for (AssessmentRules version : VERSIONS) {
			if (version.firstYear() <= year) {
				found = version;
			}
		}
		return Optional.ofNullable(found);
	}

	/** R-ASM-4: the score decides the grade. */
	public boolean scored() {
		return scale != null;
	}

	/** R-ASM-2 for these counts. */
	public ExcellentQuota quota(long excellent, long good) {
		return new ExcellentQuota(excellent, good, excellentQuotaPercent);
	}

}
