package vn.dangvu.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.dangvu.MockMvcSecurityContext;
import vn.dangvu.common.Decision;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.Members;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.RestructuringCommand.MergeOrganizations;
import vn.dangvu.organization.Restructurings;

/**
 * The report pages through MockMvc: the dashboard (charts drawn from data attributes by a script file, the numbers in
 * tables), the movements table and its downloads, the statistics downloads, the restructuring of the year on the
 * summary page. One small tree: a province with a ward committee and two cells merged in 2023. Synthetic names.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MockMvcSecurityContext.class)
@WithMockUser(username = "canbo.tochuc", roles = "ADMIN")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportWebTests {

	static final LocalDate START = LocalDate.of(2000, 1, 1);

	@Autowired
	MockMvcTester mvc;

	@BeforeAll
	void tree(@Autowired Restructurings restructurings, @Autowired Members members) {
		Decision d = new Decision("1-QĐ/TU", START, null);
		restructurings.apply(new EstablishOrganization("Q", "Đảng bộ tỉnh Quảng Thử", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, START, d), "t");
		restructurings.apply(new EstablishOrganization("Q.W", "Đảng bộ phường Đông Hòa",
				OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "Q", START, d), "t");
		restructurings.apply(new EstablishOrganization("Q.W.1", "Chi bộ khu phố 1", OrganizationType.CELL,
				OrganizationField.RESIDENTIAL, "Q.W", START, d), "t");
		restructurings.apply(new EstablishOrganization("Q.W.2", "Chi bộ khu phố 2", OrganizationType.CELL,
				OrganizationField.RESIDENTIAL, "Q.W", START, d), "t");
		members.register(new MemberFile("Q1", "Lý Thị Hoa", Gender.FEMALE, LocalDate.of(2000, 5, 1), "Tày", null, null,
				null, null, null, null, null, null, null, null));
		members.record("Q1", new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2023, 3, 20), "Q.W.1", "5",
				LocalDate.of(2023, 3, 10), null), "t");
		members.register(new MemberFile("Q2", "Trần Văn Bình", Gender.MALE, LocalDate.of(1970, 5, 1), "Kinh", null,
				null, null, null, null, null, null, null, null, null));
		members.record("Q2", new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2005, 3, 20), "Q.W.2", "6",
				LocalDate.of(2005, 3, 10), null), "t");
		members.record("Q2", new LedgerEvent(MemberEventType.RECOGNIZED, LocalDate.of(2006, 3, 20), null, null, null,
				null), "t");
		restructurings.apply(new MergeOrganizations(List.of("Q.W.2"), "Q.W.1", null, null, LocalDate.of(2023, 7, 1),
				new Decision("9-QĐ/ĐU", LocalDate.of(2023, 6, 20), null)), "t");
		// 2024: one more decision than the summary page lists at a time, each establishing a cell on a day of its own
		for (int i = 1; i <= ReportController.DECISIONS_PAGE_SIZE + 1; i++) {
			LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i);
			restructurings.apply(new EstablishOrganization("Q.W.N%03d".formatted(i), "Chi bộ tổ dân phố %d".formatted(i),
					OrganizationType.CELL, OrganizationField.RESIDENTIAL, "Q.W", day,
					new Decision("%03d-QĐ/ĐU".formatted(i), day, null)), "t");
		}
	}

	@Autowired
	vn.dangvu.report.Dashboards dashboards;

	@Test
	void dashboardHasSixChartsDrawnFromDataAttributesByAScriptFileAndTheirNumbersInTables() throws IOException {
		assertThat(mvc.get().uri("/dashboard?org=Q&year=2023")).hasStatusOk()
			.bodyText()
			.contains("Tổng quan — Đảng bộ tỉnh Quảng Thử, năm 2023")
			.contains("id=\"chart-members\"", "id=\"chart-admissions\"", "id=\"chart-ages\"", "id=\"chart-fields\"",
					"id=\"chart-grades\"", "id=\"chart-badges\"")
			.contains("data-chart=\"{&quot;kind&quot;:&quot;stacked&quot;,&quot;categories&quot;:[&quot;2014&quot;")
			.contains("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\" defer></script>")
			.contains("<script src=\"/js/dashboard.js\" defer></script>")
			// members on 31/12/2023 link to their list; the child organizations switch the dashboard
			.contains("href=\"/members?org=Q&amp;asOf=2023-12-31\">2</a>")
			.contains("href=\"/dashboard?org=Q.W&amp;year=2023\"")
			.contains("Phường");
		// the province's years from the movements summed by province, its ward's from its organizations' spans: the
		// same members, the same figures (Q1's admission in 2023)
		var years = dashboards.dashboard("Q", 2023).years();
		assertThat(years).isEqualTo(dashboards.dashboard("Q.W", 2023).years());
		assertThat(years).filteredOn(y -> y.year() == 2023)
			.singleElement()
			.isEqualTo(new vn.dangvu.report.DashboardView.YearFigures(2023, 1, 1, 1, 0));
		String page = mvc.get().uri("/dashboard?org=Q&year=2023").exchange().getResponse().getContentAsString(
				StandardCharsets.UTF_8);
		// no inline script: every script element loads a file (script-src 'self')
		assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(page).find()).isFalse();
	}

	@Test
	void dashboardScriptsAreServedFromTheApplication() {
		assertThat(mvc.get().uri("/webjars/echarts/5.3.1/dist/echarts.min.js")).hasStatusOk();
		assertThat(mvc.get().uri("/js/dashboard.js")).hasStatusOk().bodyText().contains("echarts.init");
	}

	@Test
	void dashboardWithoutOrganizationShowsTheFirstRootAndAnUnknownOneIsNotFound() {
		assertThat(mvc.get().uri("/dashboard?year=2023")).hasStatusOk().bodyText().contains("Đảng bộ tỉnh Quảng Thử");
		assertThat(mvc.get().uri("/dashboard?org=KHONG&year=2023")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void movementsPageHasARowPerChildATotalAndDownloads() {
		assertThat(mvc.get().uri("/reports/movements?org=Q.W&from=2023-01-01&to=2023-12-31")).hasStatusOk()
			.bodyText()
			.contains("Biến động đảng viên — Đảng bộ phường Đông Hòa, từ 01/01/2023 đến 31/12/2023")
			.contains("Chi bộ khu phố 1", "Chi bộ khu phố 2 (không còn trực thuộc cuối kỳ)")
			.contains("href=\"/reports/movements?org=Q.W.1&amp;from=2023-01-01&amp;to=2023-12-31\"")
			.contains("href=\"/reports/movements.xlsx?org=Q.W&amp;from=2023-01-01&amp;to=2023-12-31\"")
			.contains("<tfoot>");
		assertThat(mvc.get().uri("/reports/movements?org=Q.W&from=2023-12-31&to=2023-01-01")).hasStatusOk()
			.bodyText()
			.contains("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.");
	}

	@Test
	void aNumberOfTheMovementsTableLinksToTheMembersBehindIt() {
		assertThat(mvc.get().uri("/reports/movements?org=Q&from=2023-01-01&to=2023-12-31")).hasStatusOk()
			.bodyText()
			.contains("href=\"/reports/movements/events?org=Q&amp;row=Q.W&amp;from=2023-01-01&amp;to=2023-12-31"
					+ "&amp;kind=ADMITTED_ETHNIC_MINORITY&amp;detail=\">1</a>");
		assertThat(mvc.get()
			.uri("/reports/movements/events?org=Q&row=Q.W&from=2023-01-01&to=2023-12-31&kind=ADMITTED_ETHNIC_MINORITY"))
			.hasStatusOk()
			.bodyText()
			.contains("Kết nạp — dân tộc thiểu số — Đảng bộ phường Đông Hòa, từ 01/01/2023 đến 31/12/2023")
			.contains("href=\"/members/Q1?asOf=2023-03-20\">Lý Thị Hoa</a>", "20/03/2023", "Tày");
		assertThat(mvc.get().uri("/reports/movements/events?org=Q&from=2023-01-01&to=2023-12-31&kind=DIED"))
			.hasStatusOk()
			.bodyText()
			.contains("Không có sự kiện nào.");
		assertThat(mvc.get().uri("/reports/movements/events?org=Q&from=2023-01-01&to=2023-12-31&kind=DROP"))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void movementsDownloadAsExcelAndPdf() throws IOException {
		MvcTestResult xlsx = mvc.get().uri("/reports/movements.xlsx?org=Q&from=2023-01-01&to=2023-12-31").exchange();
		assertThat(xlsx).hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"bien-dong-Q-2023-01-01-2023-12-31.xlsx\"");
		byte[] bytes = xlsx.getResponse().getContentAsByteArray();
		assertThat(new String(bytes, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
		assertThat(sharedStrings(bytes)).contains("Biến động đảng viên — Đảng bộ tỉnh Quảng Thử",
				"Người xuất: canbo.tochuc", "Đảng bộ phường Đông Hòa", "Dân tộc thiểu số");
		MvcTestResult pdf = mvc.get().uri("/reports/movements.pdf?org=Q&from=2023-01-01&to=2023-12-31").exchange();
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
	}

	@Test
	void statisticsDownloadAsExcelAndPdf() throws IOException {
		assertThat(mvc.get().uri("/reports/statistics?org=Q&asOf=2023-12-31")).hasStatusOk()
			.bodyText()
			.contains("href=\"/reports/statistics.xlsx?org=Q&amp;asOf=2023-12-31\"");
		MvcTestResult xlsx = mvc.get().uri("/reports/statistics.xlsx?org=Q&asOf=2023-12-31").exchange();
		assertThat(xlsx).hasStatusOk();
		assertThat(sharedStrings(xlsx.getResponse().getContentAsByteArray()))
			.contains("Thống kê cơ bản — Đảng bộ tỉnh Quảng Thử, tại ngày 31/12/2023", "Độ tuổi", "Lý luận chính trị");
		MvcTestResult pdf = mvc.get().uri("/reports/statistics.pdf?org=Q&asOf=2023-12-31").exchange();
		assertThat(pdf).hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"thong-ke-Q-2023-12-31.pdf\"");
		assertThat(mvc.get().uri("/reports/statistics.xlsx?org=KHONG&asOf=2023-12-31")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void summaryShowsTheRestructuringOfTheYear() throws IOException {
		assertThat(mvc.get().uri("/reports/summary?org=Q&year=2023")).hasStatusOk()
			.bodyText()
			.contains("Sắp xếp tổ chức trong năm", "Giảm 1 đầu mối", "9-QĐ/ĐU, 20/06/2023", "Chi bộ khu phố 2");
		MvcTestResult xlsx = mvc.get().uri("/reports/summary.xlsx?org=Q&year=2023").exchange();
		assertThat(xlsx).hasStatusOk();
		// the decisions on a sheet of their own, the organizations as the page names them
		assertThat(sharedStrings(xlsx.getResponse().getContentAsByteArray())).contains("Sắp xếp tổ chức trong năm",
				"Giảm 1 đầu mối", "Các quyết định sắp xếp tổ chức", "Chi bộ khu phố 2 → Chi bộ khu phố 1",
				"9-QĐ/ĐU, 20/06/2023", "20/06/2023");
		assertThat(mvc.get().uri("/reports/summary?org=Q&year=2022")).hasStatusOk()
			.bodyText()
			.contains("Không thay đổi số đầu mối", "Không có quyết định sắp xếp tổ chức nào trong năm.");
	}

	@Test
	void summaryListsTheDecisionsOfTheYearAPageAtATimeAndItsDocumentsListThemAll() throws IOException {
		// 101 decisions in 2024: the first hundred on the first page, in the order they took effect
		assertThat(mvc.get().uri("/reports/summary?org=Q&year=2024")).hasStatusOk()
			.bodyText()
			.contains("Tăng 101 đầu mối", "Dòng 1–100 trong 101", "001-QĐ/ĐU, 02/01/2024", "100-QĐ/ĐU, 10/04/2024",
					"Chi bộ tổ dân phố 100", "href=\"/reports/summary?org=Q&amp;year=2024&amp;page=1#decisions\"")
			.doesNotContain("101-QĐ/ĐU", "Chi bộ tổ dân phố 101<");
		assertThat(mvc.get().uri("/reports/summary?org=Q&year=2024&page=1")).hasStatusOk()
			.bodyText()
			.contains("Tăng 101 đầu mối", "Dòng 101–101 trong 101", "101-QĐ/ĐU, 11/04/2024", "Chi bộ tổ dân phố 101<",
					"href=\"/reports/summary?org=Q&amp;year=2024&amp;page=0#decisions\"")
			.doesNotContain("001-QĐ/ĐU", "100-QĐ/ĐU");
		// a page past the last shows the last; one before the first, the first
		assertThat(mvc.get().uri("/reports/summary?org=Q&year=2024&page=7")).hasStatusOk()
			.bodyText()
			.contains("Dòng 101–101 trong 101", "101-QĐ/ĐU")
			.doesNotContain("001-QĐ/ĐU");
		assertThat(mvc.get().uri("/reports/summary?org=Q&year=2024&page=-3")).hasStatusOk()
			.bodyText()
			.contains("Dòng 1–100 trong 101", "001-QĐ/ĐU")
			.doesNotContain("101-QĐ/ĐU");
		MvcTestResult xlsx = mvc.get().uri("/reports/summary.xlsx?org=Q&year=2024").exchange();
		assertThat(xlsx).hasStatusOk();
		assertThat(sharedStrings(xlsx.getResponse().getContentAsByteArray())).contains("001-QĐ/ĐU, 02/01/2024",
				"100-QĐ/ĐU, 10/04/2024", "101-QĐ/ĐU, 11/04/2024", "Chi bộ tổ dân phố 101");
		// one page of decisions: the range without page links
		assertThat(mvc.get().uri("/reports/summary?org=Q&year=2023")).hasStatusOk()
			.bodyText()
			.contains("Dòng 1–1 trong 1")
			.doesNotContain("rel=\"next\"");
	}

	/** The shared strings of a workbook; fastexcel writes letters beyond ASCII as character references. */
	static String sharedStrings(byte[] xlsx) throws IOException {
		Path file = Files.createTempFile("report", ".xlsx");
		try {
			Files.write(file, xlsx);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				String xml = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
						StandardCharsets.UTF_8);
				return Pattern.compile("&#x([0-9a-fA-F]+);")
					.matcher(xml)
					.replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
			}
		}
		finally {
			Files.delete(file);
		}
	}

}
