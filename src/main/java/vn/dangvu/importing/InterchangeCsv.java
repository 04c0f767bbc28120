package vn.dangvu.importing;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reading and writing the CSV of INTERCHANGE.md: UTF-8 (a byte order mark is accepted on input, never written),
 * RFC 4180 quoting, one header row, {@code \n} line ends on output, an empty cell for no value.
 */
final class InterchangeCsv {

	/*
	 * Empty lines are not skipped by the parser but by us, so that the parser's line counter stays exact and every
	 * row can be reported by its physical line, quoted line breaks included.
	 */
	private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private InterchangeCsv() {
	}

	/**
	 * Reads the file row by row, handing each data row to {@code rows}. Problems of the header or of the file itself
	 * go to the report; answers false when the rows could not be read (then none, or only some, were handed over).
	 */
	static boolean read(Path file, CsvLayout layout, ImportReport report, Consumer<CsvRow> rows) {
		report.reading(layout.fileName());
		long line = 1;
		try (Reader reader = withoutByteOrderMark(Files.newBufferedReader(file, StandardCharsets.UTF_8));
				CSVParser parser = READ.parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				report.add(ImportError.inFile(layout.fileName(), "Tệp trống: thiếu dòng tiêu đề."));
				return false;
			}
			List<String> header = records.next().toList();
			List<ImportError> headerErrors = layout.checkHeader(header);
			if (!headerErrors.isEmpty()) {
				headerErrors.forEach(report::add);
				return false;
			}
			while (true) {
				line = parser.getCurrentLineNumber() + 1;
				if (!records.hasNext()) {
					return true;
				}
				CSVRecord record = records.next();
				if (record.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (record.size() != header.size()) {
					report.add(new ImportError(layout.fileName(), line, null,
							"Dòng có " + record.size() + " ô, dòng tiêu đề có " + header.size() + " cột."));
					continue;
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					cells.put(header.get(i).strip(), record.get(i));
				}
				rows.accept(new CsvRow(layout.fileName(), line, cells));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// the parser wraps what the reader throws; a decoding error means the file is not UTF-8
			Throwable cause = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
			String reason = cause instanceof CharacterCodingException ? "Tệp không phải văn bản UTF-8."
					: "Không đọc được tệp từ dòng này (dấu ngoặc kép không khớp?).";
			report.add(new ImportError(layout.fileName(), line, null, reason));
			return false;
		}
	}

	/** Writes the header row in the layout's column order, then the rows (each one cell per column). */
	static void write(Path file, CsvLayout layout, List<List<String>> rows) {
		try (RowWriter writer = open(file, layout)) {
			rows.forEach(writer::write);
		}
	}

	/**
	 * Opens the file for writing row by row, the header row written: for files too large to hold in memory (the
	 * generated member_events.csv). Same format as {@link #write}.
	 */
	static RowWriter open(Path file, CsvLayout layout) {
		try {
			Writer writer = new BufferedWriter(
					new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8.newEncoder()), 1 << 16);
			RowWriter rows = new RowWriter(file, new CSVPrinter(writer, WRITE));
			rows.write(layout.columns());
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Không ghi được " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** A file of {@link #open}: one row per call, closed (and flushed) at the end. */
	static final class RowWriter implements AutoCloseable {

		private final Path file;

		private final CSVPrinter printer;

		private RowWriter(Path file, CSVPrinter printer) {
			this.file = file;
			this.printer = printer;
		}

		/** Writes one row, one cell per column; {@code null} cells are written empty. */
		void write(List<String> row) {
			try {
				printer.printRecord(row);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Không ghi được " + file + ": " + ex.getMessage(), ex);
			}
		}

		@Override
		public void close() {
			try {
				printer.close(true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Không ghi được " + file + ": " + ex.getMessage(), ex);
			}
		}

	}

	private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != BYTE_ORDER_MARK) {
			reader.reset();
		}
		return reader;
	}

}
