package vn.dangvu.access;

/**
 * What a user may do, always within a scope: the subtree of one organization (INTERCHANGE.md roles).
 */
public enum Role {

	/** everything, everywhere */
	ADMIN(true),
	/** reads and writes the subtree of the scope organization */
	ORG_OFFICER(true),
	/** reads and writes the members of one organization */
	SECRETARY(true),
	/** reads the subtree */
	LEADER(false),
	/** reads one's own record; the scope is the member number */
	MEMBER(false);

	private final boolean writes;

	Role(boolean writes) {
		this.writes = writes;
	}

	/** True for the roles that may change records; LEADER and MEMBER only read. */
	public boolean writes() {
		return writes;
	}

	public String messageKey() {
		return "role." + name();
	}

}
