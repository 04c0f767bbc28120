package vn.dangvu.member;

/**
 * The columns of a movements table whose members can be listed (R-STAT-1): the event behind the number and, for
 * admissions, the part of them counted.
 */
public enum MovementKind {

	ADMITTED("ADMITTED"), ADMITTED_FEMALE("ADMITTED"), ADMITTED_ETHNIC_MINORITY("ADMITTED"),
	ADMITTED_AGED_18_TO_30("ADMITTED"), READMITTED("READMITTED"), RECOGNIZED("RECOGNIZED"),
	NOT_RECOGNIZED("NOT_RECOGNIZED"), TRANSFERRED_IN("TRANSFERRED"), TRANSFERRED_OUT("TRANSFERRED"), DIED("DIED"),
	REMOVED("REMOVED"), EXPELLED("EXPELLED"), LEFT("LEFT"), BADGE_AWARDED("BADGE_AWARDED"), ASSESSED("ASSESSED");

	private final String eventType;

	MovementKind(String eventType) {
		this.eventType = eventType;
	}

	/** The ledger event behind the number. */
	public MemberEventType eventType() {
		return MemberEventType.valueOf(eventType);
	}

	public String messageKey() {
		return "movements.kind." + name();
	}

}
