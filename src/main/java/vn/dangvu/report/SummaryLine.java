package vn.dangvu.report;

/**
 * One line of a printed or exported summary: a group heading ({@code value} null) or a figure with the same figure of
 * the year before, when there is one.
 */
public record SummaryLine(String label, String value, String previous, boolean group) {
}
