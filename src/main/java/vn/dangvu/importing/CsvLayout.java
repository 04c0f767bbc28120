package vn.dangvu.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of one interchange file (INTERCHANGE.md): their names in the order export writes them, and which of
 * them must have a value in every row.
 */
record CsvLayout(String fileName, List<String> columns, Set<String> required) {

	CsvLayout {
		columns = List.copyOf(columns);
		required = Set.copyOf(required);
	}

	/**
	 * Checks a header row: it must name exactly these columns, in any order, each once. Answers every problem found
	 * (missing, unknown and repeated columns); empty when the header is right.
	 */
	List<ImportError> checkHeader(List<String> header) {
		List<ImportError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String name : header) {
			String column = name.strip();
			if (!columns.contains(column)) {
				errors.add(new ImportError(fileName, 1, column.isEmpty() ? "(trống)" : column,
						"Cột không có trong định dạng; các cột của tệp này: " + String.join(", ", columns) + "."));
			}
			else if (!seen.add(column)) {
				errors.add(new ImportError(fileName, 1, column, "Cột được nêu hai lần."));
			}
		}
		for (String column : columns) {
			if (!seen.contains(column)) {
				errors.add(new ImportError(fileName, 1, column, "Thiếu cột này trong dòng tiêu đề."));
			}
		}
		return errors;
	}

}
