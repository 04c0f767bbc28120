package vn.dangvu.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.common.time.Dates;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.MemberHistory;
import vn.dangvu.member.PoliticalTheory;
import vn.dangvu.member.ProfessionalLevel;

/**
 * The Excel list of members officers fill in (Vietnamese column headers, one member a row, with the admission and the
 * recognition): the template, and reading a filled one into member histories with every bad cell reported.
 */
final class MemberWorkbook {

	/** The columns, in the template's order. */
	enum Column {

		MEMBER_NO("Số hồ sơ", true), FULL_NAME("Họ và tên", true), GENDER("Giới tính (Nam/Nữ)", true),
		BIRTH_DATE("Ngày sinh (dd/MM/yyyy)", true), ETHNICITY("Dân tộc", true), RELIGION("Tôn giáo", false),
		EDUCATION("Giáo dục phổ thông", false), PROFESSIONAL_LEVEL("Trình độ chuyên môn", false),
		POLITICAL_THEORY("Lý luận chính trị", false), CARD_NO("Số thẻ đảng viên", false),
		NATIONAL_ID("Số định danh cá nhân", false), ORG_CODE("Mã chi bộ kết nạp", true),
		ADMISSION_DECISION_NO("Số quyết định kết nạp", false),
		ADMISSION_DECISION_DATE("Ngày quyết định kết nạp", false), CEREMONY("Ngày kết nạp (lễ)", true),
		OFFICIAL_ON("Ngày chính thức", false);

		final String header;

		final boolean required;

		Column(String header, boolean required) {
			this.header = header;
			this.required = required;
		}

	}

	static final String SHEET = "Danh sách đảng viên";

	static final Map<String, ProfessionalLevel> LEVELS = Map.of("chưa qua đào tạo", ProfessionalLevel.NONE, "trung cấp",
			ProfessionalLevel.VOCATIONAL, "cao đẳng", ProfessionalLevel.COLLEGE, "đại học", ProfessionalLevel.BACHELOR,
			"thạc sĩ", ProfessionalLevel.MASTER, "tiến sĩ", ProfessionalLevel.DOCTOR);

	static final Map<String, PoliticalTheory> THEORY = Map.of("chưa qua đào tạo", PoliticalTheory.NONE, "sơ cấp",
			PoliticalTheory.ELEMENTARY, "trung cấp", PoliticalTheory.INTERMEDIATE, "cao cấp", PoliticalTheory.ADVANCED,
			"cử nhân", PoliticalTheory.ADVANCED);

	/** One row read: the history, or the problems of its cells; {@code row} is the spreadsheet's row number. */
	record ReadRow(int row, String memberNo, String fullName, MemberHistory history, List<ImportError> errors) {
	}

	private MemberWorkbook() {
	}

	static void template(OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "Dang Vu", "1.0");
			Worksheet sheet = workbook.newWorksheet(SHEET);
			for (Column c : Column.values()) {
				sheet.value(0, c.ordinal(), c.header);
				sheet.style(0, c.ordinal()).bold().fillColor(c.required ? "FDECEA" : "EEF1F4").set();
				sheet.width(c.ordinal(), Math.max(14, c.header.length() + 2));
			}
			String[] example = { "HS000001", "Nguyễn Thị Mẫu", "Nữ", "15/04/1990", "Kinh", "", "12/12", "Đại học", "Sơ cấp",
					"", "", "(mã chi bộ)", "12-QĐ/ĐU", "02/03/2015", "20/03/2015", "20/03/2016" };
			for (int i = 0; i < example.length; i++) {
				sheet.value(1, i, example[i]);
				sheet.style(1, i).italic().fontColor("888888").set();
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads the first sheet; a header that is not the template's is one error of row 1. */
	static List<ReadRow> read(byte[] bytes, String fileName) {
		List<ReadRow> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			List<Row> all = workbook.getFirstSheet().read();
			if (all.isEmpty()) {
				rows.add(new ReadRow(1, null, null, null, List.of(new ImportError(fileName, 1, null, "Tệp không có dòng nào."))));
				return rows;
			}
			Row header = all.get(0);
			for (Column c : Column.values()) {
				String text = header.getCellAsString(c.ordinal()).map(VietnameseText::normalize).orElse("");
				if (!text.equals(c.header)) {
					rows.add(new ReadRow(1, null, null, null, List.of(new ImportError(fileName, 1, c.header,
							"Cột " + (c.ordinal() + 1) + " phải là \"" + c.header + "\" (hãy dùng tệp mẫu)."))));
					return rows;
				}
			}
			for (Row row : all.subList(1, all.size())) {
				if (row.stream().allMatch(cell -> cell == null || cell.getType() == CellType.EMPTY
						|| cell.getText() == null || cell.getText().isBlank())) {
					continue;
				}
				rows.add(readRow(row, fileName));
			}
		}
		catch (IOException | RuntimeException ex) {
			rows.add(new ReadRow(0, null, null, null,
					List.of(new ImportError(fileName, 0, null, "Không đọc được tệp Excel (.xlsx)."))));
		}
		return rows;
	}

	private static ReadRow readRow(Row row, String file) {
		int number = row.getRowNum();
		List<ImportError> errors = new ArrayList<>();
		String memberNo = text(row, Column.MEMBER_NO);
		String fullName = text(row, Column.FULL_NAME);
		for (Column c : Column.values()) {
			if (c.required && text(row, c) == null && date(row, c).isEmpty()) {
				errors.add(new ImportError(file, number, c.header, "Ô bắt buộc đang trống."));
			}
		}
		Gender gender = null;
		String g = text(row, Column.GENDER);
		if (g != null) {
			gender = switch (VietnameseText.fold(g)) {
				case "nam", "male" -> Gender.MALE;
				case "nu", "female" -> Gender.FEMALE;
				default -> {
					errors.add(new ImportError(file, number, Column.GENDER.header, "Giới tính phải là Nam hoặc Nữ."));
					yield null;
				}
			};
		}
		LocalDate birth = date(row, Column.BIRTH_DATE, errors, file, number);
		ProfessionalLevel level = choice(row, Column.PROFESSIONAL_LEVEL, LEVELS, errors, file, number);
		PoliticalTheory theory = choice(row, Column.POLITICAL_THEORY, THEORY, errors, file, number);
		LocalDate decisionDate = date(row, Column.ADMISSION_DECISION_DATE, errors, file, number);
		LocalDate ceremony = date(row, Column.CEREMONY, errors, file, number);
		LocalDate official = date(row, Column.OFFICIAL_ON, errors, file, number);
		if (!errors.isEmpty()) {
			return new ReadRow(number, memberNo, fullName, null, errors);
		}
		MemberFile memberFile = new MemberFile(memberNo, fullName, gender, birth, text(row, Column.ETHNICITY),
				text(row, Column.RELIGION), text(row, Column.EDUCATION), level, theory, text(row, Column.CARD_NO),
				text(row, Column.NATIONAL_ID), null, null, null, null);
		List<LedgerEvent> events = new ArrayList<>();
		events.add(new LedgerEvent(MemberEventType.ADMITTED, ceremony, text(row, Column.ORG_CODE),
				text(row, Column.ADMISSION_DECISION_NO), decisionDate, null));
		if (official != null) {
			events.add(new LedgerEvent(MemberEventType.RECOGNIZED, official, null, null, null, null));
		}
		return new ReadRow(number, memberNo, fullName, new MemberHistory(memberFile, events), List.of());
	}

	private static String text(Row row, Column c) {
		Optional<Cell> cell = row.getOptionalCell(c.ordinal());
		if (cell.isEmpty() || cell.get().getType() == CellType.EMPTY) {
			return null;
		}
		String value = cell.get().getType() == CellType.NUMBER ? plain(cell.get().asNumber()) : cell.get().getText();
		value = VietnameseText.normalize(value);
		return value == null || value.isEmpty() ? null : value;
	}

	/** A number typed in a text column (a card or member number) without ".0" or exponent. */
	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	private static Optional<LocalDate> date(Row row, Column c) {
		Optional<Cell> cell = row.getOptionalCell(c.ordinal());
		if (cell.isEmpty() || cell.get().getType() == CellType.EMPTY) {
			return Optional.empty();
		}
		if (cell.get().getType() == CellType.NUMBER) {
			try {
				return Optional.of(cell.get().asDate().toLocalDate());
			}
			catch (RuntimeException ex) {
				return Optional.empty();
			}
		}
		return Dates.parse(cell.get().getText());
	}

	private static LocalDate date(Row row, Column c, List<ImportError> errors, String file, int number) {
		Optional<LocalDate> date = date(row, c);
		if (date.isEmpty() && text(row, c) != null) {
			errors.add(new ImportError(file, number, c.header, "Ngày không hợp lệ: \"" + text(row, c)
					+ "\" (cần dạng dd/MM/yyyy, ví dụ 31/01/2020)."));
		}
		return date.orElse(null);
	}

	private static <T> T choice(Row row, Column c, Map<String, T> values, List<ImportError> errors, String file,
			int number) {
		String value = text(row, c);
		if (value == null) {
			return null;
		}
		T found = values.get(value.toLowerCase(java.util.Locale.ROOT));
		if (found == null) {
			errors.add(new ImportError(file, number, c.header, "Giá trị không hợp lệ: \"" + value + "\"; dùng một trong: "
					+ String.join(", ", values.keySet().stream().sorted().toList()) + "."));
		}
		return found;
	}

}
