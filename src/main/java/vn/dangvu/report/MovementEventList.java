package vn.dangvu.report;

import java.time.LocalDate;
import java.util.List;

import vn.dangvu.member.MovementEventRow;
import vn.dangvu.member.MovementKind;

/**
 * The members behind one number of a movements table.
 *
 * @param rowCode the child organization of the row, the organization itself for its own row, null for the total
 * @param truncated more events than {@link MovementTables#LIST_LIMIT} matched
 */
public record MovementEventList(String orgCode, String orgName, String rowCode, String rowName, LocalDate from,
		LocalDate to, MovementKind kind, String detail, List<MovementEventRow> events, boolean truncated) {
}
