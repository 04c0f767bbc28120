package vn.dangvu.importing;

/** Published after an export has written its files: the folder, the subtree (null: everything) and the rows. */
public record DirectoryExported(String directory, String orgCode, ExportSummary summary) {
}
