package vn.dangvu.member;

/** The events of the lifecycle ledger (INTERCHANGE.md {@code member_events.csv}). */
public enum MemberEventType {

	ADMITTED, RECOGNIZED, NOT_RECOGNIZED, TRANSFERRED, EXEMPTED, EXEMPTION_ENDED, DISCIPLINED, EXPELLED, REMOVED, LEFT,
	DIED, READMITTED, BADGE_AWARDED, ASSESSED;

	/** Events after which the person is no longer a member (until a re-admission). */
	public boolean endsMembership() {
		return this == NOT_RECOGNIZED || this == EXPELLED || this == REMOVED || this == LEFT || this == DIED;
	}

}
