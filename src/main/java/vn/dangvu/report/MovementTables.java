package vn.dangvu.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.member.MemberMovements;
import vn.dangvu.member.MemberStatistics;
import vn.dangvu.member.MovementKind;
import vn.dangvu.member.TableMovements;
import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.SubtreeSpan;

/**
 * The movements table of a period: each event attributed, by the tree on its date, to the child organization whose
 * subtree the member then belonged to; one query for all rows and the total.
 */
@Service
public class MovementTables {

	/** The most events a list behind a number shows. */
	public static final int LIST_LIMIT = 5000;

	private final Organizations organizations;

	private final MemberStatistics statistics;

	MovementTables(Organizations organizations, MemberStatistics statistics) {
		this.organizations = organizations;
		this.statistics = statistics;
	}

	/** The table; refused when the period is reversed or the organization never existed. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public MovementTable table(String orgCode, LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("Ngày bắt đầu (" + from + ") sau ngày kết thúc (" + to + ").");
		}
		if (!organizations.exists(orgCode)) {
			throw OrganizationNotFoundException.forCode(orgCode);
		}
		String rootName = organizations.findLatest(orgCode, to).map(OrganizationView::name).orElse(orgCode);
		Map<String, List<SubtreeSpan>> spans = organizations.childSpans(orgCode, from, to);
		TableMovements movements = statistics.tableMovements(spans, from, to);
		Map<String, MemberMovements> byRow = movements.rows();
		List<String> childrenAtEnd = organizations.children(orgCode, to).stream().map(OrganizationView::code).toList();

		List<MovementRow> rows = new ArrayList<>();
		// the rows' names in one statement: a thousand rows under a district asked one by one took a tenth of the PDF
		Map<String, String> names = organizations.latestNames(spans.keySet(), to);
		for (String code : spans.keySet()) {
			if (code.equals(orgCode)) {
				continue;
			}
			String name = names.getOrDefault(code, code);
			rows.add(new MovementRow(code, name, !childrenAtEnd.contains(code),
					byRow.getOrDefault(code, MemberMovements.none())));
		}
		Comparator<String> order = VietnameseText.order();
		rows.sort(Comparator.comparing(MovementRow::ended).thenComparing(MovementRow::name, order));
		MemberMovements own = byRow.get(orgCode);
		if (own != null) {
			rows.add(0, new MovementRow(orgCode, rootName, false, own));
		}
		return new MovementTable(orgCode, rootName, from, to, rows,
				new MovementRow(null, rootName, false, movements.whole()));
	}

	/**
	 * The members behind a number of the table: the events of the kind attributed to the row (a child organization
	 * or the organization's own members; the whole subtree when {@code rowCode} is null), as the table counts them.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public MovementEventList events(String orgCode, String rowCode, LocalDate from, LocalDate to, MovementKind kind,
			String detail) {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("Ngày bắt đầu (" + from + ") sau ngày kết thúc (" + to + ").");
		}
		if (!organizations.exists(orgCode)) {
			throw OrganizationNotFoundException.forCode(orgCode);
		}
		// the whole subtree's spans, or the row's: the table's rows were all read for one (HCM's 2025: 0.25 s)
		List<SubtreeSpan> row = rowCode == null ? organizations.subtreeSpans(orgCode, from, to)
				: organizations.childSpans(orgCode, rowCode, from, to);
		String orgName = organizations.findLatest(orgCode, to).map(OrganizationView::name).orElse(orgCode);
		String rowName = rowCode == null ? orgName
				: organizations.findLatest(rowCode, to).map(OrganizationView::name).orElse(rowCode);
		var events = statistics.movementEvents(row, from, to, kind, detail, LIST_LIMIT + 1);
		boolean truncated = events.size() > LIST_LIMIT;
		return new MovementEventList(orgCode, orgName, rowCode, rowName, from, to, kind, detail,
				truncated ? events.subList(0, LIST_LIMIT) : events, truncated);
	}

}
