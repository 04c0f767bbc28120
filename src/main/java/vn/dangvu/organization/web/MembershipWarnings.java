package vn.dangvu.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.dangvu.organization.OrganizationMembership;
import vn.dangvu.organization.OrganizationMembership.SubtreeMembers;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.OrganizationView;

/**
 * The size rules of DOMAIN.md §1.2 as warnings on the organization page. They warn and never block: an exception
 * needs the upper committee's written consent, which the tree does not record. Nothing is said while no module
 * provides membership data, or while the organization has no members at all (the data is not there yet).
 */
@Component
class MembershipWarnings {

	/** R-ORG-1: a cell or grassroots organization needs at least this many official members. */
	static final long MINIMUM_OFFICIAL_MEMBERS = 3;

	/** R-ORG-2: from this many members a grassroots organization is a committee, below it a cell. */
	static final long GRASSROOTS_COMMITTEE_MEMBERS = 30;

	/** A warning: the rule, the message key and the count it is about. */
	record Warning(String ruleId, String messageKey, long count) {
	}

	private final ObjectProvider<OrganizationMembership> membership;

	MembershipWarnings(ObjectProvider<OrganizationMembership> membership) {
		this.membership = membership;
	}

	/**
	 * The member counts of the organization's subtree (a grassroots committee's members belong to its cells), when a
	 * module provides membership data.
	 */
	Optional<SubtreeMembers> counts(OrganizationView organization, LocalDate date) {
		return Optional.ofNullable(membership.getIfAvailable())
			.map(members -> members.subtreeMembersOn(organization.code(), date));
	}

	List<Warning> warnings(OrganizationView organization, Optional<SubtreeMembers> counts) {
		List<Warning> warnings = new ArrayList<>();
		if (counts.isEmpty() || counts.get().members() == 0) {
			return warnings;
		}
		SubtreeMembers c = counts.get();
		OrganizationType type = organization.type();
		// R-ORG-1: fewer than 3 official members → the members are attached to another organization
		if ((type.isGrassroots() || type == OrganizationType.CELL) && c.officialMembers() < MINIMUM_OFFICIAL_MEMBERS) {
			warnings.add(new Warning("R-ORG-1", "organization.warning.tooFewOfficial", c.officialMembers()));
		}
		// R-ORG-2: < 30 members → grassroots cell, ≥ 30 → grassroots committee, unless the upper committee consents
		if (type == OrganizationType.GRASSROOTS_CELL && c.members() >= GRASSROOTS_COMMITTEE_MEMBERS) {
			warnings.add(new Warning("R-ORG-2", "organization.warning.cellTooLarge", c.members()));
		}
		if (type == OrganizationType.GRASSROOTS_COMMITTEE && c.members() < GRASSROOTS_COMMITTEE_MEMBERS) {
			warnings.add(new Warning("R-ORG-2", "organization.warning.committeeTooSmall", c.members()));
		}
		return warnings;
	}

}
