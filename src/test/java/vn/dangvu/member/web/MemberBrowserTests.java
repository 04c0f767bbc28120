package vn.dangvu.member.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.dangvu.BrowserTest;
import vn.dangvu.common.Decision;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.Members;
import vn.dangvu.member.PoliticalTheory;
import vn.dangvu.member.ProfessionalLevel;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.Restructurings;

/**
 * An officer's journey through a member's record: open the file through the form, record the admission and then the
 * recognition on the member's page, see the official status and the party age, find the member again with the header
 * search ignoring diacritics, and open the member list of the organization; and voiding an event recorded by mistake.
 * Synthetic names only.
 */
class MemberBrowserTests extends BrowserTest {

	static final LocalDate START = LocalDate.of(2000, 1, 1);

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	void establish(String code, String name, OrganizationType type, OrganizationField field, String parent) {
		restructurings.apply(new EstablishOrganization(code, name, type, field, parent, START,
				new Decision("1-QĐ/TU", START, "Ban Thường vụ Tỉnh ủy")), "test");
	}

	Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	Locator link(String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	Locator field(String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	/** Colleagues already in the cell, so that the list looks like one. */
	void colleagues() {
		String[][] people = { { "TN-0101", "Trần Văn Bình", "MALE", "1975-02-11" },
				{ "TN-0102", "Lê Thị Ánh", "FEMALE", "1982-07-30" }, { "TN-0103", "Phạm Minh Đức", "MALE", "1968-12-05" },
				{ "TN-0104", "Thạch Thị Sa Rươl", "FEMALE", "1990-03-14" },
				{ "TN-0105", "Đặng Văn An", "MALE", "1959-09-09" } };
		for (String[] p : people) {
			members.register(new MemberFile(p[0], p[1], Gender.valueOf(p[2]), LocalDate.parse(p[3]),
					p[1].startsWith("Thạch") ? "Khmer" : "Kinh", null, "12/12", ProfessionalLevel.BACHELOR,
					PoliticalTheory.INTERMEDIATE, null, null, null, null, null, null));
			members.record(p[0], new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2010, 5, 19), "TN.P1.C1",
					"31-QĐ/ĐU", LocalDate.of(2010, 5, 10), null), "canbo");
			members.record(p[0], new LedgerEvent(MemberEventType.RECOGNIZED, LocalDate.of(2011, 5, 19), null,
					"40-QĐ/ĐU", LocalDate.of(2011, 5, 25), null), "canbo");
		}
	}

	@Test
	void anOfficerOpensAFileAdmitsAndRecognizesAMemberAndFindsHerAgain() {
		establish("TN", "Đảng bộ tỉnh Thử Nghiệm", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("TN.P1", "Đảng bộ phường An Hòa", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "TN");
		establish("TN.P1.C1", "Chi bộ khu phố 1", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "TN.P1");
		colleagues();

		loginAsAdministrator();

		// the member file, through the form
		link("Lập hồ sơ đảng viên").click();
		assertThat(page.locator("h1")).hasText("Lập hồ sơ đảng viên");
		field("Số hồ sơ").fill("TN-0001");
		field("Họ và tên").fill("Nguyễn Thị Mỹ Hạnh");
		field("Giới tính").selectOption("FEMALE");
		field("Ngày sinh").fill("1990-04-01");
		field("Số định danh cá nhân").fill("079190001234");
		field("Giáo dục phổ thông (ví dụ 12/12)").fill("12/12");
		field("Trình độ chuyên môn").selectOption("BACHELOR");
		field("Lý luận chính trị").selectOption("ELEMENTARY");
		field("Quê quán").fill("Xã Bình Minh, tỉnh Thử Nghiệm");
		field("Nghề nghiệp").fill("Giáo viên");
		button("Lập hồ sơ").click();

		// the file opened, the form for its admission comes open
		assertThat(page).hasURL(url("/members/TN-0001?newEvent=true"));
		assertThat(page.locator("p.notice")).hasText("Đã lập hồ sơ đảng viên số TN-0001: Nguyễn Thị Mỹ Hạnh.");
		assertThat(page.locator("h1 .badge")).hasText("Chưa kết nạp");
		assertThat(page.locator("dl.file")).containsText("079190001234");

		// the admission: the only event a new file allows
		assertThat(field("Sự kiện")).hasValue("ADMITTED");
		field("Ngày hiệu lực").fill("2015-03-20");
		field("Mã tổ chức đảng (chi bộ kết nạp, tổ chức tiếp nhận)").fill("TN.P1.C1");
		field("Số quyết định").fill("12-QĐ/ĐU");
		field("Ngày quyết định").fill("2015-03-02");
		button("Ghi sự kiện").click();

		assertThat(page.locator("p.notice")).hasText("Đã ghi: Kết nạp ngày 20/03/2015.");
		assertThat(page.locator("h1 .badge")).hasText("Đảng viên dự bị");
		// the admission's cell by its name, its code under it, the name a link to the cell as of that day
		Locator admission = page.locator("table.timeline tbody tr").first();
		assertThat(admission).containsText("Chi bộ khu phố 1");
		assertThat(admission.locator(".code")).hasText("TN.P1.C1");
		assertThat(admission.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Chi bộ khu phố 1")))
			.hasAttribute("href", "/organizations/TN.P1.C1?asOf=2015-03-20");
		assertThat(page.locator("dl.state")).containsText("Chi bộ khu phố 1");

		// the recognition comes next, on the end of the 12 months of probation
		assertThat(field("Sự kiện")).hasValue("RECOGNIZED");
		assertThat(field("Ngày hiệu lực")).hasValue("2016-03-20");
		field("Số quyết định").fill("5-QĐ/ĐU");
		field("Ngày quyết định").fill("2016-03-25");
		button("Ghi sự kiện").click();

		long months = ChronoUnit.MONTHS.between(LocalDate.of(2015, 3, 2), LocalDate.now());
		assertThat(page.locator("p.notice")).hasText("Đã ghi: Công nhận đảng viên chính thức ngày 20/03/2016.");
		assertThat(page.locator("h1 .badge")).hasText("Đảng viên chính thức");
		assertThat(page.locator("dl.state")).containsText((months / 12) + " năm " + (months % 12) + " tháng");
		assertThat(page.locator("table.timeline")).containsText("Công nhận đảng viên chính thức");
		// the page only read has the form closed; its link opens it in place (htmx), then choosing another event shows
		// its own inputs (htmx)
		page.navigate(url("/members/TN-0001"));
		assertThat(page.locator("#event-form select")).hasCount(0);
		scriptsReady();
		link("Mở biểu mẫu ghi sự kiện").click();
		assertThat(field("Sự kiện")).hasValue("TRANSFERRED");
		assertThat(page).hasURL(url("/members/TN-0001"));
		field("Sự kiện").selectOption("DISCIPLINED");
		assertThat(field("Hình thức kỷ luật")).isVisible();
		screenshot("member");

		// the header search, diacritics ignored
		page.navigate(url("/organizations"));
		page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Tìm đảng viên")).pressSequentially(
				"nguyen thi", new Locator.PressSequentiallyOptions().setDelay(30));
		Locator suggestion = page.locator("#member-search-results a").filter(
				new Locator.FilterOptions().setHasText("Nguyễn Thị Mỹ Hạnh"));
		assertThat(suggestion).containsText("TN-0001");
		assertThat(suggestion).containsText("Chi bộ khu phố 1");
		suggestion.click();
		assertThat(page).hasURL(url("/members/TN-0001"));

		// the member list of the organization, from its page
		page.navigate(url("/organizations/TN.P1"));
		link("Danh sách đảng viên").last().click();
		assertThat(page.locator("h1")).hasText("Danh sách đảng viên — Đảng bộ phường An Hòa");
		Locator rows = page.locator("table.members tbody tr");
		assertThat(rows).hasCount(6);
		// Vietnamese order: by given name, then family and middle names
		assertThat(rows.first()).containsText("Đặng Văn An");
		// party age (R-AGE-1) on the list's date (today), counted from the admission decision of 10/05/2010
		long colleagueMonths = java.time.Period.between(LocalDate.of(2010, 5, 10), LocalDate.now()).toTotalMonths();
		assertThat(rows.first()).containsText(colleagueMonths / 12 + " năm " + colleagueMonths % 12 + " tháng");
		assertThat(rows.nth(1)).containsText("Lê Thị Ánh");
		assertThat(rows.nth(3)).containsText("Phạm Minh Đức");
		assertThat(rows.nth(4)).containsText("Nguyễn Thị Mỹ Hạnh");
		assertThat(rows.last()).containsText("Thạch Thị Sa Rươl");
		screenshot("member-list");

		// sorting by another column swaps the results only (htmx) and keeps the URL in step
		page.locator("table.members thead").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Số hồ sơ").setExact(true)).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]sort=MEMBER_NO.*"));
		assertThat(rows.first()).containsText("TN-0001");
		assertThat(page.locator("h1")).hasText("Danh sách đảng viên — Đảng bộ phường An Hòa");

		// a filter stays in the URL
		page.locator("select[name=gender]").selectOption("FEMALE");
		button("Lọc").click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]gender=FEMALE.*"));
		assertThat(rows).hasCount(3);

		// a list longer than an Excel sheet (here lowered to 2 rows) offers no export, says why, and the export's
		// address answers a page that leads back to the list
		workbook.mostMembers = 2;
		try {
			page.reload();
			assertThat(link("Xuất Excel")).hasCount(0);
			assertThat(page.locator("#results .summary")).containsText("không xuất được Excel");
			page.navigate(url("/members/export.xlsx?org=TN.P1&gender=FEMALE"));
			assertThat(page.locator("h1")).hasText("Không xuất được danh sách");
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Danh sách có 3 đảng viên");
			link("Về danh sách đảng viên").click();
			assertThat(page.locator("h1")).hasText("Danh sách đảng viên — Đảng bộ phường An Hòa");
			assertThat(rows).hasCount(3);
		}
		finally {
			workbook.mostMembers = MemberListWorkbook.MOST_MEMBERS;
		}
		page.reload();
		assertThat(link("Xuất Excel")).hasCount(1);
	}

	@Autowired
	MemberListWorkbook workbook;


	@Test
	void anOfficerVoidsAMistakenTransferWithItsReason() {
		establish("TV", "Đảng bộ tỉnh Thử Việc", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("TV.P1", "Đảng bộ phường Tân Lập", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "TV");
		establish("TV.P1.C1", "Chi bộ khu phố 1", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "TV.P1");
		establish("TV.P1.C2", "Chi bộ khu phố 2", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "TV.P1");
		members.register(new MemberFile("TV-0001", "Hoàng Thị Thu Trang", Gender.FEMALE, LocalDate.of(1985, 6, 1),
				"Kinh", null, "12/12", ProfessionalLevel.BACHELOR, PoliticalTheory.INTERMEDIATE, null, null, null, null,
				null, null));
		members.record("TV-0001", new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2012, 5, 19), "TV.P1.C1",
				"31-QĐ/ĐU", LocalDate.of(2012, 5, 10), null), "canbo");
		members.record("TV-0001", new LedgerEvent(MemberEventType.RECOGNIZED, LocalDate.of(2013, 5, 19), null,
				"40-QĐ/ĐU", LocalDate.of(2013, 5, 25), null), "canbo");
		members.record("TV-0001", new LedgerEvent(MemberEventType.TRANSFERRED, LocalDate.of(2018, 1, 1), "TV.P1.C2",
				"7-QĐ/ĐU", LocalDate.of(2017, 12, 20), null), "canbo");

		loginAsAdministrator();
		page.navigate(url("/members/TV-0001"));
		assertThat(page.locator("dl.state")).containsText("Chi bộ khu phố 2");
		Locator rows = page.locator("table.timeline tbody tr");
		assertThat(rows).hasCount(3);
		assertThat(page.locator("#void-form")).hasCount(0);

		// a row's link opens the one voiding form, naming the event; "Thôi" closes it, nothing voided
		rows.nth(1).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hủy")).click();
		assertThat(page.locator("#void-form")).containsText("Hủy sự kiện «Công nhận đảng viên chính thức» ngày 19/05/2013");
		link("Thôi, không hủy").click();
		assertThat(page.locator("#void-form")).hasCount(0);
		assertThat(page.locator("tr.voided")).hasCount(0);

		// the transfer's link; the reason is required by the form itself
		rows.nth(2).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hủy")).click();
		Locator form = page.locator("#void-form");
		assertThat(form).containsText("Hủy sự kiện «Chuyển sinh hoạt đảng chính thức» ngày 01/01/2018");
		button("Xác nhận hủy").click();
		assertThat(page.locator("p.notice")).hasCount(0);
		field("Lý do hủy").fill("Ghi nhầm tổ chức nhận");
		screenshot("member-void");
		button("Xác nhận hủy").click();

		// struck through with its reason, the member back in the organization of before
		assertThat(page.locator("p.notice")).hasText("Đã hủy sự kiện. Lý do: Ghi nhầm tổ chức nhận");
		assertThat(page.locator("tr.voided")).hasCount(1);
		assertThat(page.locator("tr.voided")).containsText("Đã hủy: Ghi nhầm tổ chức nhận");
		assertThat(page.locator("tr.voided a.void")).hasCount(0);
		assertThat(page.locator("dl.state")).containsText("Chi bộ khu phố 1");
	}

}
