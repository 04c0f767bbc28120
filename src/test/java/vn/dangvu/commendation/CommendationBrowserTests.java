package vn.dangvu.commendation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import vn.dangvu.BrowserTest;
import vn.dangvu.access.Role;
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

/**
 * An officer of a province records a commendation decision for a cell and a member of a ward committee (refused first
 * for a date in the future), finds it in the register of the year and in the year-end summary page. Synthetic names.
 */
class CommendationBrowserTests extends BrowserTest {

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	Page.GetByLabelOptions exact = new Page.GetByLabelOptions().setExact(true);

	@Test
	void anOfficerRecordsADecisionAndFindsItInTheRegisterAndTheYearEndSummary() {
		LocalDate start = LocalDate.of(2000, 1, 1);
		Decision d = new Decision("1-QĐ/TU", start, null);
		restructurings.apply(new EstablishOrganization("KB", "Đảng bộ tỉnh Khen Bình", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, d), "t");
		restructurings.apply(new EstablishOrganization("KB.P", "Đảng bộ phường Hòa Khánh",
				OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "KB", start, d), "t");
		restructurings.apply(new EstablishOrganization("KB.P.1", "Chi bộ khu phố Một", OrganizationType.CELL,
				OrganizationField.RESIDENTIAL, "KB.P", start, d), "t");
		members.register(new MemberFile("KB1", "Đinh Thị Hạnh", Gender.FEMALE, LocalDate.of(1985, 2, 1), "Kinh", null,
				null, null, null, null, null, null, null, null, null));
		members.record("KB1", new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2015, 3, 20), "KB.P.1", "5",
				LocalDate.of(2015, 3, 10), null), "t");
		String password = users.add("canbo.khen", Role.ORG_OFFICER, "KB");

		login("canbo.khen", password);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ghi quyết định khen thưởng")).click();
		assertThat(page.locator("h1")).containsText("Ghi quyết định khen thưởng");
		page.getByLabel("Tổ chức ghi quyết định (mã)", exact).fill("KB.P");
		page.getByLabel("Số quyết định", exact).fill("15-QĐ/ĐU");
		page.getByLabel("Ngày quyết định", exact).fill(LocalDate.now().plusDays(1).toString());
		page.getByLabel("Cơ quan ban hành", exact).fill("Đảng ủy phường Hòa Khánh");
		page.getByLabel("Hình thức khen thưởng", exact).selectOption(new SelectOption().setLabel("Bằng khen"));
		page.getByLabel("Năm thành tích", exact).fill("2024");
		page.getByLabel("Lý do (thành tích)", exact).fill("Hoàn thành xuất sắc nhiệm vụ năm 2024");
		page.getByLabel("Tập thể (mã tổ chức)", exact).fill("KB.P.1");
		page.getByLabel("Cá nhân (số hồ sơ đảng viên)", exact).fill("KB1");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi quyết định")).click();
		assertThat(page.locator(".field-error")).containsText("ở tương lai");
		screenshot("commendation-form-refused");

		page.getByLabel("Ngày quyết định", exact).fill("2024-12-20");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi quyết định")).click();
		assertThat(page.locator("h1")).containsText("Quyết định khen thưởng số 15-QĐ/ĐU ngày 20/12/2024");
		assertThat(page.locator("table.recipients")).containsText("Chi bộ khu phố Một");
		assertThat(page.locator("table.recipients")).containsText("Đinh Thị Hạnh");
		screenshot("commendation-decision");

		page.getByText("Về sổ khen thưởng").click();
		assertThat(page.locator("h1")).containsText("Khen thưởng năm 2024");
		assertThat(page.locator(".tally")).hasText("Khen thưởng: 1 tập thể, 1 cá nhân");
		assertThat(page.locator("table.commendations tbody tr").first()).containsText("Chi bộ khu phố Một");
		assertThat(page.locator("table.commendations tbody tr").nth(1)).containsText("Đinh Thị Hạnh");
		// the member's organization on the decision date
		assertThat(page.locator("table.commendations tbody tr").nth(1)).containsText("Chi bộ khu phố Một");
		assertThat(page.locator("table.commendations")).containsText("Bằng khen");
		screenshot("commendations");

		page.navigate(url("/reports/summary?org=KB&year=2024"));
		assertThat(page.locator("p.commendations"))
			.hasText("Khen thưởng: 1 tập thể, 1 cá nhân (năm trước: 0 tập thể, 0 cá nhân)");
		assertThat(page.locator("table.summary")).containsText("Tập thể được khen thưởng");
	}

}
