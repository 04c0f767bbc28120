package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterchangeCsvTests {

	static final String HEADER = "code,name,type,field,parent_code,established_on";

	@TempDir
	Path dir;

	List<CsvRow> read(String content, ImportReport report) throws Exception {
		Path file = dir.resolve("organizations.csv");
		Files.write(file, content.getBytes(StandardCharsets.UTF_8));
		List<CsvRow> rows = new ArrayList<>();
		InterchangeCsv.read(file, OrganizationFiles.ORGANIZATIONS, report, rows::add);
		return rows;
	}

	@Test
	void skipsAByteOrderMarkAndReadsQuotedCommasAndQuotes() throws Exception {
		ImportReport report = new ImportReport(false);
		List<CsvRow> rows = read("\uFEFF" + HEADER + "\n"
				+ "CT.1,\"Chi bộ 1, ấp \"\"Bình An\"\"\",CELL,RESIDENTIAL,CT,2020-01-01\n", report);
		assertThat(report.succeeded()).isTrue();
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.text("code")).isEqualTo("CT.1");
			assertThat(row.text("name")).isEqualTo("Chi bộ 1, ấp \"Bình An\"");
			assertThat(row.line()).isEqualTo(2);
		});
	}

	@Test
	void numbersRowsByThePhysicalLineTheyStartOn() throws Exception {
		ImportReport report = new ImportReport(false);
		List<CsvRow> rows = read(HEADER + "\r\n" + "A,Tên A,PROVINCE,OTHER,,2020-01-01\r\n" + "\r\n"
				+ "B,\"Tên\r\nhai dòng\",CELL,OTHER,A,2020-01-01\r\n" + "C,Tên C,CELL,OTHER,A,2020-01-01", report);
		assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 4L, 6L);
	}

	@Test
	void reportsARowWithTheWrongNumberOfCells() throws Exception {
		ImportReport report = new ImportReport(false);
		List<CsvRow> rows = read(HEADER + "\nA,Tên A,PROVINCE,OTHER,2020-01-01\nB,Tên B,CELL,OTHER,A,2020-01-01\n",
				report);
		assertThat(rows).extracting(CsvRow::line).containsExactly(3L);
		assertThat(report.errors()).extracting(ImportError::toString)
			.containsExactly("organizations.csv:2: Dòng có 5 ô, dòng tiêu đề có 6 cột.");
	}

	@Test
	void reportsAFileThatIsNotUtf8() throws Exception {
		ImportReport report = new ImportReport(false);
		Path file = dir.resolve("organizations.csv");
		// "Tên" in ISO-8859-1: the lone byte 0xEA is not UTF-8
		Files.write(file, (HEADER + "\nA,T\u00EAn,PROVINCE,OTHER,,2020-01-01\n").getBytes(StandardCharsets.ISO_8859_1));
		InterchangeCsv.read(file, OrganizationFiles.ORGANIZATIONS, report, row -> {
		});
		assertThat(report.errors()).extracting(ImportError::reason).containsExactly("Tệp không phải văn bản UTF-8.");
	}

	@Test
	void writesTheHeaderInLayoutOrderWithLineFeedsWithoutByteOrderMark() throws Exception {
		Path file = dir.resolve("organizations.csv");
		InterchangeCsv.write(file, OrganizationFiles.ORGANIZATIONS,
				List.of(Arrays.asList("A", "Đảng bộ \"A\", mới", "PROVINCE", "OTHER", null, "2020-01-01")));
		assertThat(Files.readString(file))
			.isEqualTo(HEADER + "\nA,\"Đảng bộ \"\"A\"\", mới\",PROVINCE,OTHER,,2020-01-01\n");
		assertThat(Files.readAllBytes(file)[0]).isEqualTo((byte) 'c');
	}

}
