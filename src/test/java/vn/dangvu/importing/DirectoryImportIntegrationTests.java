package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.RestructuringOperation;
import vn.dangvu.organization.RestructuringView;

/**
 * Importing organizations.csv and restructurings.csv into PostgreSQL. The tests share the class's database, so each
 * uses codes of its own (a letter of its own as the root).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DirectoryImportIntegrationTests {

	static final String ORGANIZATIONS_HEADER = "code,name,type,field,parent_code,established_on";

	static final String RESTRUCTURINGS_HEADER = "decision_no,decision_date,effective_on,operation,subject_codes,"
			+ "target_code,new_name,new_type,new_parent_code";

	@Autowired
	DirectoryImport imports;

	@Autowired
	Organizations organizations;

	@TempDir
	Path dir;

	void write(String file, String... lines) throws IOException {
		Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
	}

	OrganizationView on(String code, String date) {
		return organizations.find(code, LocalDate.parse(date)).orElseThrow(() -> new AssertionError(code + " on " + date));
	}

	boolean existsOn(String code, String date) {
		return organizations.find(code, LocalDate.parse(date)).isPresent();
	}

	/** A second merge into a target that an earlier row created finds it existing (it does not create it again). */
	@Test
	void mergesTwiceIntoATargetCreatedByTheFirstMerge() throws IOException {
		write("organizations.csv", ORGANIZATIONS_HEADER,
				"MM,Đảng bộ tỉnh Hai Lần,PROVINCE,OTHER,,2010-01-01",
				"MM.1,Chi bộ Một,GRASSROOTS_CELL,WARD,MM,2010-01-01",
				"MM.2,Chi bộ Hai,GRASSROOTS_CELL,WARD,MM,2010-01-01",
				"MM.3,Chi bộ Ba,GRASSROOTS_CELL,WARD,MM,2010-01-01");
		write("restructurings.csv", RESTRUCTURINGS_HEADER,
				"1-QĐ/TU,2020-06-20,2020-07-01,MERGE,MM.1;MM.2,MM.N,Chi bộ Mới,GRASSROOTS_CELL,MM",
				"2-QĐ/TU,2021-06-20,2021-07-01,MERGE,MM.3,MM.N,,,");

		ImportReport report = imports.importDirectory(dir, false);

		assertThat(report.errors()).isEmpty();
		assertThat(existsOn("MM.3", "2021-06-30")).isTrue();
		assertThat(existsOn("MM.3", "2021-07-01")).isFalse();
		assertThat(organizations.predecessors("MM.N")).extracting(vn.dangvu.organization.LineageLink::code)
			.containsExactly("MM.1", "MM.2", "MM.3");
	}

	@Test
	void importsATreeAndItsRestructuringsEachFromItsEffectiveDate() throws IOException {
		write("organizations.csv", ORGANIZATIONS_HEADER,
				"A,Đảng bộ tỉnh A,PROVINCE,OTHER,,2010-01-01",
				// a child before its parent: established after it all the same
				"A.H1.X1.C1,Chi bộ ấp 1,CELL,RESIDENTIAL,A.H1.X1,2012-03-01",
				"A.H1,Đảng bộ huyện Một,UPPER_GRASSROOTS,OTHER,A,2010-01-01",
				"A.H2,Đảng bộ huyện Hai,UPPER_GRASSROOTS,OTHER,A,2010-01-01",
				"A.H1.X1,Đảng bộ xã Hòa An,GRASSROOTS_COMMITTEE,COMMUNE,A.H1,2012-03-01",
				"A.H1.X2,Đảng bộ xã Hòa Bình,GRASSROOTS_COMMITTEE,COMMUNE,A.H1,2012-03-01",
				"A.H2.C9,Chi bộ cơ quan huyện,GRASSROOTS_CELL,STATE_AGENCY,A.H2,2013-01-01");
		write("restructurings.csv", RESTRUCTURINGS_HEADER,
				"10-QĐ/TU,2018-05-20,2018-06-01,RENAME,A.H1.X2,,Đảng bộ xã Hòa Bình Mới,,",
				"11-QĐ/TU,2019-01-10,2019-02-01,MOVE,A.H1.X2,,,,A.H2",
				"12-QĐ/TU,2020-06-20,2020-07-01,MERGE,A.H1.X1;A.H2.C9,A.HOAAN,Đảng bộ xã Hòa An mới,GRASSROOTS_COMMITTEE,A.H2",
				"13-QĐ/TU,2021-01-05,2021-02-01,DISSOLVE,A.H1,,,,",
				"14-QĐ/TU,2022-03-01,2022-04-01,CHANGE_TYPE,A.H2,,,GRASSROOTS_COMMITTEE,");

		ImportReport report = imports.importDirectory(dir, false);

		assertThat(report.errors()).isEmpty();
		assertThat(report.imported("organizations.csv")).isEqualTo(7);
		assertThat(report.imported("restructurings.csv")).isEqualTo(5);
		assertThat(report.summary())
			.isEqualTo("Đã nhập. organizations.csv: 7 mới, 0 đã có; restructurings.csv: 5 mới, 0 đã có.");

		assertThat(on("A.H1.X1.C1", "2012-03-01").parentCode()).isEqualTo("A.H1.X1");
		// RENAME
		assertThat(on("A.H1.X2", "2018-05-31").name()).isEqualTo("Đảng bộ xã Hòa Bình");
		assertThat(on("A.H1.X2", "2018-06-01").name()).isEqualTo("Đảng bộ xã Hòa Bình Mới");
		// MOVE
		assertThat(on("A.H1.X2", "2019-01-31").parentCode()).isEqualTo("A.H1");
		assertThat(on("A.H1.X2", "2019-02-01").parentCode()).isEqualTo("A.H2");
		// MERGE into a target it creates, with the field of the first subject
		assertThat(existsOn("A.HOAAN", "2020-06-30")).isFalse();
		assertThat(on("A.HOAAN", "2020-07-01")).extracting(OrganizationView::name, OrganizationView::type,
				OrganizationView::field, OrganizationView::parentCode)
			.containsExactly("Đảng bộ xã Hòa An mới", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.COMMUNE,
					"A.H2");
		assertThat(existsOn("A.H1.X1", "2020-06-30")).isTrue();
		assertThat(existsOn("A.H1.X1", "2020-07-01")).isFalse();
		assertThat(existsOn("A.H2.C9", "2020-07-01")).isFalse();
		assertThat(on("A.H1.X1.C1", "2020-06-30").parentCode()).isEqualTo("A.H1.X1");
		assertThat(on("A.H1.X1.C1", "2020-07-01").parentCode()).isEqualTo("A.HOAAN");
		// DISSOLVE
		assertThat(existsOn("A.H1", "2021-01-31")).isTrue();
		assertThat(existsOn("A.H1", "2021-02-01")).isFalse();
		// CHANGE_TYPE
		assertThat(on("A.H2", "2022-03-31").type()).isEqualTo(OrganizationType.UPPER_GRASSROOTS);
		assertThat(on("A.H2", "2022-04-01").type()).isEqualTo(OrganizationType.GRASSROOTS_COMMITTEE);
		assertThat(organizations.subtreeCodes("A", LocalDate.parse("2022-04-01")))
			.containsExactlyInAnyOrder("A", "A.H2", "A.H1.X2", "A.HOAAN", "A.H1.X1.C1");

		// organizations.csv has no decision: the establishment is recorded on an unknown one of that day
		assertThat(organizations.decisions("A.H2.C9")).first().satisfies(establishment -> {
			assertThat(establishment.operation()).isEqualTo(RestructuringOperation.ESTABLISH);
			assertThat(establishment.decision().number()).isEqualTo(OrganizationTreeImport.UNKNOWN_DECISION_NO);
			assertThat(establishment.decision().date()).isEqualTo(LocalDate.of(2013, 1, 1));
		});
		assertThat(organizations.decisions("A.H2.C9")).extracting(RestructuringView::operation)
			.containsExactly(RestructuringOperation.ESTABLISH, RestructuringOperation.MERGE);
	}

	/**
	 * Renames and changes of type with nothing else between them are checked one by one and written together: each
	 * sees the periods the earlier ones left, and a run after a move sees the tree as the move left it.
	 */
	@Test
	void appliesARunOfRenamesAndChangesOfTypeInFileOrder() throws IOException {
		write("organizations.csv", ORGANIZATIONS_HEADER,
				"R,Đảng bộ tỉnh R,PROVINCE,OTHER,,2010-01-01",
				"R.H1,Đảng bộ huyện Một,UPPER_GRASSROOTS,OTHER,R,2010-01-01",
				"R.H2,Đảng bộ huyện Hai,UPPER_GRASSROOTS,OTHER,R,2010-01-01",
				"R.H1.X1,Đảng bộ xã Một,GRASSROOTS_COMMITTEE,COMMUNE,R.H1,2010-01-01",
				"R.C1,Chi bộ ấp Một,CELL,RESIDENTIAL,R.H2,2010-01-01");
		write("restructurings.csv", RESTRUCTURINGS_HEADER,
				"60-QĐ/TU,2015-01-10,2015-02-01,RENAME,R.H1,,Đảng bộ huyện Một A,,",
				"61-QĐ/TU,2018-01-10,2018-02-01,RENAME,R.C1,,Chi bộ ấp Một Mới,,",
				// back-dated: carried through the rename of 2018 (the type had not changed there)
				"62-QĐ/TU,2016-01-10,2016-02-29,CHANGE_TYPE,R.C1,,,GRASSROOTS_CELL,",
				// the same organization again in the run: it sees the name the first row gave
				"63-QĐ/TU,2019-01-10,2019-02-01,RENAME,R.H1,,Đảng bộ huyện Một B,,",
				"64-QĐ/TU,2017-01-10,2017-02-01,MOVE,R.H1.X1,,,,R.H2",
				// after the move R.H1 has no children: it may become a cell
				"65-QĐ/TU,2017-05-10,2017-06-01,CHANGE_TYPE,R.H1,,,GRASSROOTS_CELL,");

		ImportReport report = imports.importDirectory(dir, false);

		assertThat(report.errors()).isEmpty();
		assertThat(report.imported("restructurings.csv")).isEqualTo(6);
		assertThat(on("R.H1", "2015-01-31").name()).isEqualTo("Đảng bộ huyện Một");
		assertThat(on("R.H1", "2015-02-01").name()).isEqualTo("Đảng bộ huyện Một A");
		assertThat(on("R.H1", "2019-02-01").name()).isEqualTo("Đảng bộ huyện Một B");
		assertThat(on("R.H1", "2017-05-31").type()).isEqualTo(OrganizationType.UPPER_GRASSROOTS);
		// the change of type of 2017 is carried through the rename of 2019
		assertThat(on("R.H1", "2019-02-01").type()).isEqualTo(OrganizationType.GRASSROOTS_CELL);
		assertThat(on("R.C1", "2016-02-28").type()).isEqualTo(OrganizationType.CELL);
		assertThat(on("R.C1", "2016-02-29")).extracting(OrganizationView::name, OrganizationView::type)
			.containsExactly("Chi bộ ấp Một", OrganizationType.GRASSROOTS_CELL);
		assertThat(on("R.C1", "2018-02-01")).extracting(OrganizationView::name, OrganizationView::type)
			.containsExactly("Chi bộ ấp Một Mới", OrganizationType.GRASSROOTS_CELL);
		assertThat(on("R.H1.X1", "2017-02-01").parentCode()).isEqualTo("R.H2");
		// its establishment, its child's (it is the new parent there), then the rows in file order
		assertThat(organizations.decisions("R.H1")).extracting(r -> r.decision().number())
			.containsExactly(OrganizationTreeImport.UNKNOWN_DECISION_NO, OrganizationTreeImport.UNKNOWN_DECISION_NO,
					"60-QĐ/TU", "63-QĐ/TU", "65-QĐ/TU");
		assertThat(organizations.subtreeCodes("R", LocalDate.parse("2020-01-01")))
			.containsExactlyInAnyOrder("R", "R.H1", "R.H2", "R.H1.X1", "R.C1");

		// the same files again: every row is already there
		ImportReport again = imports.importDirectory(dir, false);
		assertThat(again.errors()).isEmpty();
		assertThat(again.imported("restructurings.csv")).isZero();
	}

	/** A refused rename or change of type in a run is reported on its row and column; nothing is written. */
	@Test
	void reportsTheRefusedRowsOfARunOfRenamesAndChangesOfType() throws IOException {
		write("organizations.csv", ORGANIZATIONS_HEADER,
				"Q,Đảng bộ tỉnh Q,PROVINCE,OTHER,,2010-01-01",
				"Q.H1,Đảng bộ huyện Một,UPPER_GRASSROOTS,OTHER,Q,2010-01-01",
				"Q.H1.X1,Đảng bộ xã Một,GRASSROOTS_COMMITTEE,COMMUNE,Q.H1,2010-01-01");
		write("restructurings.csv", RESTRUCTURINGS_HEADER,
				"70-QĐ/TU,2015-01-10,2015-02-01,RENAME,Q.H1,,Đảng bộ huyện Một A,,",
				"71-QĐ/TU,2016-01-10,2016-02-01,RENAME,Q.H1,,Đảng bộ huyện  Một A,,",
				"72-QĐ/TU,2016-01-10,2016-02-01,CHANGE_TYPE,Q.H1,,,CELL,",
				"73-QĐ/TU,2016-01-10,2016-02-01,RENAME,Q.NONE,,Đảng bộ mới,,",
				"74-QĐ/TU,2009-01-10,2009-02-01,CHANGE_TYPE,Q.H1.X1,,,GRASSROOTS_CELL,",
				"75-QĐ/TU,2016-01-10,2016-02-01,CHANGE_TYPE,Q.H1.X1,,,GRASSROOTS_COMMITTEE,");

		ImportReport report = imports.importDirectory(dir, false);

		assertThat(report.errors()).extracting(ImportError::toString).containsExactly(
				"restructurings.csv:3: new_name: Tổ chức đã mang tên này vào ngày hiệu lực.",
				"restructurings.csv:4: new_type: Tổ chức còn tổ chức trực thuộc nên không thể chuyển thành chi bộ.",
				"restructurings.csv:5: subject_codes: Không có tổ chức mã Q.NONE.",
				"restructurings.csv:6: subject_codes: Tổ chức Q.H1.X1 không tồn tại vào ngày 01/02/2009.",
				"restructurings.csv:7: new_type: Tổ chức đã thuộc loại này vào ngày hiệu lực.");
		assertThat(organizations.exists("Q")).isFalse();
		assertThat(organizations.allRestructurings())
			.noneMatch(r -> List.of("70-QĐ/TU", "71-QĐ/TU", "72-QĐ/TU", "73-QĐ/TU", "74-QĐ/TU", "75-QĐ/TU")
				.contains(r.decision().number()));
	}

	/**
	 * Moves with nothing else between them are checked one by one and written together: each sees the tree the earlier
	 * ones left (a move under what an earlier row put below it is a loop), and a refused row is reported on its line.
	 */
	@Test
	void appliesARunOfMovesInFileOrderAndReportsTheRefusedOnes() throws IOException {
		write("organizations.csv", ORGANIZATIONS_HEADER,
				"M,Đảng bộ tỉnh M,PROVINCE,OTHER,,2010-01-01",
				"N,Đảng bộ tỉnh N,PROVINCE,OTHER,,2010-01-01",
				"M.H1,Đảng bộ huyện Một,UPPER_GRASSROOTS,OTHER,M,2010-01-01",
				"M.H2,Đảng bộ huyện Hai,UPPER_GRASSROOTS,OTHER,M,2010-01-01",
				"M.H1.X1,Đảng bộ xã Một,GRASSROOTS_COMMITTEE,COMMUNE,M.H1,2010-01-01",
				"M.H1.X1.C1,Chi bộ ấp Một,CELL,RESIDENTIAL,M.H1.X1,2010-01-01",
				"M.H2.C2,Chi bộ ấp Hai,CELL,RESIDENTIAL,M.H2,2010-01-01");
		write("restructurings.csv", RESTRUCTURINGS_HEADER,
				"80-QĐ/TU,2015-01-10,2015-02-01,MOVE,M.H1.X1,,,,M.H2",
				// a loop only in the tree the row before left: M.H1.X1 is now under M.H2
				"81-QĐ/TU,2015-03-10,2015-04-01,MOVE,M.H2,,,,M.H1.X1",
				// no loop on its day, but carried on to the days M.H1.X1 is under M.H2 it would be one
				"82-QĐ/TU,2014-03-10,2014-04-01,MOVE,M.H2,,,,M.H1.X1",
				"83-QĐ/TU,2016-01-10,2016-02-01,MOVE,M.H1,,,,N",
				"84-QĐ/TU,2016-01-10,2016-02-01,MOVE,M.H1.X1,,,,M.H2",
				"85-QĐ/TU,2016-01-10,2016-02-01,MOVE,M.NONE,,,,M.H2",
				"86-QĐ/TU,2009-01-10,2009-02-01,MOVE,M.H2.C2,,,,M.H1",
				// the subtree moved by the first row goes on with it to the other province
				"87-QĐ/TU,2017-01-10,2017-02-01,MOVE,M.H2,,,,N",
				// a second move of the same organization in the run sees the first
				"88-QĐ/TU,2018-01-10,2018-02-01,MOVE,M.H1.X1,,,,M.H1",
				"89-QĐ/TU,2019-01-10,2019-02-01,MOVE,M.H2.C2,,,,M.H1.X1.C1");

		ImportReport report = imports.importDirectory(dir, false);

		assertThat(report.errors()).extracting(ImportError::toString).containsExactly(
				"restructurings.csv:3: new_parent_code: Không thể chuyển một tổ chức về trực thuộc chính nó hoặc tổ "
						+ "chức cấp dưới của nó.",
				"restructurings.csv:4: new_parent_code: Không thể chuyển: từ ngày 01/02/2015, theo một quyết định đã "
						+ "ghi, tổ chức cấp trên mới M.H1.X1 là cấp dưới của tổ chức được chuyển.",
				"restructurings.csv:6: new_parent_code: Tổ chức đã trực thuộc tổ chức này vào ngày hiệu lực.",
				"restructurings.csv:7: subject_codes: Không có tổ chức mã M.NONE.",
				"restructurings.csv:8: subject_codes: Tổ chức M.H2.C2 không tồn tại vào ngày 01/02/2009.",
				"restructurings.csv:11: new_parent_code: Tổ chức cấp trên M.H1.X1.C1 là chi bộ: chi bộ không có tổ "
						+ "chức đảng trực thuộc.");
		assertThat(organizations.exists("M")).isFalse();

		ImportReport good = importWithout(3, 4, 6, 7, 8, 11);
		assertThat(good.errors()).isEmpty();
		assertThat(good.imported("restructurings.csv")).isEqualTo(4);
		assertThat(on("M.H1.X1", "2015-01-31").parentCode()).isEqualTo("M.H1");
		assertThat(on("M.H1.X1", "2015-02-01").parentCode()).isEqualTo("M.H2");
		assertThat(on("M.H1.X1", "2018-02-01").parentCode()).isEqualTo("M.H1");
		// the closure of every day: the subtrees as the moves left them, the cell going along with its commune
		assertThat(organizations.subtreeCodes("M", LocalDate.parse("2015-02-01")))
			.containsExactlyInAnyOrder("M", "M.H1", "M.H2", "M.H1.X1", "M.H1.X1.C1", "M.H2.C2");
		assertThat(organizations.subtreeCodes("M.H2", LocalDate.parse("2015-02-01")))
			.containsExactlyInAnyOrder("M.H2", "M.H1.X1", "M.H1.X1.C1", "M.H2.C2");
		assertThat(organizations.subtreeCodes("N", LocalDate.parse("2016-02-01")))
			.containsExactlyInAnyOrder("N", "M.H1");
		assertThat(organizations.subtreeCodes("N", LocalDate.parse("2017-02-01")))
			.containsExactlyInAnyOrder("N", "M.H1", "M.H2", "M.H1.X1", "M.H1.X1.C1", "M.H2.C2");
		assertThat(organizations.subtreeCodes("M.H1", LocalDate.parse("2018-02-01")))
			.containsExactlyInAnyOrder("M.H1", "M.H1.X1", "M.H1.X1.C1");
		assertThat(organizations.subtreeCodes("M", LocalDate.parse("2018-02-01"))).containsExactly("M");
		assertThat(organizations.decisions("M.H1.X1")).extracting(r -> r.decision().number())
			.containsExactly(OrganizationTreeImport.UNKNOWN_DECISION_NO, OrganizationTreeImport.UNKNOWN_DECISION_NO,
					"80-QĐ/TU", "88-QĐ/TU");

		// the same files again: every row is already there
		assertThat(imports.importDirectory(dir, false).imported("restructurings.csv")).isZero();
	}

	/**
	 * A merge that, with a move recorded for a later day, would put its target under itself is refused on its row
	 * (the tree's closure finds the loop); the rows after it are still checked.
	 */
	@Test
	void reportsAMergeThatWouldMakeALoopWithALaterMove() throws IOException {
		write("organizations.csv", ORGANIZATIONS_HEADER,
				"Y,Đảng bộ tỉnh Y,PROVINCE,OTHER,,2010-01-01",
				"Y.S,Đảng bộ huyện Một,UPPER_GRASSROOTS,OTHER,Y,2010-01-01",
				"Y.S.X,Đảng bộ xã Một,GRASSROOTS_COMMITTEE,COMMUNE,Y.S,2010-01-01",
				"Y.T,Đảng bộ phường Hai,GRASSROOTS_COMMITTEE,WARD,Y,2010-01-01");
		write("restructurings.csv", RESTRUCTURINGS_HEADER,
				"90-QĐ/TU,2022-12-10,2023-01-01,MOVE,Y.T,,,,Y.S.X",
				"91-QĐ/TU,2020-12-10,2021-01-01,MERGE,Y.S,Y.T,,,",
				"92-QĐ/TU,2023-12-10,2024-01-01,RENAME,Y.T,,Đảng bộ phường Hai Mới,,",
				"93-QĐ/TU,2024-12-10,2025-01-01,RENAME,Y.NONE,,Đảng bộ mới,,");

		ImportReport report = imports.importDirectory(dir, false);

		assertThat(report.errors()).extracting(ImportError::toString).containsExactly(
				"restructurings.csv:3: effective_on: Không thể thực hiện: cùng các quyết định đã ghi sau ngày hiệu lực, "
						+ "thay đổi này sẽ đặt một tổ chức trực thuộc cấp dưới của chính nó.",
				"restructurings.csv:5: subject_codes: Không có tổ chức mã Y.NONE.");
		assertThat(organizations.exists("Y")).isFalse();
	}

	/** Writes restructurings.csv again without the given lines (2 is the first row) and imports the folder. */
	ImportReport importWithout(int... lines) throws IOException {
		List<String> rows = new java.util.ArrayList<>(Files.readAllLines(dir.resolve("restructurings.csv")));
		for (int i = lines.length - 1; i >= 0; i--) {
			rows.remove(lines[i] - 1);
		}
		write("restructurings.csv", rows.toArray(String[]::new));
		return imports.importDirectory(dir, false);
	}

	@Test
	void reportsEveryBadRowByFileLineAndColumnAndWritesNothing() throws IOException {
		write("organizations.csv", ORGANIZATIONS_HEADER,
				"B,Đảng bộ tỉnh B,PROVINCE,OTHER,,2010-01-01",
				"B.H1,Đảng bộ huyện Một,DISTRICT,OTHER,B,2010-01-01",
				"B.H2,Đảng bộ huyện Hai,UPPER_GRASSROOTS,OTHER,B,2010-13-01",
				"B.H3,Đảng bộ huyện Ba,UPPER_GRASSROOTS,OTHER,B.NONE,2010-01-01",
				"B.H4,Đảng bộ huyện Bốn,UPPER_GRASSROOTS,OTHER,B,2010-01-01",
				"B.H4,Đảng bộ huyện Bốn lặp,UPPER_GRASSROOTS,OTHER,B,2010-01-01",
				"B.H4.X1,Đảng bộ xã Bốn,GRASSROOTS_COMMITTEE,COMMUNE,B.H4,2011-01-01",
				// under a row with an error: left out without a second error
				"B.H1.X1,Đảng bộ xã Một,GRASSROOTS_COMMITTEE,COMMUNE,B.H1,2011-01-01");
		write("restructurings.csv", RESTRUCTURINGS_HEADER,
				"20-QĐ/TU,2015-01-01,2015-02-01,DISSOLVE,B.H4,,,,",
				"21-QĐ/TU,2015-01-01,2015-02-01,RENAME,B.H4.X1,,,,",
				"22-QĐ/TU,2015-01-01,2015-02-01,MERGE,B.H4.X1,B.NEW,Đảng bộ mới,GRASSROOTS_COMMITTEE,",
				"23-QĐ/TU,2015-01-01,2015-02-01,SPLIT,B.H4.X1,,,,",
				// names a row with an error: left out without a second error
				"24-QĐ/TU,2015-01-01,2015-02-01,RENAME,B.H1,,Đảng bộ huyện Một Mới,,");

		ImportReport report = imports.importDirectory(dir, false);

		assertThat(report.succeeded()).isFalse();
		List<String> errors = report.errors().stream().map(ImportError::toString).toList();
		assertThat(errors).hasSize(8);
		assertThat(errors.get(0)).startsWith("organizations.csv:3: type: Giá trị không hợp lệ: \"DISTRICT\"");
		assertThat(errors.get(1)).startsWith("organizations.csv:4: established_on: Ngày không hợp lệ: \"2010-13-01\"");
		assertThat(errors.get(2)).startsWith("organizations.csv:5: parent_code: Không có tổ chức mã B.NONE");
		assertThat(errors.get(3)).isEqualTo("organizations.csv:7: code: Mã B.H4 đã có ở dòng 6 của tệp.");
		assertThat(errors.get(4)).startsWith("restructurings.csv:2: subject_codes: Không thể giải thể B.H4")
			.contains("còn 1 tổ chức trực thuộc");
		assertThat(errors.get(5)).startsWith("restructurings.csv:3: new_name: Thao tác RENAME cần cột này");
		assertThat(errors.get(6)).startsWith("restructurings.csv:4: new_parent_code: Tổ chức nhận sáp nhập B.NEW chưa có");
		assertThat(errors.get(7)).startsWith("restructurings.csv:5: operation: Giá trị không hợp lệ: \"SPLIT\"");
		assertThat(report.failureSummary()).isEqualTo("Nhập dữ liệu thất bại: 8 lỗi; không có gì được ghi.");

		for (String code : List.of("B", "B.H2", "B.H4", "B.H4.X1", "B.NEW")) {
			assertThat(organizations.exists(code)).as(code).isFalse();
		}
		assertThat(organizations.allRestructurings())
			.noneMatch(r -> List.of("20-QĐ/TU", "21-QĐ/TU", "22-QĐ/TU", "24-QĐ/TU").contains(r.decision().number()));
	}

	@Test
	void importingTheSameFolderTwiceChangesNothingTheSecondTime() throws IOException {
		write("organizations.csv", ORGANIZATIONS_HEADER,
				"C,Đảng bộ tỉnh C,PROVINCE,OTHER,,2010-01-01",
				"C.H1,Đảng bộ huyện Một,UPPER_GRASSROOTS,OTHER,C,2010-01-01",
				"C.H1.X1,Đảng bộ xã Một,GRASSROOTS_COMMITTEE,COMMUNE,C.H1,2010-01-01",
				"C.H1.X2,Đảng bộ xã Hai,GRASSROOTS_COMMITTEE,COMMUNE,C.H1,2010-01-01");
		write("restructurings.csv", RESTRUCTURINGS_HEADER,
				"30-QĐ/TU,2016-01-01,2016-02-01,RENAME,C.H1,,Đảng bộ quận Một,,",
				"31-QĐ/TU,2017-01-01,2017-02-01,MERGE,C.H1.X1;C.H1.X2,C.H1.P,Đảng bộ phường Mới,GRASSROOTS_COMMITTEE,C.H1");
		assertThat(imports.importDirectory(dir, false).errors()).isEmpty();
		int organizationsBefore = organizations.established().size();
		int restructuringsBefore = organizations.allRestructurings().size();

		ImportReport second = imports.importDirectory(dir, false);

		assertThat(second.errors()).isEmpty();
		assertThat(second.summary())
			.isEqualTo("Đã nhập. organizations.csv: 0 mới, 4 đã có; restructurings.csv: 0 mới, 2 đã có.");
		assertThat(organizations.established()).hasSize(organizationsBefore);
		assertThat(organizations.allRestructurings()).hasSize(restructuringsBefore);
	}

	@Test
	void refusesAnOrganizationAlreadyPresentWithOtherEstablishedData() throws IOException {
		write("organizations.csv", ORGANIZATIONS_HEADER, "G,Đảng bộ tỉnh G,PROVINCE,OTHER,,2010-01-01");
		assertThat(imports.importDirectory(dir, false).errors()).isEmpty();
		write("organizations.csv", ORGANIZATIONS_HEADER, "G,Đảng bộ tỉnh Gia,PROVINCE,OTHER,,2011-01-01");

		assertThat(imports.importDirectory(dir, false).errors()).extracting(ImportError::toString)
			.containsExactly("organizations.csv:2: name: Tổ chức G đã có trong cơ sở dữ liệu với tên \"Đảng bộ tỉnh G\".",
					"organizations.csv:2: established_on: Tổ chức G đã có trong cơ sở dữ liệu với ngày thành lập 2010-01-01.");
	}

	@Test
	void readsAByteOrderMarkAndQuotedNamesWithCommas() throws IOException {
		String content = "\uFEFF" + ORGANIZATIONS_HEADER + "\r\n"
				+ "E,\"Đảng bộ tỉnh E, khối \"\"Dân\"\"\",PROVINCE,OTHER,,2010-01-01\r\n"
				+ "E.1,\"Chi bộ 1, ấp Bình An\",GRASSROOTS_CELL,RESIDENTIAL,E,2010-01-01\r\n";
		Files.write(dir.resolve("organizations.csv"), content.getBytes(StandardCharsets.UTF_8));

		assertThat(imports.importDirectory(dir, false).errors()).isEmpty();

		assertThat(on("E", "2010-01-01").name()).isEqualTo("Đảng bộ tỉnh E, khối \"Dân\"");
		assertThat(on("E.1", "2010-01-01").name()).isEqualTo("Chi bộ 1, ấp Bình An");
	}

	@Test
	void aDryRunChecksAndCountsButWritesNothing() throws IOException {
		write("organizations.csv", ORGANIZATIONS_HEADER, "D,Đảng bộ tỉnh D,PROVINCE,OTHER,,2010-01-01",
				"D.1,Đảng bộ huyện,UPPER_GRASSROOTS,OTHER,D,2010-01-01");

		ImportReport report = imports.importDirectory(dir, true);

		assertThat(report.errors()).isEmpty();
		assertThat(report.summary()).isEqualTo("Chạy thử, không ghi gì. organizations.csv: 2 sẽ nhập, 0 đã có.");
		assertThat(organizations.exists("D")).isFalse();
	}

	@Test
	void aDryRunReportsTheErrorsTheImportWould() throws IOException {
		write("organizations.csv", ORGANIZATIONS_HEADER, "H,Đảng bộ tỉnh H,PROVINCE,OTHER,,2010-01-01",
				"H.1,Chi bộ,CELL,OTHER,H,2010-01-01", "H.1.1,Chi bộ con,CELL,OTHER,H.1,2010-01-01");

		ImportReport report = imports.importDirectory(dir, true);

		assertThat(report.errors()).extracting(ImportError::toString)
			.containsExactly("organizations.csv:4: parent_code: Tổ chức cấp trên H.1 là chi bộ: chi bộ không có tổ chức đảng trực thuộc.");
		assertThat(report.failureSummary()).isEqualTo("Kiểm tra thất bại: 1 lỗi; không có gì được ghi.");
		assertThat(organizations.exists("H")).isFalse();
	}

	@Test
	void establishesAnOrganizationUnderAMergeTargetAfterTheMerge() throws IOException {
		write("organizations.csv", ORGANIZATIONS_HEADER,
				"F,Đảng bộ tỉnh F,PROVINCE,OTHER,,2010-01-01",
				"F.NEW.C1,Chi bộ khu phố 1,CELL,RESIDENTIAL,F.NEW,2021-01-01",
				"F.X1,Đảng bộ xã Một,GRASSROOTS_COMMITTEE,COMMUNE,F,2010-01-01",
				"F.X2,Đảng bộ xã Hai,GRASSROOTS_COMMITTEE,COMMUNE,F,2010-01-01");
		write("restructurings.csv", RESTRUCTURINGS_HEADER,
				"40-QĐ/TU,2019-12-01,2020-01-01,MERGE,F.X1;F.X2,F.NEW,Đảng bộ phường Mới,GRASSROOTS_COMMITTEE,F");

		assertThat(imports.importDirectory(dir, false).errors()).isEmpty();

		assertThat(on("F.NEW.C1", "2021-01-01").parentCode()).isEqualTo("F.NEW");
	}

	@Test
	void reportsOrganizationsWhoseParentsFormALoop() throws IOException {
		write("organizations.csv", ORGANIZATIONS_HEADER, "L,Đảng bộ tỉnh L,PROVINCE,OTHER,,2010-01-01",
				"L.1,Đảng bộ Một,UPPER_GRASSROOTS,OTHER,L.2,2010-01-01",
				"L.2,Đảng bộ Hai,UPPER_GRASSROOTS,OTHER,L.1,2010-01-01");

		assertThat(imports.importDirectory(dir, false).errors()).extracting(ImportError::toString)
			.containsExactly(
					"organizations.csv:3: parent_code: Tổ chức cấp trên L.2 không được lập trước tổ chức này: các tổ chức trong tệp trực thuộc lẫn nhau thành vòng.",
					"organizations.csv:4: parent_code: Tổ chức cấp trên L.1 không được lập trước tổ chức này: các tổ chức trong tệp trực thuộc lẫn nhau thành vòng.");
		assertThat(organizations.exists("L")).isFalse();
	}

	@Test
	void refusesNewTargetColumnsForAMergeIntoAnExistingOrganization() throws IOException {
		write("organizations.csv", ORGANIZATIONS_HEADER, "M,Đảng bộ tỉnh M,PROVINCE,OTHER,,2010-01-01",
				"M.1,Đảng bộ Một,UPPER_GRASSROOTS,OTHER,M,2010-01-01",
				"M.2,Đảng bộ Hai,UPPER_GRASSROOTS,OTHER,M,2010-01-01");
		write("restructurings.csv", RESTRUCTURINGS_HEADER,
				"50-QĐ/TU,2015-01-01,2015-02-01,MERGE,M.1,M.2,Đảng bộ Hai mới,,");

		assertThat(imports.importDirectory(dir, false).errors()).extracting(ImportError::toString)
			.containsExactly("restructurings.csv:2: new_name: Tổ chức nhận sáp nhập M.2 đã có nên không được tạo mới;"
					+ " hãy để trống new_name, new_type, new_parent_code.");
	}

	@Test
	void reportsMissingAndUnknownColumnsAndAMissingOrganizationsFile() throws IOException {
		write("organizations.csv", "code,name,kind,field,parent_code,established_on", "K,Tỉnh K,PROVINCE,OTHER,,2010-01-01");

		assertThat(imports.importDirectory(dir, false).errors()).extracting(ImportError::toString)
			.hasSize(2)
			.anyMatch(e -> e.startsWith("organizations.csv:1: kind: Cột không có trong định dạng"))
			.contains("organizations.csv:1: type: Thiếu cột này trong dòng tiêu đề.");

		Files.delete(dir.resolve("organizations.csv"));
		assertThat(imports.importDirectory(dir, false).errors()).extracting(ImportError::toString)
			.singleElement()
			.asString()
			.startsWith("organizations.csv: Không có tệp này trong thư mục");
	}

}
