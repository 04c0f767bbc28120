package vn.dangvu.importing;

/** What an export wrote: the rows of organizations.csv and of restructurings.csv. */
public record ExportSummary(int organizations, int restructurings) {
}
