package vn.dangvu.assessment;

import java.util.List;

import vn.dangvu.common.Decision;

/**
 * A round: the grassroots organization's members on 31 December with their lines, the R-ASM-2 quota of the grades
 * entered so far, and once closed, the decision.
 *
 * @param organizationNames the names of the organizations of the subtree on 31 December, by code
 */
public record AssessmentRoundView(long id, int year, String orgCode, String orgName, String regulation, boolean scored,
		boolean closed, Decision decision, List<AssessmentEntryRow> entries, ExcellentQuota quota,
		java.util.Map<String, String> organizationNames) {

	public GradeCounts counts() {
		return GradeCounts.of(entries.stream().filter(e -> e.grade() != null).map(AssessmentEntryRow::grade).toList());
	}

	public long assessedCount() {
		return entries.stream().filter(AssessmentEntryRow::assessed).count();
	}

	public long missingCount() {
		return entries.stream().filter(AssessmentEntryRow::missing).count();
	}

	public long notAssessedCount() {
		return entries.size() - assessedCount();
	}

	public List<AssessmentEntryRow> removalReviews() {
		return entries.stream().filter(AssessmentEntryRow::removalReview).toList();
	}

	public String organizationName(String code) {
		return organizationNames.getOrDefault(code, code);
	}

}
