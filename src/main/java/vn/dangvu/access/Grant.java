package vn.dangvu.access;

/**
 * One role of a user over its scope: an organization code (the subtree of that organization, or for
 * {@link Role#SECRETARY} the organization itself), the member number for {@link Role#MEMBER}, none for
 * {@link Role#ADMIN}.
 */
public record Grant(Role role, String scope) {

	/** True for the roles that may change records (the others only read). */
	public boolean writes() {
		return role.writes();
	}

	/** True when the scope is an organization code (every role but ADMIN and MEMBER). */
	public boolean scopedToOrganization() {
		return role != Role.ADMIN && role != Role.MEMBER && scope != null;
	}

}
