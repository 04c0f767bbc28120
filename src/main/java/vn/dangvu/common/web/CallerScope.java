package vn.dangvu.common.web;

import java.util.Optional;

/**
 * What the signed-in caller of the current request may see and change, for the few places where a request's scope is
 * not in its parameters and so cannot be checked by the access module's guard: the header search, which has no
 * organization and must search only the caller's own; an Excel workbook, whose cells name the organizations it
 * changes; a new member file, which has no organization before its admission. The access module answers (it depends
 * on the modules that ask, so they ask through this interface); the rules are its {@code AccessScope}'s.
 */
public interface CallerScope {

	/** True when nothing is outside the caller's scope (an administrator, or a command of the command line). */
	boolean unrestricted();

	/**
	 * The organization whose subtree a list or search shows when none is named: the caller's own; empty for an
	 * administrator (everything) and for a caller who reads no organization at all (a member reads only their file).
	 */
	Optional<String> homeOrganization();

	/** May the caller change the members of this organization (admit, import into it)? */
	boolean mayWriteOrganization(String code);

	/** May the caller change this member's file or ledger? False for a number no file has. */
	boolean mayWriteMember(String memberNo);

	/** The scope of a caller outside every request: the command line, which is run by the operator of the server. */
	static CallerScope everything() {
		return new CallerScope() {

			@Override
			public boolean unrestricted() {
				return true;
			}

			@Override
			public Optional<String> homeOrganization() {
				return Optional.empty();
			}

			@Override
			public boolean mayWriteOrganization(String code) {
				return true;
			}

			@Override
			public boolean mayWriteMember(String memberNo) {
				return true;
			}

		};
	}

}
