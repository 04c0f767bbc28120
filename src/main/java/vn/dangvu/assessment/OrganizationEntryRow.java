package vn.dangvu.assessment;

import java.math.BigDecimal;

import vn.dangvu.organization.OrganizationType;

/**
 * One party organization's line in a round (R-ASM-1: organizations are graded too): the grassroots organization itself
 * or one under it on 31 December, rated or not (R-ASM-3), its score and grade entered so far, and beside them what its
 * grade rests on — the grades of the members of its subtree in the round (QĐ 366: "its own review, its subordinate
 * organizations and all its members").
 *
 * @param depth 0 for the grassroots organization, 1 for what is directly under it, …
 * @param excluded why the organization is not rated (R-ASM-3), else null
 * @param disciplined a subordinate organization or leadership member was disciplined in the year, as entered
 * @param capped the score gave EXCELLENT, which the discipline bar of QĐ 366 does not allow
 * @param previousGrade the organization's grade in the closed round of the year before, if any
 * @param memberCounts the grades entered so far for the members of its subtree
 * @param disciplinedMembers members of its subtree disciplined in the year (a hint for the discipline bar)
 */
public record OrganizationEntryRow(String orgCode, String name, OrganizationType type, String parentCode, int depth,
		NotAssessedReason excluded, BigDecimal score, Grade grade, boolean disciplined, boolean capped,
		Grade previousGrade, GradeCounts memberCounts, long disciplinedMembers) {

	public boolean assessed() {
		return excluded == null;
	}

	/** Rated and still without a grade. */
	public boolean missing() {
		return excluded == null && grade == null;
	}

}
