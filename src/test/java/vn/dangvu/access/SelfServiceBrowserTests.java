package vn.dangvu.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dangvu.BrowserTest;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.Members;
import vn.dangvu.organization.Restructurings;

/** A member logs in, lands on their own file, and reaches nothing else. Synthetic names only. */
class SelfServiceBrowserTests extends BrowserTest {

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	@Test
	void aMemberSeesTheirOwnFileTimelinePartyAgeAndBadgesAndNothingElse() {
		ScopeFixtures.tree(restructurings);
		ScopeFixtures.member(members, "MS001", "Lê Thị Thu Hà", ScopeFixtures.CELL_IN);
		members.record("MS001", new LedgerEvent(MemberEventType.RECOGNIZED, LocalDate.of(2016, 3, 20), null,
				"20-QĐ/ĐU", LocalDate.of(2016, 3, 10), null), "test");
		ScopeFixtures.member(members, "MS002", "Phạm Văn Khác", ScopeFixtures.CELL_IN);
		String password = users.add("thuha", Role.MEMBER, "MS001");

		login("thuha", password);

		assertThat(page).hasURL(url("/self"));
		assertThat(page.locator("h1")).hasText("Hồ sơ đảng viên của tôi");
		assertThat(page.locator("dl.details")).containsText("Lê Thị Thu Hà");
		assertThat(page.locator("dl.details")).containsText("Đảng viên chính thức");
		assertThat(page.locator("dl.details")).containsText("Chi bộ Đông Một (T.A.C1)");
		assertThat(page.locator("dl.details")).containsText("năm");
		assertThat(page.locator("table")).containsText("Kết nạp");
		assertThat(page.locator("table")).containsText("Công nhận đảng viên chính thức");
		assertThat(page.locator("nav.menu")).not().containsText("Cây tổ chức");
		screenshot("self-service");

		page.navigate(url("/organizations/" + ScopeFixtures.CELL_IN));
		assertThat(page.locator("h1")).hasText("Không có quyền truy cập");
		page.navigate(url("/profile"));
		assertThat(page.locator("h1")).hasText("Tài khoản của tôi");
	}

}
