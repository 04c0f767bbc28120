package vn.dangvu.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.dangvu.common.text.VietnameseText;

/**
 * One data row of an interchange file: its cells by column name and the physical line it starts on. The typed
 * readers add an error to the report and answer {@code null} when a cell is missing or malformed.
 */
record CsvRow(String file, long line, Map<String, String> cells) {

	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	/** The cell's text in Unicode NFC with white space trimmed; {@code null} when the cell is empty. */
	String text(String column) {
		String value = VietnameseText.normalize(cells.get(column));
		return value == null || value.isEmpty() ? null : value;
	}

	/** The cell's text; an error when it is empty. */
	String required(String column, ImportReport report) {
		String value = text(column);
		if (value == null) {
			report.add(error(column, "Ô bắt buộc đang trống."));
		}
		return value;
	}

	/** A {@code YYYY-MM-DD} date; an error when it is malformed, or empty while required. */
	LocalDate date(String column, boolean required, ImportReport report) {
		String value = required ? required(column, report) : text(column);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value, ISO_DATE);
		}
		catch (DateTimeParseException ex) {
			report.add(error(column, "Ngày không hợp lệ: \"" + value + "\" (cần dạng YYYY-MM-DD, ví dụ 2020-01-31)."));
			return null;
		}
	}

	/** One of the allowed constants of the enum, by its exact name. */
	<E extends Enum<E>> E constant(String column, Class<E> type, Set<E> allowed, boolean required,
			ImportReport report) {
		String value = required ? required(column, report) : text(column);
		if (value == null) {
			return null;
		}
		E constant = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst().orElse(null);
		if (constant == null || !allowed.contains(constant)) {
			String names = Arrays.stream(type.getEnumConstants())
				.filter(allowed::contains)
				.map(Enum::name)
				.collect(Collectors.joining(", "));
			report.add(error(column, "Giá trị không hợp lệ: \"" + value + "\"; dùng một trong: " + names + "."));
			return null;
		}
		return constant;
	}

	ImportError error(String column, String reason) {
		return new ImportError(file, line, column, reason);
	}

}
