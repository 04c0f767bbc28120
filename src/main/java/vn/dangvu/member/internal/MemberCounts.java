package vn.dangvu.member.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.dangvu.member.MemberQuery;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.organization.OrganizationMembership;

/** What the tree needs to know of members (R-ORG-1, R-ORG-2, dissolving), from the member periods. */
@Component
class MemberCounts implements OrganizationMembership {

	private final MemberStore store;

	private final MemberRoster roster;

	MemberCounts(MemberStore store, MemberRoster roster) {
		this.store = store;
		this.roster = roster;
	}

	@Override
	public long membersOn(String organizationCode, LocalDate date) {
		return store.countMembersOn(List.of(organizationCode), date, false);
	}

	@Override
	public long officialMembersOn(String organizationCode, LocalDate date) {
		return store.countMembersOn(List.of(organizationCode), date, true);
	}

	/** The subtree's counts as its member list's total, from the statistics projection when it can tell. */
	@Override
	public SubtreeMembers subtreeMembersOn(String organizationCode, LocalDate date) {
		MemberQuery members = MemberQuery.of(organizationCode, date);
		MemberQuery official = new MemberQuery(organizationCode, date, null, Set.of(MemberStatus.OFFICIAL), null, null,
				null, null, null, null, null, null, 0, 1);
		return new SubtreeMembers(roster.count(members), roster.count(official));
	}

}
