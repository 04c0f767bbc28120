package vn.dangvu.member;

/**
 * A problem of an imported member history: of the file ({@code event} null) or of one of its events.
 *
 * @param warning true for what today's rules forbid but the records attest: reported, not refused
 */
public record HistoryProblem(String memberNo, LedgerEvent event, FieldProblem problem, boolean warning) {
}
