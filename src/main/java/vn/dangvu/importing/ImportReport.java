package vn.dangvu.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an import found and did: the errors and warnings, and per file how many rows were new and how many were
 * already present. When it has errors, nothing was written. Only the first {@value #KEPT} errors and the first
 * {@value #KEPT} warnings are kept (with the totals), so that a very bad file of millions of rows cannot exhaust the
 * memory.
 */
public final class ImportReport {

	/** How many errors, and how many warnings, are kept to be shown. */
	public static final int KEPT = 1_000;

	private final boolean dryRun;

	private long errorTotal;

	private long warningTotal;

	private final List<ImportError> errors = new ArrayList<>();

	private final List<ImportError> warnings = new ArrayList<>();

	/** The files in the order they were read, each with its counts {new, already present}. */
	private final Map<String, int[]> counts = new LinkedHashMap<>();

	ImportReport(boolean dryRun) {
		this.dryRun = dryRun;
	}

	public boolean dryRun() {
		return dryRun;
	}

	/** True when there was no error (and, unless a dry run, everything was written). */
	public boolean succeeded() {
		return errorTotal == 0;
	}

	/** How many errors were found: more than {@link #errors()} holds when there were more than {@value #KEPT}. */
	public long errorTotal() {
		return errorTotal;
	}

	/** How many warnings were found: more than {@link #warnings()} holds when there were more than {@value #KEPT}. */
	public long warningTotal() {
		return warningTotal;
	}

	/** The line that says how many errors are not shown, or {@code null} when all are. */
	public String errorsLeftOut() {
		return errorTotal > errors.size() ? "… và " + (errorTotal - errors.size()) + " lỗi khác (chỉ giữ và in "
				+ errors.size() + " lỗi tìm thấy đầu tiên)." : null;
	}

	/** The line that says how many warnings are not shown, or {@code null} when all are. */
	public String warningsLeftOut() {
		return warningTotal > warnings.size() ? "… và " + (warningTotal - warnings.size())
				+ " cảnh báo khác (chỉ giữ và in " + warnings.size() + " cảnh báo tìm thấy đầu tiên)." : null;
	}

	/** The errors kept (the first {@value #KEPT} found), by file in the order the files were read, then by line. */
	public List<ImportError> errors() {
		List<String> files = List.copyOf(counts.keySet());
		return errors.stream()
			.sorted(Comparator.comparingInt((ImportError e) -> files.indexOf(e.file()) < 0 ? Integer.MAX_VALUE
					: files.indexOf(e.file()))
				.thenComparingLong(ImportError::line))
			.toList();
	}

	/**
	 * What today's rules forbid but the records attest: reported, imported all the same (the first {@value #KEPT}
	 * found, by file, then line).
	 */
	public List<ImportError> warnings() {
		return warnings.stream()
			.sorted(Comparator.comparing(ImportError::file).thenComparingLong(ImportError::line))
			.toList();
	}

	void warn(ImportError warning) {
		if (warningTotal++ < KEPT) {
			warnings.add(warning);
		}
	}

	void count(String file, int imported, int present) {
		int[] c = counts.computeIfAbsent(file, f -> new int[2]);
		c[0] += imported;
		c[1] += present;
	}

	/** Rows of the file that were new (written, or to be written in a dry run). */
	public int imported(String file) {
		return counts.getOrDefault(file, new int[2])[0];
	}

	/** Rows of the file that were already in the database and left alone. */
	public int alreadyPresent(String file) {
		return counts.getOrDefault(file, new int[2])[1];
	}

	/** Per file in the order read, the rows that were new. */
	public Map<String, Integer> importedByFile() {
		Map<String, Integer> imported = new LinkedHashMap<>();
		counts.forEach((file, c) -> imported.put(file, c[0]));
		return imported;
	}

	/** Per file in the order read, the rows already present. */
	public Map<String, Integer> alreadyPresentByFile() {
		Map<String, Integer> present = new LinkedHashMap<>();
		counts.forEach((file, c) -> present.put(file, c[1]));
		return present;
	}

	/** The one-line summary of a successful import or dry run. */
	public String summary() {
		String files = counts.entrySet()
			.stream()
			.map(e -> e.getKey() + ": " + e.getValue()[0] + (dryRun ? " sẽ nhập" : " mới") + ", " + e.getValue()[1]
					+ " đã có")
			.collect(Collectors.joining("; "));
		return (dryRun ? "Chạy thử, không ghi gì. " : "Đã nhập. ") + files + ".";
	}

	/** The one-line reason of a failed import. */
	public String failureSummary() {
		return (dryRun ? "Kiểm tra thất bại: " : "Nhập dữ liệu thất bại: ") + errorTotal
				+ " lỗi; không có gì được ghi.";
	}

	void reading(String file) {
		counts.putIfAbsent(file, new int[2]);
	}

	void add(ImportError error) {
		reading(error.file());
		if (errorTotal++ < KEPT) {
			errors.add(error);
		}
	}

	/** Every error found so far, kept or not (to see whether a row added one). */
	long errorCount() {
		return errorTotal;
	}

	void countImported(String file) {
		counts.computeIfAbsent(file, f -> new int[2])[0]++;
	}

	void countAlreadyPresent(String file) {
		counts.computeIfAbsent(file, f -> new int[2])[1]++;
	}

}
