package vn.dangvu.member.web;

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

class TransferBrowserTests extends BrowserTest {

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	@Test
	void theSendingCellIssuesALetterAndTheReceivingCellConfirmsIt() {
		LocalDate start = LocalDate.of(2000, 1, 1);
		Decision d = new Decision("1", start, null);
		restructurings.apply(new EstablishOrganization("CS", "Đảng bộ tỉnh Chuyển", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, d), "t");
		restructurings.apply(new EstablishOrganization("CS.A", "Chi bộ phường Đông", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.WARD, "CS", start, d), "t");
		restructurings.apply(new EstablishOrganization("CS.B", "Chi bộ phường Tây", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.WARD, "CS", start, d), "t");
		members.register(new MemberFile("CS1", "Lý Thị Thanh", Gender.FEMALE, LocalDate.of(1985, 5, 5), "Kinh", null,
				null, null, null, null, null, null, null, null, null));
		members.record("CS1", new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2015, 3, 20), "CS.A", "1",
				LocalDate.of(2015, 3, 10), null), "t");
		members.record("CS1", new LedgerEvent(MemberEventType.RECOGNIZED, LocalDate.of(2016, 3, 20), null, null, null,
				null), "t");
		String today = LocalDate.now().toString();

		loginAsAdministrator();
		page.navigate(url("/members/CS1"));
		page.locator("#transfer-to").fill("CS.B");
		page.locator("#transfer-issued").fill(today);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giới thiệu chuyển sinh hoạt")).click();
		assertThat(page.locator("[role=status]")).containsText("Đã giới thiệu chuyển sinh hoạt đến CS.B");
		assertThat(page.locator("#transfers table")).containsText("Đang chuyển");
		// the organizations by name, each with its code
		assertThat(page.locator("#transfers table tbody td").nth(2)).containsText("Chi bộ phường Tây");
		assertThat(page.locator("#transfers table tbody td").nth(2).locator("span.code")).hasText("CS.B");

		page.navigate(url("/transfers?org=CS"));
		assertThat(page.locator("main table")).containsText("Lý Thị Thanh");
		assertThat(page.locator("main table tbody td").nth(3)).containsText("Chi bộ phường Đông");
		assertThat(page.locator("main table tbody td").nth(3).locator("span.code")).hasText("CS.A");
		assertThat(page.locator("main table tbody td").nth(4)).containsText("Chi bộ phường Tây");
		assertThat(page.locator("main table tbody td").nth(4).locator("span.code")).hasText("CS.B");
		screenshot("transfers");

		page.navigate(url("/members/CS1"));
		page.locator("#transfers input[name=receivedOn]").fill(today);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận tiếp nhận")).click();
		assertThat(page.locator("[role=status]")).containsText("CS.B đã tiếp nhận đảng viên.");
		assertThat(page.locator("#transfers table")).containsText("Đã tiếp nhận");
		page.navigate(url("/transfers?org=CS"));
		assertThat(page.locator("main")).containsText("Không có giấy giới thiệu nào");
	}

}
