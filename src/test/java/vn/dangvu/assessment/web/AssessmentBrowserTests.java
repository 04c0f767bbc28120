package vn.dangvu.assessment.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.dangvu.BrowserTest;
import vn.dangvu.assessment.AssessmentFixtures;
import vn.dangvu.member.Members;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.Restructurings;

class AssessmentBrowserTests extends BrowserTest {

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	@Test
	void aSecretaryEntersScoresSeesTheQuotaLiveAndClosesTheRound() {
		LocalDate longAgo = LocalDate.of(2012, 5, 19);
		AssessmentFixtures f = new AssessmentFixtures(restructurings, members)
			.organization("BT", "Đảng bộ tỉnh Bình Thử", OrganizationType.PROVINCE, null)
			.organization("BT.C", "Chi bộ phường Tân An", OrganizationType.GRASSROOTS_CELL, "BT");
		String[] names = { "Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em",
				"Võ Thị Giang" };
		for (int i = 0; i < names.length; i++) {
			f.official("BT-" + (i + 1), names[i], "BT.C", longAgo);
		}
		f.probationary("BT-7", "Đặng Văn Mới", "BT.C", LocalDate.of(2025, 8, 1));

		loginAsAdministrator();
		page.navigate(url("/assessments?org=BT&year=2025"));
		assertThat(page.locator("h1")).containsText("năm 2025");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở đợt đánh giá")).click();
		assertThat(page.locator("h1")).containsText("Đánh giá, xếp loại chất lượng đảng viên năm 2025");
		assertThat(page.locator("#entry-BT-7")).containsText("vào Đảng chưa đủ 6 tháng");

		// R-ASM-4: the score decides; the quota box follows every row (R-ASM-2)
		page.getByLabel("Điểm của Nguyễn Văn An").fill("92.5");
		page.getByLabel("Điểm của Nguyễn Văn An").press("Tab");
		assertThat(page.locator("#entry-BT-1")).containsText("Hoàn thành xuất sắc nhiệm vụ");
		assertThat(page.locator("#quota")).containsText("Vượt tỷ lệ (R-ASM-2)");
		String[] scores = { "89.99", "70", "85", "78", "69.99" };
		for (int i = 0; i < scores.length; i++) {
			page.getByLabel("Điểm của " + names[i + 1]).fill(scores[i]);
			page.getByLabel("Điểm của " + names[i + 1]).press("Tab");
			assertThat(page.locator("#entry-BT-" + (i + 2))).containsText(i == 4 ? "Hoàn thành nhiệm vụ" : "Hoàn thành tốt nhiệm vụ");
		}
		// one excellent of four good: over 20 %
		assertThat(page.locator("#quota")).containsText("tối đa là 0 (20% của 4 đảng viên hoàn thành tốt nhiệm vụ)");
		// sick for 3 months: at most completed (R-ASM-3)
		page.getByLabel("Hoàng Văn Em nghỉ ốm từ 3 tháng trở lên").check();
		assertThat(page.locator("#entry-BT-5")).containsText("tối đa hoàn thành nhiệm vụ (R-ASM-3)");
		page.getByLabel("Hoàng Văn Em nghỉ ốm từ 3 tháng trở lên").uncheck();
		assertThat(page.locator("#entry-BT-5")).containsText("Hoàn thành tốt nhiệm vụ");
		// 69.99 → 70: a fifth good grade, and one excellent is exactly 20 %
		page.getByLabel("Điểm của Võ Thị Giang").fill("70");
		page.getByLabel("Điểm của Võ Thị Giang").press("Tab");
		assertThat(page.locator("#quota")).containsText("Tỷ lệ hoàn thành xuất sắc (R-ASM-2): 1, tối đa 1");
		assertThat(page.locator("#quota .warning")).hasCount(0);
		screenshot("assessment-round");

		page.getByLabel("Số quyết định").fill("15-QĐ/ĐU");
		page.getByLabel("Ngày quyết định").fill("2026-01-08");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết thúc và ghi vào hồ sơ")).click();
		assertThat(page.locator("[role=status]")).containsText("ghi kết quả xếp loại của 6 đảng viên vào hồ sơ");

		page.getByText("Xem kết quả xếp loại theo tổ chức").click();
		assertThat(page.locator("table.rates")).containsText("Chi bộ phường Tân An");
		assertThat(page.locator("table.rates")).containsText("100,00 %");
		page.navigate(url("/members/BT-1"));
		assertThat(page.locator("table.timeline")).containsText("Hoàn thành xuất sắc nhiệm vụ");
	}

}
