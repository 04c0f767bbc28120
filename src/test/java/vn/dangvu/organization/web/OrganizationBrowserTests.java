package vn.dangvu.organization.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.dangvu.BrowserTest;
import vn.dangvu.common.Decision;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.Restructurings;

/**
 * An officer's journey through the tree: browse and search it, open an organization, record a move on a decision
 * (form → preview → confirmation), and see the tree of the day before unchanged. Synthetic names only.
 */
class OrganizationBrowserTests extends BrowserTest {

	static final LocalDate START = LocalDate.of(2015, 1, 1);

	@Autowired
	Restructurings restructurings;

	void establish(String code, String name, OrganizationType type, OrganizationField field, String parent) {
		restructurings.apply(new EstablishOrganization(code, name, type, field, parent, START,
				new Decision("1-QĐ/TU", START, "Ban Thường vụ Tỉnh ủy")), "test");
	}

	Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	Locator field(String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	/** The children shown under a node of the tree once it is expanded. */
	Locator childrenOf(String code) {
		return page.locator("li:has(> button.toggle[data-code='" + code + "']) > .children");
	}

	@Test
	void anOfficerMovesAWardToAnotherDistrictAndTheTreeOfTheDayBeforeStaysAsItWas() {
		establish("TN", "Đảng bộ tỉnh Thử Nghiệm", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("TN.H1", "Đảng bộ huyện Đông Sơn", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER, "TN");
		establish("TN.H2", "Đảng bộ huyện Tây Sơn", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER, "TN");
		establish("TN.H1.P1", "Đảng bộ phường An Hòa", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD,
				"TN.H1");
		establish("TN.H1.P1.C1", "Chi bộ khu phố 1", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "TN.H1.P1");
		establish("TN.H1.P1.C2", "Chi bộ khu phố 2", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "TN.H1.P1");
		establish("TN.H2.X1", "Đảng bộ xã Bình Minh", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.COMMUNE,
				"TN.H2");

		loginAsAdministrator();

		// the tree, one node expanded
		assertThat(page).hasURL(url("/organizations"));
		page.locator("button.toggle[data-code='TN']").click();
		assertThat(childrenOf("TN")).containsText("Đảng bộ huyện Đông Sơn");
		page.locator("button.toggle[data-code='TN.H1']").click();
		assertThat(childrenOf("TN.H1")).containsText("Đảng bộ phường An Hòa");
		screenshot("tree");

		// a search that ignores diacritics
		page.locator("input[name=q]").fill("phuong an hoa");
		button("Xem").click();
		Locator found = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đảng bộ phường An Hòa"));
		assertThat(found).isVisible();

		// the organization page
		found.click();
		assertThat(page.locator("h1")).containsText("Đảng bộ phường An Hòa");
		assertThat(page.locator("dl.details")).containsText("Đảng bộ huyện Đông Sơn");

		// record a move: form → preview → confirmation
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chuyển trực thuộc")).click();
		assertThat(field("Mã tổ chức được chuyển")).hasValue("TN.H1.P1");
		scriptsReady();
		// switching the operation (htmx) keeps the organization
		page.locator("#operation-switch select").selectOption("RENAME");
		assertThat(field("Tên mới")).isVisible();
		page.locator("#operation-switch select").selectOption("MOVE");
		assertThat(field("Mã tổ chức được chuyển")).hasValue("TN.H1.P1");

		field("Mã tổ chức cấp trên mới").fill("TN.H2");
		field("Số quyết định").fill("15-QĐ/TU");
		field("Ngày quyết định").fill("2025-06-28");
		field("Cơ quan ban hành").fill("Ban Thường vụ Tỉnh ủy");
		field("Ngày hiệu lực").fill("2025-07-01");
		screenshot("restructuring-form");
		button("Xem trước thay đổi").click();

		assertThat(page.locator("h1")).hasText("Xem trước thay đổi");
		assertThat(page.locator("dd.summary")).hasText("Chuyển Đảng bộ phường An Hòa (TN.H1.P1) về trực thuộc "
				+ "Đảng bộ huyện Tây Sơn (TN.H2) từ ngày 01/07/2025");
		assertThat(page.locator("table.subtree").last()).containsText("trước trực thuộc: TN.H1");
		screenshot("restructuring-preview");

		button("Xác nhận").click();
		assertThat(page).hasURL(url("/organizations/TN.H1.P1?asOf=2025-07-01"));
		assertThat(page.locator("p.notice")).hasText("Đã ghi nhận theo quyết định số 15-QĐ/TU: Chuyển Đảng bộ phường "
				+ "An Hòa (TN.H1.P1) về trực thuộc Đảng bộ huyện Tây Sơn (TN.H2) từ ngày 01/07/2025.");
		assertThat(page.locator("dl.details")).containsText("Đảng bộ huyện Tây Sơn");
		assertThat(page.locator("table.history")).containsText("30/06/2025");
		screenshot("organization");

		// the tree of the day before still has the ward under its old district
		page.navigate(url("/organizations"));
		page.locator("input[name=asOf]").fill("2025-06-30");
		button("Xem").click();
		scriptsReady();
		page.locator("button.toggle[data-code='TN']").click();
		page.locator("button.toggle[data-code='TN.H1']").click();
		assertThat(childrenOf("TN.H1")).containsText("Đảng bộ phường An Hòa");
		page.locator("button.toggle[data-code='TN.H2']").click();
		assertThat(childrenOf("TN.H2")).containsText("Đảng bộ xã Bình Minh");
		assertThat(childrenOf("TN.H2")).not().containsText("Đảng bộ phường An Hòa");
	}

}
