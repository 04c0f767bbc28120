package vn.dangvu.badge;

/** Why a member is on a badge round's list. */
public enum ProposalKind {

	/** party age full on the award date (R-BADGE-1) */
	ELIGIBLE,
	/** seriously ill: awarded early (R-BADGE-2) */
	SERIOUS_ILLNESS,
	/** died: awarded posthumously, possibly early (R-BADGE-2) */
	POSTHUMOUS;

	public String messageKey() {
		return "badge.kind." + name();
	}

}
