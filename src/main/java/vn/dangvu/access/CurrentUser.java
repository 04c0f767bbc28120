package vn.dangvu.access;

import java.util.List;
import java.util.Optional;

/**
 * The signed-in user of a request with the grants that hold now (read from the database on each request, so that a
 * changed role or a disabled account counts at once). Anonymous and disabled users have no grants.
 */
public record CurrentUser(String username, List<Grant> grants) {

	public CurrentUser {
		grants = List.copyOf(grants);
	}

	static CurrentUser anonymous() {
		return new CurrentUser(null, List.of());
	}

	public boolean authenticated() {
		return username != null;
	}

	public boolean isAdministrator() {
		return has(Role.ADMIN);
	}

	public boolean has(Role role) {
		return grants.stream().anyMatch(g -> g.role() == role);
	}

	/** True when one of the user's roles may change records. */
	public boolean mayWrite() {
		return grants.stream().anyMatch(Grant::writes);
	}

	/**
	 * The organization a list or report shows when none is asked for: the scope of the first grant scoped to an
	 * organization.
	 */
	public Optional<String> homeOrganization() {
		return grants.stream().filter(Grant::scopedToOrganization).map(Grant::scope).findFirst();
	}

	/** The member number of a {@link Role#MEMBER} grant: the one record such a user reads. */
	public Optional<String> ownMemberNo() {
		return grants.stream().filter(g -> g.role() == Role.MEMBER).map(Grant::scope).findFirst();
	}

}
