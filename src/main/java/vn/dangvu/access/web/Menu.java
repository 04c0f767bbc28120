package vn.dangvu.access.web;

import vn.dangvu.access.CurrentUser;
import vn.dangvu.access.Role;

/**
 * The menu entries a user's roles reach (links are hidden for convenience only: the guard refuses the pages
 * themselves).
 *
 * @param addMembers a new member file and the Excel import: the roles that change an organization's members
 * @param assessment the assessment's rates and rounds: administrators and officers
 * @param badgeRounds the badge rounds: administrators, and officers for their subtree
 */
record Menu(boolean organizations, boolean restructure, boolean addMembers, boolean audit, boolean users, boolean self,
		boolean assessment, boolean badgeRounds) {

	static final Menu NONE = new Menu(false, false, false, false, false, false, false, false);

	static Menu of(CurrentUser user) {
		if (!user.authenticated()) {
			return NONE;
		}
		boolean admin = user.isAdministrator();
		return new Menu(admin || user.homeOrganization().isPresent(), admin || user.has(Role.ORG_OFFICER),
				admin || user.homeOrganization().isPresent() && user.mayWrite(), admin,
				admin || user.has(Role.ORG_OFFICER), user.has(Role.MEMBER), admin || user.has(Role.ORG_OFFICER),
				admin || user.has(Role.ORG_OFFICER));
	}

}
