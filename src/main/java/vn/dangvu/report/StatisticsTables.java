package vn.dangvu.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.member.MemberBreakdown;
import vn.dangvu.member.MemberStatistics;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;

/**
 * The basic statistics tables (R-STAT-1, DOMAIN.md §7): for an organization and a date, each child organization's
 * subtree counted in one row — members by status, gender, age band, ethnicity, religion, professional level,
 * political theory, exemption, and organizations by type — with a total row. One query for the members of the whole
 * subtree (on a year-end of the statistics projection's horizon, its organizations' rows of the stock and its
 * breakdown; on another day, the members' files); the rows are rolled up by walking each organization up to the
 * child it belongs to.
 */
@Service
public class StatisticsTables {

	private final Organizations organizations;

	private final MemberStatistics statistics;

	StatisticsTables(Organizations organizations, MemberStatistics statistics) {
		this.organizations = organizations;
		this.statistics = statistics;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public StatisticsTable table(String orgCode, LocalDate date) {
		OrganizationView root = organizations.find(orgCode, date)
			.orElseThrow(() -> OrganizationNotFoundException.forCode(orgCode));
		List<OrganizationView> subtree = organizations.subtree(orgCode, date);
		Map<String, OrganizationView> byCode = new HashMap<>();
		subtree.forEach(o -> byCode.put(o.code(), o));
		Map<String, MemberBreakdown> members = statistics.breakdownByOrganization(orgCode, byCode.keySet(), date);

		// the rows: the organization itself (its own members, if any), then each child with its subtree
		Map<String, StatisticsRow> rows = new LinkedHashMap<>();
		rows.put(orgCode, new StatisticsRow(orgCode, root.name(), root.type(), MemberBreakdown.empty(), 0, 0, 0));
		organizations.children(orgCode, date)
			.forEach(c -> rows.put(c.code(), new StatisticsRow(c.code(), c.name(), c.type(), MemberBreakdown.empty(), 0, 0, 0)));
		for (OrganizationView o : subtree) {
			String rowCode = rowOf(o, orgCode, byCode);
			StatisticsRow row = rows.get(rowCode);
			MemberBreakdown m = members.getOrDefault(o.code(), MemberBreakdown.empty());
			boolean counted = !o.code().equals(orgCode);
			long grassroots = counted && o.type().isGrassroots() ? 1 : 0;
			long cells = counted && o.type() == OrganizationType.CELL ? 1 : 0;
			long nonState = counted && o.field() == OrganizationField.NON_STATE_ENTERPRISE
					&& (o.type().isGrassroots() || o.type() == OrganizationType.CELL) ? 1 : 0;
			rows.put(rowCode, new StatisticsRow(row.code(), row.name(), row.type(), row.members().plus(m),
					row.grassroots() + grassroots, row.cells() + cells, row.nonStateEnterprise() + nonState));
		}
		List<StatisticsRow> list = new ArrayList<>(rows.values());
		if (list.get(0).members().total() == 0) {
			list.remove(0); // no member belongs to the organization itself
		}
		StatisticsRow total = new StatisticsRow(null, root.name(), root.type(), MemberBreakdown.empty(), 0, 0, 0);
		for (StatisticsRow r : list) {
			total = new StatisticsRow(null, total.name(), total.type(), total.members().plus(r.members()),
					total.grassroots() + r.grassroots(), total.cells() + r.cells(),
					total.nonStateEnterprise() + r.nonStateEnterprise());
		}
		return new StatisticsTable(orgCode, root.name(), date, list, total);
	}

	/** The row an organization of the subtree is counted in: the child of the root it is under, or the root itself. */
	private static String rowOf(OrganizationView o, String rootCode, Map<String, OrganizationView> byCode) {
		OrganizationView current = o;
		while (current.parentCode() != null && !current.parentCode().equals(rootCode) && !current.code().equals(rootCode)) {
			current = byCode.get(current.parentCode());
			if (current == null) {
				return rootCode;
			}
		}
		return current.code();
	}

}
