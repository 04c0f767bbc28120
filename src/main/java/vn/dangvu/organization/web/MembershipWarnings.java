package vn.dangvu.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.dangvu.organization.OrganizationMembership;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;

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

	/** The members of an organization and its whole subtree on a date. */
	record Counts(long members, long officialMembers) {
	}

	/** A warning: the rule, the message key and the count it is about. */
	record Warning(String ruleId, String messageKey, long count) {
	}

	private final ObjectProvider<OrganizationMembership> membership;

	private final Organizations organizations;

	MembershipWarnings(ObjectProvider<OrganizationMembership> membership, Organizations organizations) {
		this.membership = membership;
		this.organizations = organizations;
	}

	/** The member counts of the organization's subtree, when a module provides membership data. */
	Optional<Counts> counts(OrganizationView organization, LocalDate date) {
		OrganizationMembership members = membership.getIfAvailable();
		if (members == null) {
			return Optional.empty();
		}
		long all = 0;
		long official = 0;
		// a grassroots committee's members belong to its cells: count the whole subtree
		for (String code : organizations.subtreeCodes(organization.code(), date)) {
			all += members.membersOn(code, date);
			official += members.officialMembersOn(code, date);
		}
		return Optional.of(new Counts(all, official));
	}

	List<Warning> warnings(OrganizationView organization, Optional<Counts> counts) {
		List<Warning> warnings = new ArrayList<>();
		if (counts.isEmpty() || counts.get().members() == 0) {
			return warnings;
		}
		Counts c = counts.get();
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
