package vn.dangvu.badge.web;

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

class BadgeRoundBrowserTests extends BrowserTest {

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	void member(String no, String name, LocalDate decided) {
		members.register(new MemberFile(no, name, Gender.FEMALE, LocalDate.of(1962, 3, 8), "Kinh", null, null, null, null,
				null, null, null, null, null, null));
		members.record(no, new LedgerEvent(MemberEventType.ADMITTED, decided.plusDays(14), "BB.C", "KN-" + no, decided,
				null), "t");
		members.record(no, new LedgerEvent(MemberEventType.RECOGNIZED, decided.plusDays(14).plusYears(1), null, null, null,
				null), "t");
	}

	@Test
	void anOfficerDrawsUpTheListAddsAnEarlyAwardApprovesItAndPrintsIt() {
		LocalDate start = LocalDate.of(1980, 1, 1);
		Decision d = new Decision("1-QĐ/TU", start, null);
		restructurings.apply(new EstablishOrganization("BB", "Đảng bộ tỉnh Bắc Bình", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, d), "t");
		restructurings.apply(new EstablishOrganization("BB.C", "Chi bộ phường Hòa Lạc", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.WARD, "BB", start, d), "t");
		member("BB-1", "Nguyễn Thị Hoa", LocalDate.of(1995, 6, 1));
		member("BB-2", "Trần Thị Lan", LocalDate.of(1995, 12, 1));
		member("BB-3", "Lê Thị Mai", LocalDate.of(1985, 3, 1));
		member("BB-4", "Phạm Thị Ngọc", LocalDate.of(1995, 10, 20));

		loginAsAdministrator();
		page.navigate(url("/badges/rounds"));
		page.getByLabel("Mã tổ chức").fill("BB");
		page.getByLabel("Ngày trao").fill("2025-09-02");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lập danh sách đề nghị")).click();
		assertThat(page.locator("h1")).containsText("Xét tặng Huy hiệu Đảng đợt 02/09/2025");
		assertThat(page.locator("table.proposals")).containsText("Nguyễn Thị Hoa");
		assertThat(page.locator("#proposal-BB-3")).containsText("Huy hiệu 40 năm tuổi Đảng");

		page.locator("#proposal-BB-3").getByText("Đưa ra").click();
		page.locator("#proposal-BB-3 input[name=reason]").fill("Gia đình xin lùi đợt trao");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đưa ra khỏi danh sách")).click();
		assertThat(page.locator("#proposal-BB-3")).containsText("Đã đưa ra khỏi danh sách: Gia đình xin lùi đợt trao");

		// R-BADGE-2: 29 years 9 months, seriously ill
		page.locator("#memberNo").fill("BB-2");
		page.getByLabel("Diện").selectOption("SERIOUS_ILLNESS");
		page.locator("#reason").fill("Bệnh hiểm nghèo, điều trị dài ngày");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bổ sung").setExact(true)).click();
		assertThat(page.locator("[role=status]")).containsText("Đã bổ sung Trần Thị Lan: Huy hiệu 30 năm tuổi Đảng.");
		assertThat(page.locator("#proposal-BB-2")).containsText("Ốm nặng, xét tặng sớm");
		// the next four award dates, loaded after the page
		assertThat(page.locator("#upcoming")).containsText("Đợt 07/11/2025: 1 đảng viên");
		assertThat(page.locator("#upcoming")).containsText("Phạm Thị Ngọc");
		screenshot("badge-round");

		page.getByLabel("Số quyết định").fill("812-QĐ/TU");
		page.getByLabel("Ngày quyết định").fill("2025-08-28");
		page.getByLabel("Mã đảng bộ trong số huy hiệu").fill("BB");
		page.getByLabel("Số thứ tự đầu tiên").fill("120");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duyệt và cấp số huy hiệu")).click();
		assertThat(page.locator("[role=status]")).containsText("Đã duyệt: 2 huy hiệu được cấp số");
		assertThat(page.locator("#proposal-BB-1")).containsText("BB000120");
		assertThat(page.locator("#proposal-BB-2")).containsText("BB000121");

		// the certificates: one A4 landscape page per member awarded
		assertThat(page.getByLabel("Địa danh ghi trên giấy chứng nhận")).hasValue("Đảng bộ tỉnh Bắc Bình");
		page.getByLabel("Địa danh ghi trên giấy chứng nhận").fill("Bắc Bình");
		com.microsoft.playwright.Download download = page.waitForDownload(() -> page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giấy chứng nhận (PDF)"))
			.click());
		try (var document = org.apache.pdfbox.Loader.loadPDF(java.nio.file.Files.readAllBytes(download.path()))) {
			org.assertj.core.api.Assertions.assertThat(document.getNumberOfPages()).isEqualTo(2);
			org.assertj.core.api.Assertions.assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
				.contains("Nguyễn Thị Hoa", "Trần Thị Lan", "BB000121", "Bắc Bình, ngày 02 tháng 09 năm 2025");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}

		page.getByText("Bản in danh sách").click();
		assertThat(page.locator("h1")).containsText("DANH SÁCH ĐẢNG VIÊN ĐƯỢC TẶNG HUY HIỆU ĐẢNG");
		assertThat(page.locator("table.print-list tbody tr")).hasCount(2);
		assertThat(page.locator("main")).containsText("Kèm theo quyết định số 812-QĐ/TU ngày 28/08/2025");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		assertThat(page.locator(".toolbar")).isHidden();
		screenshot("badge-round-print");

		page.navigate(url("/members/BB-2"));
		assertThat(page.locator("table.timeline")).containsText("812-QĐ/TU");
	}

	/** R-BADGE-4: an administrator adds a version of the discipline blocks; a start not after the latest is refused. */
	@Test
	void anAdministratorAddsAVersionOfTheDisciplineBlocks() {
		loginAsAdministrator();
		page.navigate(url("/badges/rules"));
		assertThat(page.locator("h1")).containsText("Quy định xét tặng Huy hiệu Đảng theo thời kỳ");
		assertThat(page.locator("table.discipline-rules tbody tr")).hasCount(3);
		assertThat(page.locator("table.discipline-rules tbody tr").first()).containsText("QĐ 24-QĐ/TW");
		assertThat(page.locator("table.discipline-rules tbody tr").first()).containsText("Đang áp dụng");

		page.getByLabel("Áp dụng từ ngày").fill("2021-07-30");
		page.getByLabel("Văn bản quy định").fill("QĐ 294-QĐ/TW");
		page.getByLabel("Số tháng chờ sau khiển trách").fill("6");
		page.getByLabel("Số tháng chờ sau cảnh cáo").fill("9");
		page.getByLabel("Số tháng chờ sau cách chức").fill("12");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm phiên bản")).click();
		assertThat(page.locator("[role=alert]")).containsText("phải sau ngày bắt đầu của phiên bản mới nhất (30/07/2021");
		assertThat(page.getByLabel("Văn bản quy định")).hasValue("QĐ 294-QĐ/TW");

		page.getByLabel("Áp dụng từ ngày").fill("2030-07-01");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm phiên bản")).click();
		assertThat(page.locator("[role=status]")).containsText("Đã thêm phiên bản QĐ 294-QĐ/TW, áp dụng từ ngày 01/07/2030.");
		assertThat(page.locator("table.discipline-rules tbody tr")).hasCount(4);
		assertThat(page.locator("table.discipline-rules tbody tr").first()).containsText("01/07/2030");
		screenshot("badge-rules");
	}

}
