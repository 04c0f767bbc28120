package vn.dangvu.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an import found and did: every error, and per file how many rows were new and how many were already present.
 * When it has errors, nothing was written.
 */
public final class ImportReport {

	private final boolean dryRun;

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
		return errors.isEmpty();
	}

	/** The errors, by file in the order the files were read, then by line. */
	public List<ImportError> errors() {
		List<String> files = List.copyOf(counts.keySet());
		return errors.stream()
			.sorted(Comparator.comparingInt((ImportError e) -> files.indexOf(e.file()) < 0 ? Integer.MAX_VALUE
					: files.indexOf(e.file()))
				.thenComparingLong(ImportError::line))
			.toList();
	}

	/** What today's rules forbid but the records attest: reported, imported all the same (by file, then line). */
	public List<ImportError> warnings() {
		return warnings.stream()
			.sorted(Comparator.comparing(ImportError::file).thenComparingLong(ImportError::line))
			.toList();
	}

	void warn(ImportError warning) {
		warnings.add(warning);
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
		return (dryRun ? "Kiểm tra thất bại: " : "Nhập dữ liệu thất bại: ") + errors.size()
				+ " lỗi; không có gì được ghi.";
	}

	void reading(String file) {
		counts.putIfAbsent(file, new int[2]);
	}

	void add(ImportError error) {
		reading(error.file());
		errors.add(error);
	}

	int errorCount() {
		return errors.size();
	}

	void countImported(String file) {
		counts.computeIfAbsent(file, f -> new int[2])[0]++;
	}

	void countAlreadyPresent(String file) {
		counts.computeIfAbsent(file, f -> new int[2])[1]++;
	}

}
