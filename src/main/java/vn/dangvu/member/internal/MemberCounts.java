package vn.dangvu.member.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.dangvu.organization.OrganizationMembership;

/** What the tree needs to know of members (R-ORG-1, R-ORG-2, dissolving), from the member periods. */
@Component
class MemberCounts implements OrganizationMembership {

	private final MemberStore store;

	MemberCounts(MemberStore store) {
		this.store = store;
	}

	@Override
	public long membersOn(String organizationCode, LocalDate date) {
		return store.countMembersOn(List.of(organizationCode), date, false);
	}

	@Override
	public long officialMembersOn(String organizationCode, LocalDate date) {
		return store.countMembersOn(List.of(organizationCode), date, true);
	}

}
