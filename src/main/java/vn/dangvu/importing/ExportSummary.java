package vn.dangvu.importing;

/** What an export wrote: the rows of each of the four files. */
public record ExportSummary(int organizations, int restructurings, int members, int memberEvents) {
}
