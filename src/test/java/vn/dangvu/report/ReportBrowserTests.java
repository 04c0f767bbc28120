package vn.dangvu.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.dangvu.BrowserTest;
import vn.dangvu.common.Decision;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.Members;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.Restructurings;

class ReportBrowserTests extends BrowserTest {

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	static String readStart(java.nio.file.Path file, int bytes) {
		try (var in = java.nio.file.Files.newInputStream(file)) {
			return new String(in.readNBytes(bytes), java.nio.charset.StandardCharsets.US_ASCII);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void anOfficerReadsTheYearEndSummaryChangesTheYearAndOpensTheStatistics() {
		LocalDate start = LocalDate.of(2000, 1, 1);
		Decision d = new Decision("1-QĐ/TU", start, null);
		restructurings.apply(new EstablishOrganization("TK", "Đảng bộ tỉnh Thử Kê", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, d), "t");
		restructurings.apply(new EstablishOrganization("TK.P", "Đảng bộ phường Hòa Bình", OrganizationType.GRASSROOTS_COMMITTEE,
				OrganizationField.WARD, "TK", start, d), "t");
		restructurings.apply(new EstablishOrganization("TK.P.1", "Chi bộ khu phố 1", OrganizationType.CELL,
				OrganizationField.RESIDENTIAL, "TK.P", start, d), "t");
		members.register(new MemberFile("TK1", "Ngô Thị Thu", Gender.FEMALE, LocalDate.of(1990, 1, 1), "Kinh", null,
				null, null, null, null, null, null, null, null, null));
		members.record("TK1", new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2023, 3, 20), "TK.P.1", "5",
				LocalDate.of(2023, 3, 10), null), "t");

		loginAsAdministrator();
		page.navigate(url("/reports/summary?org=TK&year=2023"));
		assertThat(page.locator("h1")).containsText("năm 2023");
		assertThat(page.locator("table.summary")).containsText("Kết nạp");
		// laid out as a table, its head above its body (the lists' line of counts, p.summary, is a flex row)
		assertThat(page.locator("table.summary")).hasCSS("display", "table");
		screenshot("year-end-summary");

		com.microsoft.playwright.Download pdf = page.waitForDownload(() -> page.getByText("Tải PDF").click());
		org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).isEqualTo("tong-ket-TK-2023.pdf");
		com.microsoft.playwright.Download xlsx = page.waitForDownload(() -> page.getByText("Tải Excel").click());
		org.assertj.core.api.Assertions.assertThat(readStart(xlsx.path(), 2)).isEqualTo("PK");
		org.assertj.core.api.Assertions.assertThat(readStart(pdf.path(), 5)).isEqualTo("%PDF-");

		page.getByLabel("Năm").fill("2022");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
		assertThat(page.locator("h1")).containsText("năm 2022");

		page.getByText("Bảng thống kê cơ bản").click();
		assertThat(page.locator("h1")).containsText("Thống kê cơ bản");
		page.navigate(url("/reports/statistics?org=TK&asOf=2024-01-01"));
		assertThat(page.locator("table.statistics tbody tr").first()).containsText("Đảng bộ phường Hòa Bình");
		assertThat(page.locator("table.statistics tfoot")).containsText("Tổng số");
		screenshot("statistics");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đảng bộ phường Hòa Bình").setExact(true)).last().click();
		assertThat(page.locator("h1")).containsText("Đảng bộ phường Hòa Bình");
	}

	@Test
	void anOfficerPagesThroughTheRestructuringDecisionsOfTheYear() {
		LocalDate start = LocalDate.of(2000, 1, 1);
		Decision d = new Decision("1-QĐ/TU", start, null);
		restructurings.apply(new EstablishOrganization("TS", "Đảng bộ tỉnh Thử Sắp", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, d), "t");
		restructurings.apply(new EstablishOrganization("TS.P", "Đảng bộ phường Tân Hòa",
				OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "TS", start, d), "t");
		// 2024: 101 decisions, each establishing a cell on a day of its own; the page lists a hundred at a time
		for (int i = 1; i <= 101; i++) {
			LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i);
			restructurings.apply(new EstablishOrganization("TS.P.%03d".formatted(i), "Chi bộ ấp %d".formatted(i),
					OrganizationType.CELL, OrganizationField.RESIDENTIAL, "TS.P", day,
					new Decision("%03d-QĐ/ĐU".formatted(i), day, null)), "t");
		}

		loginAsAdministrator();
		page.navigate(url("/reports/summary?org=TS&year=2024"));
		assertThat(page.locator("table.units")).containsText("Tăng 101 đầu mối");
		assertThat(page.locator("table.decisions tbody tr")).hasCount(100);
		assertThat(page.locator("table.decisions")).containsText("001-QĐ/ĐU, 02/01/2024");
		assertThat(page.locator("nav.pagination")).containsText("Dòng 1–100 trong 101");

		page.locator("nav.pagination").getByText("Trang sau ›").click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile("page=1#decisions$"));
		assertThat(page.locator("table.decisions tbody tr")).hasCount(1);
		assertThat(page.locator("table.decisions")).containsText("101-QĐ/ĐU, 11/04/2024");
		assertThat(page.locator("table.decisions")).containsText("Chi bộ ấp 101");
		assertThat(page.locator("nav.pagination")).containsText("Dòng 101–101 trong 101");
		screenshot("year-end-summary-decisions-page-2");

		// the whole list in the Excel workbook
		com.microsoft.playwright.Download xlsx = page.waitForDownload(() -> page.getByText("Tải Excel").click());
		org.assertj.core.api.Assertions.assertThat(xlsx.suggestedFilename()).isEqualTo("tong-ket-TS-2024.xlsx");
		org.assertj.core.api.Assertions.assertThat(readStart(xlsx.path(), 2)).isEqualTo("PK");
	}

	@Test
	void anOfficerLooksAtTheDashboardSwitchesOrganizationAndDownloadsTheMovements() {
		LocalDate start = LocalDate.of(1990, 1, 1);
		Decision d = new Decision("1-QĐ/TU", start, null);
		restructurings.apply(new EstablishOrganization("DB", "Đảng bộ tỉnh Bảng Điều", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, d), "t");
		restructurings.apply(new EstablishOrganization("DB.P", "Đảng bộ phường Tân Định", OrganizationType.GRASSROOTS_COMMITTEE,
				OrganizationField.WARD, "DB", start, d), "t");
		restructurings.apply(new EstablishOrganization("DB.P.1", "Chi bộ khu phố Một", OrganizationType.CELL,
				OrganizationField.RESIDENTIAL, "DB.P", start, d), "t");
		restructurings.apply(new EstablishOrganization("DB.C", "Chi bộ Công ty Bình Minh", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.NON_STATE_ENTERPRISE, "DB", start, d), "t");
		String[][] people = { { "DB1", "Đỗ Thị Hạnh", "FEMALE", "1995-04-02", "2019-05-10", "DB.P.1" },
				{ "DB2", "Phan Văn Lực", "MALE", "1968-09-12", "1993-01-10", "DB.P.1" },
				{ "DB3", "Vũ Thị Ngân", "FEMALE", "1980-11-20", "2010-07-01", "DB.C" },
				{ "DB4", "Lâm Văn Khải", "MALE", "2001-01-15", "2023-03-20", "DB.C" } };
		for (String[] p : people) {
			members.register(new MemberFile(p[0], p[1], Gender.valueOf(p[2]), LocalDate.parse(p[3]), "Kinh", null, null,
					null, null, null, null, null, null, null, null));
			LocalDate admitted = LocalDate.parse(p[4]);
			members.record(p[0], new LedgerEvent(MemberEventType.ADMITTED, admitted, p[5], "KN-" + p[0],
					admitted.minusDays(10), null), "t");
			if (admitted.plusYears(1).isBefore(LocalDate.of(2023, 12, 31))) {
				members.record(p[0], new LedgerEvent(MemberEventType.RECOGNIZED, admitted.plusYears(1), null, null, null,
						null), "t");
			}
		}

		members.record("DB2", new LedgerEvent(MemberEventType.BADGE_AWARDED, LocalDate.of(2023, 2, 3), null, null, null,
				"30"), "t");
		String[] grades = { "GOOD", "EXCELLENT", "GOOD", "COMPLETED" };
		for (int i = 0; i < people.length; i++) {
			members.record(people[i][0], new LedgerEvent(MemberEventType.ASSESSED, LocalDate.of(2023, 12, 31), null, null,
					null, grades[i]), "t");
		}

		loginAsAdministrator();
		page.navigate(url("/dashboard?org=DB&year=2023"));
		assertThat(page.locator("h1")).containsText("Đảng bộ tỉnh Bảng Điều");
		// every chart drawn on a canvas by the script file, its numbers in the table under it
		assertThat(page.locator(".chart.drawn")).hasCount(6);
		assertThat(page.locator(".chart canvas")).hasCount(6);
		assertThat(page.locator("table.figures")).hasCount(6);
		assertThat(page.locator("#chart-members + table")).containsText("2023");
		screenshot("dashboard");

		page.getByLabel("Mã tổ chức").fill("DB.P");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
		assertThat(page.locator("h1")).containsText("Đảng bộ phường Tân Định");
		assertThat(page.locator(".chart canvas")).hasCount(6);
		page.navigate(url("/dashboard?org=DB&year=2023"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chi bộ Công ty Bình Minh")).click();
		assertThat(page.locator("h1")).containsText("Chi bộ Công ty Bình Minh");

		page.navigate(url("/dashboard?org=DB&year=2023"));
		page.getByText("Biến động trong năm").click();
		assertThat(page.locator("h1")).containsText("Biến động đảng viên — Đảng bộ tỉnh Bảng Điều");
		assertThat(page.locator("table.movements tbody")).containsText("Chi bộ Công ty Bình Minh");
		assertThat(page.locator("table.movements tfoot")).containsText("Tổng số");
		screenshot("movements");
		com.microsoft.playwright.Download xlsx = page.waitForDownload(() -> page.getByText("Tải Excel").click());
		org.assertj.core.api.Assertions.assertThat(xlsx.suggestedFilename()).isEqualTo("bien-dong-DB-2023-01-01-2023-12-31.xlsx");
		org.assertj.core.api.Assertions.assertThat(readStart(xlsx.path(), 2)).isEqualTo("PK");
		com.microsoft.playwright.Download pdf = page.waitForDownload(() -> page.getByText("Tải PDF").click());
		org.assertj.core.api.Assertions.assertThat(readStart(pdf.path(), 5)).isEqualTo("%PDF-");

		// drill down from the total of admissions to the members behind it
		page.locator("table.movements tfoot a").first().click();
		assertThat(page.locator("h1")).containsText("Kết nạp — Đảng bộ tỉnh Bảng Điều");
		assertThat(page.locator("table.events")).containsText("Lâm Văn Khải");
	}

}
