package vn.dangvu.assessment;

import java.util.List;

import vn.dangvu.common.Decision;

/**
 * A round: the grassroots organization's members on 31 December with their lines, the R-ASM-2 quota of the grades
 * entered so far, the organization itself and those under it with their grades (R-ASM-1), and once closed, the
 * decision.
 *
 * @param collectiveDisciplineBar the year's rules bar EXCELLENT for a collective with a disciplined subordinate
 *     organization or leadership member (QĐ 366)
 * @param organizationNames the names of the organizations of the subtree on 31 December, by code
 * @param organizations the organizations' lines, in the order of the tree
 */
public record AssessmentRoundView(long id, int year, String orgCode, String orgName, String regulation, boolean scored,
		boolean collectiveDisciplineBar, boolean closed, Decision decision, List<AssessmentEntryRow> entries,
		ExcellentQuota quota, java.util.Map<String, String> organizationNames, List<OrganizationEntryRow> organizations) {

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

	/** The grades of the organizations entered so far. */
	public GradeCounts organizationCounts() {
		return GradeCounts.of(organizations.stream().filter(o -> o.grade() != null).map(OrganizationEntryRow::grade).toList());
	}

	public long organizationsAssessedCount() {
		return organizations.stream().filter(OrganizationEntryRow::assessed).count();
	}

	public long organizationsMissingCount() {
		return organizations.stream().filter(OrganizationEntryRow::missing).count();
	}

}
