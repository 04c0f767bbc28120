package vn.dangvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.json.JsonMapper;
import vn.dangvu.importing.DirectoryImport;
import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.organization.SubtreeSpan;

/**
 * R-STAT-1 date semantics on a hand-built year: a move, a merge and a dissolve in the middle of 2020, transfers across
 * the subtree's boundary and within it, an admission on 1/1 and a death on 31/12.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryReportsIntegrationTests {

	static final LocalDate FROM = LocalDate.of(2020, 1, 1);

	static final LocalDate TO = LocalDate.of(2020, 12, 31);

	@Autowired
	SummaryReports reports;

	@Autowired
	JsonMapper json;

	@BeforeAll
	void importTheYear(@Autowired DirectoryImport imports, @TempDir Path dir) throws IOException {
		write(dir, "organizations.csv", """
				code,name,type,field,parent_code,established_on
				R,Đảng bộ tỉnh Mẫu,PROVINCE,OTHER,,1985-01-01
				R.A,Đảng bộ huyện An,UPPER_GRASSROOTS,OTHER,R,1985-01-01
				R.A.X,Đảng bộ phường Xuân,GRASSROOTS_COMMITTEE,WARD,R.A,1985-01-01
				R.A.X.1,Chi bộ khu phố 1,CELL,RESIDENTIAL,R.A.X,1985-01-01
				R.A.X.2,Chi bộ khu phố 2,CELL,RESIDENTIAL,R.A.X,1985-01-01
				R.A.Y,Chi bộ xã Yên,GRASSROOTS_CELL,COMMUNE,R.A,1985-01-01
				R.B,Đảng bộ huyện Bình,UPPER_GRASSROOTS,OTHER,R,1985-01-01
				R.B.Z,Chi bộ Công ty Zeta,GRASSROOTS_CELL,NON_STATE_ENTERPRISE,R.B,1985-01-01
				R.B.W,Chi bộ xã Tây,GRASSROOTS_CELL,COMMUNE,R.B,1985-01-01
				""");
		write(dir, "restructurings.csv", """
				decision_no,decision_date,effective_on,operation,subject_codes,target_code,new_name,new_type,new_parent_code
				1-QĐ/TU,2020-03-15,2020-04-01,MOVE,R.B.Z,,,,R.A
				2-QĐ/HU,2020-06-15,2020-07-01,MERGE,R.A.Y,R.A.X.2,,,
				3-QĐ/HU,2020-09-15,2020-10-01,DISSOLVE,R.B.W,,,,
				""");
		write(dir, "members.csv", """
				member_no,full_name,gender,birth_date,ethnicity,religion,education,professional_level,political_theory,card_no
				M1,Nguyễn Thị Lan,FEMALE,2000-01-01,Kinh,,12/12,,,
				M2,Trần Văn Hùng,MALE,1960-01-01,Kinh,,12/12,,,C2
				M3,Lê Văn Sơn,MALE,1970-01-01,Kinh,,12/12,,,C3
				M4,Phạm Thị Mai,FEMALE,1975-01-01,Kinh,,12/12,,,C4
				M5,Hoàng Văn Tư,MALE,1940-01-01,Kinh,,12/12,,,C5
				M6,Thạch Văn Sa,MALE,1980-01-01,Khmer,,12/12,,,C6
				M7,Võ Văn Bảy,MALE,1982-01-01,Kinh,Phật giáo,12/12,,,C7
				M8,Đặng Văn Tám,MALE,1990-01-01,Kinh,,12/12,,,C8
				""");
		write(dir, "member_events.csv", """
				member_no,event,effective_on,org_code,decision_no,decision_date,detail
				M1,ADMITTED,2020-01-01,R.A.X.1,1,2019-12-20,
				M1,ASSESSED,2020-12-31,,,,GOOD
				M2,ADMITTED,1990-01-10,R.B.Z,1,1990-01-01,
				M2,RECOGNIZED,1991-01-10,,,,
				M2,EXEMPTED,2015-01-01,,,,
				M2,BADGE_AWARDED,2020-09-02,,,,30
				M3,ADMITTED,2010-01-10,R.A.X.1,1,2010-01-04,
				M3,RECOGNIZED,2011-01-10,,,,
				M3,ASSESSED,2019-12-31,,,,GOOD
				M3,TRANSFERRED,2020-05-01,R.B,,,
				M4,ADMITTED,2010-01-10,R.A.Y,1,2010-01-04,
				M4,RECOGNIZED,2011-01-10,,,,
				M4,TRANSFERRED,2020-03-01,R.A.X.2,,,
				M5,ADMITTED,2010-01-10,R.A.Y,1,2010-01-04,
				M5,RECOGNIZED,2011-01-10,,,,
				M5,DIED,2020-12-31,,,,
				M6,ADMITTED,2010-01-10,R.B.Z,1,2010-01-04,
				M6,RECOGNIZED,2011-01-10,,,,
				M6,TRANSFERRED,2020-02-01,R.A.X.1,,,
				M6,ASSESSED,2020-12-31,,,,COMPLETED
				M7,ADMITTED,2010-01-10,R.B.Z,1,2010-01-04,
				M7,RECOGNIZED,2011-01-10,,,,
				M7,TRANSFERRED,2020-06-01,R.A.X.2,,,
				M7,ASSESSED,2020-12-31,,,,GOOD
				M8,ADMITTED,2019-06-15,R.A.X.2,1,2019-06-10,
				M8,RECOGNIZED,2020-06-15,,,,
				M8,ASSESSED,2020-12-31,,,,EXCELLENT
				""");
		var report = imports.importDirectory(dir, false);
		assertThat(report.errors()).isEmpty();
	}

	static void write(Path dir, String name, String content) throws IOException {
		Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

	@Test
	void countsTheSubtreeOnTheLastDayAndAttributesEachEventByTheTreeOfItsDate() {
		SummaryReport a = reports.summary("R.A", FROM, TO);

		assertThat(a.organizations().byType()).containsExactlyInAnyOrderEntriesOf(Map.of("GRASSROOTS_COMMITTEE", 1L,
				"GRASSROOTS_CELL", 1L, "SUB_COMMITTEE", 0L, "CELL", 2L, "UPPER_GRASSROOTS", 0L));
		assertThat(a.organizations().grassroots()).isEqualTo(2);
		assertThat(a.organizations().cells()).isEqualTo(2);
		// M1 (probationary), M2 (came with the move of R.B.Z), M4, M6, M7, M8; M3 left, M5 died on 31/12
		assertThat(a.members()).isEqualTo(new SummaryReport.Members(6, 5, 1, 2, 1, 1, 1, 1));
		// admitted on 1/1; M6 came in across the boundary, M3 went out; M4 and M7 moved within; M5 died on 31/12
		assertThat(a.movements()).isEqualTo(new SummaryReport.Movements(1, 0, 1, 0, 1, 1, 1, 0, 0, 0));
		assertThat(a.badges().awarded()).isEqualTo(1);
		assertThat(a.badges().byYears()).containsEntry("30", 1L).containsEntry("40", 0L);
		assertThat(a.assessment()).isEqualTo(new SummaryReport.Assessment(2020, 4, 1, 2, 1, 0, 0.75));
	}

	@Test
	void reportsTheOtherSideOfTheBoundaryAndThePastTreeBeforeTheRestructuring() {
		SummaryReport b = reports.summary("R.B", FROM, TO);
		assertThat(b.organizations().grassroots()).isZero(); // R.B.Z moved away, R.B.W dissolved
		assertThat(b.members().total()).isEqualTo(1); // M3, transferred in on 1/5
		assertThat(b.movements().transferredIn()).isEqualTo(1);
		assertThat(b.movements().transferredOut()).isEqualTo(1); // M6 left R.B.Z while it was still in R.B

		SummaryReport before = reports.summary("R.A", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
		assertThat(before.organizations().grassroots()).isEqualTo(2); // R.A.X and R.A.Y
		assertThat(before.members().total()).isEqualTo(4); // M3, M4, M5, M8 (probationary)
		assertThat(before.members().probationary()).isEqualTo(1);
		assertThat(before.movements().admitted()).isEqualTo(1);
	}

	@Test
	void summariesReadTogetherEqualEachSummaryReadAlone() {
		// R.B.Z moved from R.B to R.A during the year: the two subtrees never hold it on the same day
		for (LocalDate to : List.of(TO, LocalDate.of(2020, 6, 30))) {
			assertThat(reports.summaries(List.of("R.A", "R.B"), FROM, to))
				.containsExactly(reports.summary("R.A", FROM, to), reports.summary("R.B", FROM, to));
		}
		// the assessment is the year of `to`'s, whether the period is that year or longer
		LocalDate from2019 = LocalDate.of(2019, 1, 1);
		assertThat(reports.summary("R.A", from2019, TO).assessment()).isEqualTo(reports.summary("R.A", FROM, TO).assessment());
		assertThat(reports.summary("R.A", from2019, LocalDate.of(2019, 12, 31)).assessment().assessed()).isEqualTo(1);
		// one inside the other: summarized one by one, each with its whole subtree
		List<SummaryReport> nested = reports.summaries(List.of("R", "R.A"), FROM, TO);
		assertThat(nested).containsExactly(reports.summary("R", FROM, TO), reports.summary("R.A", FROM, TO));
		assertThat(nested.get(0).members().total()).isEqualTo(7); // R.A's 6 and M3 in R.B
		assertThatThrownBy(() -> reports.summaries(List.of("R.A", "KHONG.CO"), FROM, TO))
			.isInstanceOf(OrganizationNotFoundException.class);
	}

	@Autowired
	StatisticsTables statistics;

	@Test
	void statisticsTableHasARowPerChildWithItsWholeSubtreeAndATotal() {
		StatisticsTable table = statistics.table("R", TO);
		assertThat(table.rows()).extracting(StatisticsRow::code).containsExactly("R.A", "R.B");
		StatisticsRow a = table.rows().get(0);
		assertThat(a.members().total()).isEqualTo(6);
		assertThat(a.grassroots()).isEqualTo(2); // R.A.X and R.B.Z, moved in
		assertThat(a.cells()).isEqualTo(2);
		assertThat(a.nonStateEnterprise()).isEqualTo(1); // R.B.Z, a company's cell
		assertThat(a.members().ageBands()).containsEntry("UP_TO_30", 2L).containsEntry("FROM_31_TO_40", 2L)
			.containsEntry("FROM_41_TO_50", 1L).containsEntry("FROM_51_TO_60", 1L).doesNotContainKey("OVER_70");
		assertThat(table.total().members().total()).isEqualTo(7);
		assertThat(table.total().members().female()).isEqualTo(2);
		assertThat(table.rows().get(1).members().total()).isEqualTo(1); // M3 in R.B itself
	}

	@Autowired
	SummaryDocuments documents;

	/** The PDF must carry Vietnamese intact: marks that collide or fall back to boxes break the text layer. */
	@Test
	void printsThePdfWithVietnameseTextIntact() throws IOException {
		byte[] pdf = documents.pdfBytes(reports.summary("R.A", FROM, TO), reports.summary("R.A", FROM.minusYears(1),
				TO.minusYears(1)), "Đảng bộ huyện An", "canbo");
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Đảng bộ huyện An", "Hoàn thành tốt nhiệm vụ", "Tổng số đảng viên", "Kết nạp");
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
		}
	}

	@Test
	void writesTheExcelWorkbookWithTitleRowsAndVietnameseLabels() throws IOException {
		var out = new java.io.ByteArrayOutputStream();
		documents.xlsx(reports.summary("R.A", FROM, TO), null, "Đảng bộ huyện An", "canbo", out);
		Path file = Files.createTempFile("summary", ".xlsx");
		Files.write(file, out.toByteArray());
		String strings;
		try (var zip = new java.util.zip.ZipFile(file.toFile())) {
			strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
					StandardCharsets.UTF_8);
		}
		finally {
			Files.delete(file);
		}
		// the workbook writes letters beyond ASCII as XML character references: read it as XML does
		strings = java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);")
			.matcher(strings)
			.replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
		assertThat(strings).contains("Báo cáo tổng hợp — Đảng bộ huyện An, từ 01/01/2020 đến 31/12/2020",
				"Người xuất: canbo", "Hoàn thành tốt nhiệm vụ");
	}

	@Test
	void writesTheInterchangeJson() {
		String text = json.writeValueAsString(reports.summary("R", FROM, TO));
		assertThat(text).startsWith("{\"org\":\"R\",\"from\":\"2020-01-01\",\"to\":\"2020-12-31\",\"organizations\":{\"byType\":")
			.contains("\"members\":{\"total\":7,\"official\":6,\"probationary\":1,\"female\":2,\"ethnicMinority\":1,"
					+ "\"religious\":1,\"exempted\":1,\"under30\":1}")
			.contains("\"goodOrBetterRate\":0.75");
	}

	@Autowired
	MovementTables movements;

	@Autowired
	vn.dangvu.organization.Organizations organizations;

	@Test
	void movementsTableCountsEachEventInTheChildItsMemberBelongedToOnTheEventsDate() {
		MovementTable r = movements.table("R", FROM, TO);
		assertThat(r.rows()).extracting(MovementRow::code).containsExactly("R.A", "R.B");
		var a = r.rows().get(0).movements();
		// M1 admitted on 1/1: a woman of 20, Kinh
		assertThat(List.of(a.admitted(), a.admittedFemale(), a.admittedEthnicMinority(), a.admittedAged18To30()))
			.containsExactly(1L, 1L, 0L, 1L);
		// M6 came from R.B.Z while it was in R.B; M3 went to R.B; M2's badge counts where R.B.Z was on 2/9
		assertThat(List.of(a.transferredIn(), a.transferredOut(), a.died(), a.recognized())).containsExactly(1L, 1L, 1L,
				1L);
		assertThat(a.badgesByYears()).containsExactly(Map.entry("30", 1L));
		assertThat(a.grades()).containsExactlyInAnyOrderEntriesOf(Map.of("EXCELLENT", 1L, "GOOD", 2L, "COMPLETED", 1L));
		var b = r.rows().get(1).movements();
		assertThat(List.of(b.transferredIn(), b.transferredOut())).containsExactly(1L, 1L);
		// the total: transfers between R.A and R.B stay inside R
		var total = r.total().movements();
		assertThat(List.of(total.admitted(), total.transferredIn(), total.transferredOut(), total.died()))
			.containsExactly(1L, 0L, 0L, 1L);
	}

	@Test
	void movementsTableKeepsChildrenThatEndedOrArrivedDuringThePeriod() {
		MovementTable a = movements.table("R.A", FROM, TO);
		assertThat(a.rows()).extracting(MovementRow::code).containsExactly("R.B.Z", "R.A.X", "R.A.Y");
		assertThat(a.rows()).extracting(MovementRow::ended).containsExactly(false, false, true);
		// a row that ended (R.A.Y, merged on 01/07/2020) is named as it was on its last day
		assertThat(a.rows()).extracting(MovementRow::name)
			.containsExactly("Chi bộ Công ty Zeta", "Đảng bộ phường Xuân", "Chi bộ xã Yên");
		MovementRow x = a.rows().get(1);
		// M4 from R.A.Y, M6 from outside, M7 from R.B.Z after its move; M3 went out; M5 died in the merged cell
		assertThat(List.of(x.movements().transferredIn(), x.movements().transferredOut(), x.movements().died()))
			.containsExactly(3L, 1L, 1L);
		assertThat(a.rows().get(0).movements().transferredOut()).isEqualTo(1); // M7 left R.B.Z within R.A
		assertThat(a.rows().get(0).movements().badgesByYears()).containsEntry("30", 1L);
		assertThat(a.rows().get(2).movements().transferredOut()).isEqualTo(1); // M4
		// the same total as the summary of R.A
		var summary = reports.summary("R.A", FROM, TO).movements();
		assertThat(List.of(a.total().movements().transferredIn(), a.total().movements().transferredOut()))
			.containsExactly(summary.transferredIn(), summary.transferredOut());
	}

	/** An organization's own members (M3, moved into the district committee R.B itself) are its table's first row. */
	@Test
	void movementsTableHasTheOrganizationsOwnMembersFirst() {
		MovementTable b = movements.table("R.B", FROM, TO);
		assertThat(b.rows().get(0).code()).isEqualTo("R.B");
		assertThat(b.rows().get(0).name()).isEqualTo("Đảng bộ huyện Bình");
		assertThat(b.rows().get(0).movements().transferredIn()).isEqualTo(1);
		assertThat(b.rows()).extracting(MovementRow::code).containsExactlyInAnyOrder("R.B", "R.B.Z", "R.B.W");
		assertThat(movements.events("R.B", "R.B", FROM, TO, vn.dangvu.member.MovementKind.TRANSFERRED_IN, null)
			.events()).extracting(vn.dangvu.member.MovementEventRow::memberNo).containsExactly("M3");
		// the spans behind one row are the table's spans of that row, the whole subtree's those of all rows
		Map<String, List<SubtreeSpan>> rows = organizations.childSpans("R.A", FROM, TO);
		rows.forEach((code, spans) -> assertThat(organizations.childSpans("R.A", code, FROM, TO)).as(code)
			.containsExactlyElementsOf(spans));
		assertThat(organizations.childSpans("R.A", "R.B", FROM, TO)).isEmpty();
		assertThat(covered(organizations.subtreeSpans("R.A", FROM, TO)))
			.isEqualTo(covered(rows.values().stream().flatMap(List::stream).toList()));
		// a period before the organization's own members: no row of its own
		assertThat(movements.table("R.B", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)).rows())
			.extracting(MovementRow::code)
			.doesNotContain("R.B");
	}

	/** The days each organization of the spans is covered, as "code date" lines. */
	static java.util.Set<String> covered(List<SubtreeSpan> spans) {
		java.util.Set<String> days = new java.util.TreeSet<>();
		spans.forEach(s -> (s.validFrom().isBefore(FROM) ? FROM : s.validFrom())
			.datesUntil(s.validTo().isAfter(TO) ? TO.plusDays(1) : s.validTo())
			.forEach(d -> assertThat(days.add(s.code() + " " + d)).as("%s on %s once", s.code(), d).isTrue()));
		return days;
	}

	@Autowired
	vn.dangvu.member.MemberStatistics memberStatistics;

	@Test
	void listsTheMembersBehindANumberAsTheTableCountsThem() {
		var in = movements.events("R.A", "R.A.X", FROM, TO, vn.dangvu.member.MovementKind.TRANSFERRED_IN, null);
		assertThat(in.events()).extracting(vn.dangvu.member.MovementEventRow::memberNo).containsExactly("M6", "M4", "M7");
		assertThat(in.events().get(0).fromOrgCode()).isEqualTo("R.B.Z");
		// at most so many: the first in the list's order (the statement stops there)
		List<SubtreeSpan> cell = organizations.childSpans("R.A", "R.A.X", FROM, TO);
		assertThat(memberStatistics.movementEvents(cell, FROM, TO, vn.dangvu.member.MovementKind.TRANSFERRED_IN, null, 1))
			.extracting(vn.dangvu.member.MovementEventRow::memberNo)
			.containsExactly("M6");
		assertThat(memberStatistics.movementEvents(cell, FROM, TO, vn.dangvu.member.MovementKind.TRANSFERRED_IN, null, 2))
			.isEqualTo(in.events().subList(0, 2));
		assertThat(movements.events("R", null, FROM, TO, vn.dangvu.member.MovementKind.TRANSFERRED_IN, null).events())
			.isEmpty();
		assertThat(movements.events("R", null, FROM, TO, vn.dangvu.member.MovementKind.ASSESSED, "GOOD").events())
			.extracting(vn.dangvu.member.MovementEventRow::memberNo)
			.containsExactlyInAnyOrder("M1", "M7");
		assertThat(movements.events("R", "R.A", FROM, TO, vn.dangvu.member.MovementKind.ADMITTED_AGED_18_TO_30, null)
			.events()).extracting(vn.dangvu.member.MovementEventRow::memberNo).containsExactly("M1");
	}

	@Autowired
	Dashboards dashboards;

	@Test
	void dashboardCountsMembersOnEachYearEndAndAdmissionsPerYear() {
		DashboardView d = dashboards.dashboard("R.A", 2020);
		assertThat(d.years()).hasSize(10);
		assertThat(d.years().get(0)).isEqualTo(new DashboardView.YearFigures(2011, 3, 0, 0, 0)); // M3, M4, M5
		assertThat(d.years().get(8)).isEqualTo(new DashboardView.YearFigures(2019, 3, 1, 1, 0)); // M8 admitted
		assertThat(d.years().get(9)).isEqualTo(new DashboardView.YearFigures(2020, 5, 1, 1, 0));
		assertThat(d.ages()).contains(new DashboardView.AgeRow(vn.dangvu.member.AgeBand.UP_TO_30, 1, 1),
				new DashboardView.AgeRow(vn.dangvu.member.AgeBand.FROM_31_TO_40, 2, 0),
				new DashboardView.AgeRow(vn.dangvu.member.AgeBand.OVER_70, 0, 0));
		// cells count by their grassroots organization's field: R.A.X is a ward
		assertThat(d.fields()).containsExactlyInAnyOrderEntriesOf(Map.of(vn.dangvu.organization.OrganizationField.WARD, 5L,
				vn.dangvu.organization.OrganizationField.NON_STATE_ENTERPRISE, 1L));
		assertThat(d.grades()).containsExactly(Map.entry("EXCELLENT", 1L), Map.entry("GOOD", 2L),
				Map.entry("COMPLETED", 1L), Map.entry("NOT_COMPLETED", 0L));
		assertThat(d.badges()).hasSize(12).containsEntry("30", 1L);
	}

	@Test
	void theDashboardOfAProvinceReadsItsSumsAndHasTheFiguresOfItsSummaries() {
		DashboardView d = dashboards.dashboard("R", 2020);
		assertThat(d.years().get(0)).isEqualTo(new DashboardView.YearFigures(2011, 6, 0, 0, 0)); // M2–M7
		assertThat(d.years().get(8)).isEqualTo(new DashboardView.YearFigures(2019, 6, 1, 1, 0)); // M8 admitted
		// M5 died on the year-end; M1 admitted; M3 moved to R.B, still in R
		assertThat(d.years().get(9)).isEqualTo(new DashboardView.YearFigures(2020, 6, 1, 1, 0));
		for (DashboardView.YearFigures y : d.years()) {
			SummaryReport s = reports.summary("R", LocalDate.of(y.year(), 1, 1), LocalDate.of(y.year(), 12, 31));
			assertThat(List.of(y.official(), y.probationary(), y.admitted(), y.readmitted())).as("%d", y.year())
				.containsExactly(s.members().official(), s.members().probationary(), s.movements().admitted(),
						s.movements().readmitted());
		}
		SummaryReport year = reports.summary("R", FROM, TO);
		assertThat(d.grades()).containsExactly(Map.entry("EXCELLENT", year.assessment().excellent()),
				Map.entry("GOOD", year.assessment().good()), Map.entry("COMPLETED", year.assessment().completed()),
				Map.entry("NOT_COMPLETED", year.assessment().notCompleted()));
		assertThat(d.grades()).containsExactly(Map.entry("EXCELLENT", 1L), Map.entry("GOOD", 2L),
				Map.entry("COMPLETED", 1L), Map.entry("NOT_COMPLETED", 0L));
		assertThat(d.badges()).isEqualTo(year.badges().byYears()).hasSize(12).containsEntry("30", 1L);
	}

	@Test
	void restructuringOfTheYearCountsMergesDissolutionsAndTheChangeInUnits() {
		UnitChangeSummary r = reports.unitChanges("R", FROM, TO);
		assertThat(r.decisions()).extracting(d -> d.operation().name()).containsExactly("MOVE", "MERGE", "DISSOLVE");
		assertThat(List.of(r.established(), r.merged(), r.dissolved())).containsExactly(0L, 1L, 1L);
		assertThat(r.unitsBefore()).isEqualTo(8);
		assertThat(r.unitsAfter()).isEqualTo(6);
		assertThat(r.netChange()).isEqualTo(-2);
		// R.B lost R.B.Z by the move and R.B.W by the dissolution
		UnitChangeSummary b = reports.unitChanges("R.B", FROM, TO);
		assertThat(b.decisions()).extracting(d -> d.operation().name()).containsExactly("MOVE", "DISSOLVE");
		assertThat(b.netChange()).isEqualTo(-2);
		assertThat(reports.unitChanges("R", FROM.minusYears(1), TO.minusYears(1)).decisions()).isEmpty();
		// the same with the units counted by the summaries of the year and of the year before (the summary page's)
		SummaryReport year = reports.summary("R", FROM, TO);
		SummaryReport yearBefore = reports.summary("R", FROM.minusYears(1), TO.minusYears(1));
		assertThat(reports.unitChanges(year, yearBefore)).isEqualTo(r);
		assertThat(reports.unitChanges(reports.summary("R.B", FROM, TO),
				reports.summary("R.B", FROM.minusYears(1), TO.minusYears(1)))).isEqualTo(b);
		// the summary of another subtree, or of a period that does not end on the eve, has the units counted again
		assertThat(reports.unitChanges(year, reports.summary("R.B", FROM.minusYears(1), TO.minusYears(1))))
			.isEqualTo(r);
		assertThat(reports.unitChanges(year, reports.summary("R", FROM.minusYears(2), TO.minusYears(2))))
			.isEqualTo(r);
	}

	@Autowired
	TableDocuments tables;

	@Test
	void writesTheMovementsWorkbookWithMergedHeadersAndTitleRows() throws IOException {
		var out = new java.io.ByteArrayOutputStream();
		tables.xlsx(tables.movements(movements.table("R", FROM, TO)), "canbo", out);
		String strings = entry(out.toByteArray(), "xl/sharedStrings.xml");
		assertThat(strings).contains("Biến động đảng viên — Đảng bộ tỉnh Mẫu, từ 01/01/2020 đến 31/12/2020",
				"Người xuất: canbo", "Kết nạp", "Từ 18 đến 30 tuổi", "Đảng bộ huyện An");
		String sheet = entry(out.toByteArray(), "xl/worksheets/sheet1.xml");
		// the group headings span their columns; the name column spans both header rows
		assertThat(sheet).contains("<mergeCell ref=\"B4:E4\"/>", "<mergeCell ref=\"A4:A5\"/>");
	}

	@Test
	void printsTheStatisticsTableOnALandscapeA4Page() throws IOException {
		var out = new java.io.ByteArrayOutputStream();
		tables.pdf(tables.statistics(statistics.table("R", TO)), "canbo", out);
		// kept for a person to look at, like the browser tests' screenshots
		Path documents = Files.createDirectories(Path.of("target", "documents"));
		Files.write(documents.resolve("statistics.pdf"), out.toByteArray());
		var movementsPdf = new java.io.ByteArrayOutputStream();
		tables.pdf(tables.movements(movements.table("R.A", FROM, TO)), "canbo", movementsPdf);
		Files.write(documents.resolve("movements.pdf"), movementsPdf.toByteArray());
		try (var document = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Thống kê cơ bản — Đảng bộ tỉnh Mẫu", "Đảng bộ huyện Bình", "Tổng số");
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
		}
	}

	/** An entry of an xlsx file, with the character references fastexcel writes for letters beyond ASCII decoded. */
	static String entry(byte[] xlsx, String name) throws IOException {
		// a file, not a stream: the workbook's entries carry their sizes after the data, which ZipInputStream refuses
		Path file = Files.createTempFile("table", ".xlsx");
		try {
			Files.write(file, xlsx);
			try (var zip = new java.util.zip.ZipFile(file.toFile())) {
				String xml = new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
				return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);")
					.matcher(xml)
					.replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
			}
		}
		finally {
			Files.delete(file);
		}
	}

}
