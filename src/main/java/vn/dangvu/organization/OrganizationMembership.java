package vn.dangvu.organization;

import java.time.LocalDate;

/**
 * What the tree needs to know of members, provided by the member module: how many members an organization has on a
 * date (R-ORG-1, R-ORG-2, and the refusal to dissolve an organization that still has members).
 */
public interface OrganizationMembership {

	/** Members (official and probationary) belonging to the organization itself on the date. */
	long membersOn(String organizationCode, LocalDate date);

	/** Official members belonging to the organization itself on the date. */
	long officialMembersOn(String organizationCode, LocalDate date);

	/**
	 * The members (official and probationary) and the official members of the organization's whole subtree on the
	 * date, each counted at once: a province's page asked its 44,000 organizations one by one.
	 */
	SubtreeMembers subtreeMembersOn(String organizationCode, LocalDate date);

	/** The members of a subtree on a date: official and probationary, and official only. */
	record SubtreeMembers(long members, long officialMembers) {
	}

}
