package vn.dangvu.report;

import vn.dangvu.member.MemberBreakdown;
import vn.dangvu.organization.OrganizationType;

/**
 * One row of the basic statistics table: an organization (a child of the one reported on, or the total) with its
 * whole subtree's members and organizations on the date.
 *
 * @param code null for the total row
 * @param nonStateEnterprise grassroots organizations and cells in non-state enterprises
 */
public record StatisticsRow(String code, String name, OrganizationType type, MemberBreakdown members, long grassroots,
		long cells, long nonStateEnterprise) {
}
