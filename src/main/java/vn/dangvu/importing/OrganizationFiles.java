package vn.dangvu.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringOperation;

/**
 * organizations.csv and restructurings.csv (INTERCHANGE.md): their columns, the checks a row must pass on its own
 * (required cells, codes, dates, the columns each operation needs), and writing them.
 */
final class OrganizationFiles {

	static final CsvLayout ORGANIZATIONS = new CsvLayout("organizations.csv",
			List.of("code", "name", "type", "field", "parent_code", "established_on"),
			Set.of("code", "name", "type", "field", "established_on"));

	static final CsvLayout RESTRUCTURINGS = new CsvLayout("restructurings.csv",
			List.of("decision_no", "decision_date", "effective_on", "operation", "subject_codes", "target_code",
					"new_name", "new_type", "new_parent_code"),
			Set.of("decision_no", "decision_date", "effective_on", "operation", "subject_codes"));

	/** The operations restructurings.csv carries; establishments are organizations.csv, splits have no row. */
	static final Set<RestructuringOperation> OPERATIONS = EnumSet.of(RestructuringOperation.RENAME,
			RestructuringOperation.MOVE, RestructuringOperation.MERGE, RestructuringOperation.DISSOLVE,
			RestructuringOperation.CHANGE_TYPE);

	/** The columns a merge target that the merge creates needs (its parent only when it is not a province). */
	static final List<String> NEW_TARGET_COLUMNS = List.of("new_name", "new_type", "new_parent_code");

	private OrganizationFiles() {
	}

	/** The organization of a row of organizations.csv; {@code null}, with the errors reported, when a cell is wrong. */
	static OrganizationRow organization(CsvRow row, ImportReport report) {
		long errorsBefore = report.errorCount();
		String code = row.required("code", report);
		String name = row.required("name", report);
		OrganizationType type = row.constant("type", OrganizationType.class, EnumSet.allOf(OrganizationType.class),
				true, report);
		OrganizationField field = row.constant("field", OrganizationField.class,
				EnumSet.allOf(OrganizationField.class), true, report);
		String parentCode = row.text("parent_code");
		LocalDate establishedOn = row.date("established_on", true, report);
		if (code != null && code.equals(parentCode)) {
			report.add(row.error("parent_code", "Một tổ chức không thể trực thuộc chính nó."));
		}
		return report.errorCount() > errorsBefore ? null
				: new OrganizationRow(row.line(), code, name, type, field, parentCode, establishedOn);
	}

	/**
	 * The change of a row of restructurings.csv; {@code null}, with the errors reported, when a cell is wrong or a
	 * column the operation needs is empty. Whether a merge target must be created (and so needs its name, type and
	 * parent) depends on the database and is checked by the import.
	 */
	static RestructuringRow restructuring(CsvRow row, ImportReport report) {
		long errorsBefore = report.errorCount();
		String decisionNo = row.required("decision_no", report);
		LocalDate decisionDate = row.date("decision_date", true, report);
		LocalDate effectiveOn = row.date("effective_on", true, report);
		RestructuringOperation operation = row.constant("operation", RestructuringOperation.class, OPERATIONS, true,
				report);
		List<String> subjectCodes = subjectCodes(row, report);
		String targetCode = row.text("target_code");
		String newName = row.text("new_name");
		OrganizationType newType = row.constant("new_type", OrganizationType.class,
				EnumSet.allOf(OrganizationType.class), false, report);
		String newParentCode = row.text("new_parent_code");
		if (operation != null) {
			List<String> needed = switch (operation) {
				case MERGE -> List.of("target_code");
				case RENAME -> List.of("new_name");
				case CHANGE_TYPE -> List.of("new_type");
				case MOVE -> List.of("new_parent_code");
				default -> List.of();
			};
			// a merge may fill the new_* columns (for a target it creates); the other operations only their own
			boolean othersAllowed = operation == RestructuringOperation.MERGE;
			for (String column : List.of("target_code", "new_name", "new_type", "new_parent_code")) {
				if (needed.contains(column) && row.text(column) == null) {
					report.add(row.error(column, "Thao tác " + operation + " cần cột này; ô đang trống."));
				}
				else if (!needed.contains(column) && !othersAllowed && row.text(column) != null) {
					report.add(row.error(column, "Thao tác " + operation + " không dùng cột này; hãy để trống."));
				}
			}
			if (operation != RestructuringOperation.MERGE && subjectCodes.size() > 1) {
				report.add(row.error("subject_codes", "Thao tác " + operation
						+ " áp dụng cho đúng một tổ chức; chỉ sáp nhập (MERGE) mới nêu nhiều mã."));
			}
		}
		return report.errorCount() > errorsBefore ? null
				: new RestructuringRow(row.line(), decisionNo, decisionDate, effectiveOn, operation, subjectCodes,
						targetCode, newName, newType, newParentCode);
	}

	private static List<String> subjectCodes(CsvRow row, ImportReport report) {
		String text = row.required("subject_codes", report);
		if (text == null) {
			return List.of();
		}
		List<String> codes = new ArrayList<>();
		for (String code : text.split(";", -1)) {
			if (code.isBlank()) {
				report.add(row.error("subject_codes", "Có mã trống giữa các dấu ; (ví dụ \"A;;B\")."));
				return List.of();
			}
			codes.add(code.strip());
		}
		return codes;
	}

	/** Writes both files into the folder (created when missing), replacing what was there. */
	static void write(Path dir, List<OrganizationRow> organizations, List<RestructuringRow> restructurings) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Không tạo được thư mục " + dir + ": " + ex.getMessage(), ex);
		}
		InterchangeCsv.write(dir.resolve(ORGANIZATIONS.fileName()), ORGANIZATIONS,
				organizations.stream().map(OrganizationRow::cells).toList());
		InterchangeCsv.write(dir.resolve(RESTRUCTURINGS.fileName()), RESTRUCTURINGS,
				restructurings.stream().map(RestructuringRow::cells).toList());
	}

}
