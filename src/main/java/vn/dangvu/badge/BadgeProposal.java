package vn.dangvu.badge;

/**
 * A member on a badge round's list.
 *
 * @param reason why the member was added or awarded early; null for those taken from the eligibility list
 * @param removedReason why the member was taken off the list, else null
 * @param badgeNo the number given on approval
 */
public record BadgeProposal(String memberNo, String fullName, String orgCode, long partyAgeMonths, int badgeYears,
		ProposalKind kind, String reason, String removedReason, String badgeNo) {

	public boolean removed() {
		return removedReason != null;
	}

	public long partyAgeYears() {
		return partyAgeMonths / 12;
	}

	public long partyAgeRestMonths() {
		return partyAgeMonths % 12;
	}

}
