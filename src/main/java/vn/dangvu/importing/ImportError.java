package vn.dangvu.importing;

/**
 * One problem found in an interchange file, printed as {@code file:line: column: reason} (INTERCHANGE.md).
 *
 * @param line the physical line in the file, the header being line 1; 0 when the problem concerns the whole file
 * @param column the column concerned, or {@code null} when the problem concerns the whole row or file
 * @param reason the Vietnamese explanation for the user
 */
public record ImportError(String file, long line, String column, String reason) {

	static ImportError inFile(String file, String reason) {
		return new ImportError(file, 0, null, reason);
	}

	@Override
	public String toString() {
		return file + (line > 0 ? ":" + line : "") + ": " + (column == null ? "" : column + ": ") + reason;
	}

}
