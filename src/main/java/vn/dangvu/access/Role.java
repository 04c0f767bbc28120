package vn.dangvu.access;

/**
 * What a user may do, always within a scope: the subtree of one organization (INTERCHANGE.md roles).
 */
public enum Role {

	/** everything, everywhere */
	ADMIN,
	/** reads and writes the subtree of the scope organization */
	ORG_OFFICER,
	/** reads and writes the members of one organization */
	SECRETARY,
	/** reads the subtree */
	LEADER,
	/** reads one's own record; the scope is the member number */
	MEMBER;

}
