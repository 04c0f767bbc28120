package vn.dangvu.importing.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import vn.dangvu.BrowserTest;
import vn.dangvu.common.Decision;
import vn.dangvu.importing.MemberWorkbookFixtures;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.Restructurings;

class MemberWorkbookBrowserTests extends BrowserTest {

	@Autowired
	Restructurings restructurings;

	@Test
	void anOfficerUploadsAListSeesTheBadRowAndImportsTheGoodOne() {
		LocalDate start = LocalDate.of(1990, 1, 1);
		Decision d = new Decision("1", start, null);
		restructurings.apply(new EstablishOrganization("EX", "Đảng bộ tỉnh Mẫu", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, d), "t");
		restructurings.apply(new EstablishOrganization("EX.C", "Chi bộ ấp Hai", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.COMMUNE, "EX", start, d), "t");
		byte[] file = MemberWorkbookFixtures.workbook(
				new String[] { "EX001", "Võ Thị Lan", "Nữ", "15/04/1990", "Kinh", "", "", "", "", "", "", "EX.C", "5",
						"02/03/2015", "20/03/2015", "20/03/2016" },
				new String[] { "EX002", "Đỗ Văn Nam", "Nam", "01/01/1980", "Kinh", "", "", "", "", "", "", "EX.KHONG", "",
						"", "20/03/2015", "" });

		loginAsAdministrator();
		page.navigate(url("/imports/members"));
		com.microsoft.playwright.Download template = page.waitForDownload(() -> page.getByText("Tải tệp mẫu").click());
		org.assertj.core.api.Assertions.assertThat(template.suggestedFilename()).isEqualTo("mau-danh-sach-dang-vien.xlsx");
		page.getByLabel("Tệp Excel (.xlsx)").setInputFiles(new FilePayload("danh-sach.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra")).click();

		assertThat(page.locator("main")).containsText("1 dòng hợp lệ, 1 dòng lỗi");
		assertThat(page.locator("main table")).containsText("EX.KHONG");
		screenshot("member-import-preview");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chỉ nhập 1 dòng hợp lệ")).click();
		assertThat(page.locator("[role=status]")).containsText("Đã nhập 1 hồ sơ và 2 sự kiện; 1 dòng lỗi không được nhập.");
	}

}
