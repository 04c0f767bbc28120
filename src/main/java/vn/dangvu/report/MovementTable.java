package vn.dangvu.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The movements of members in a period (R-STAT-1, DOMAIN.md §7) for an organization: one row per organization that
 * was its child at some time in the period, and the total. The total counts only transfers that cross the boundary of
 * the whole subtree, so its transfer columns are not the sum of the rows.
 */
public record MovementTable(String orgCode, String orgName, LocalDate from, LocalDate to, List<MovementRow> rows,
		MovementRow total) {
}
