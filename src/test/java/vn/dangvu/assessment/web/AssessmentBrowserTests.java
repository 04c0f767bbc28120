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
	void aSecretaryEntersScoresSeesTheQuotaLiveGradesTheOrganizationsAndClosesTheRound() {
		LocalDate longAgo = LocalDate.of(2012, 5, 19);
		AssessmentFixtures f = new AssessmentFixtures(restructurings, members)
			.organization("BT", "Đảng bộ tỉnh Bình Thử", OrganizationType.PROVINCE, null)
			.organization("BT.D", "Đảng bộ phường Tân An", OrganizationType.GRASSROOTS_COMMITTEE, "BT")
			.organization("BT.C", "Chi bộ khu phố Tân An 1", OrganizationType.CELL, "BT.D");
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
		scriptsReady();

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

		// R-ASM-1: the committee and its cell are graded too, by score from 2025 (R-ASM-4)
		assertThat(page.locator("#org-summary")).containsText("Tổ chức thuộc diện xếp loại: 2; đã xếp loại: 0; chưa xếp loại: 2");
		page.getByLabel("Điểm của tổ chức Chi bộ khu phố Tân An 1").fill("90");
		page.getByLabel("Điểm của tổ chức Chi bộ khu phố Tân An 1").press("Tab");
		assertThat(page.locator("[id='org-BT.C']")).containsText("Hoàn thành xuất sắc nhiệm vụ");
		page.getByLabel("Điểm của tổ chức Đảng bộ phường Tân An").fill("93");
		page.getByLabel("Điểm của tổ chức Đảng bộ phường Tân An").press("Tab");
		assertThat(page.locator("[id='org-BT.D']")).containsText("Hoàn thành xuất sắc nhiệm vụ");
		// QĐ 366: a committee member disciplined in the year → at most good
		page.getByLabel("Đảng bộ phường Tân An có tổ chức trực thuộc hoặc cấp ủy viên bị kỷ luật trong năm").check();
		assertThat(page.locator("[id='org-BT.D']")).containsText("tối đa hoàn thành tốt nhiệm vụ (R-ASM-4, QĐ 366)");
		assertThat(page.locator("[id='org-BT.D']")).containsText("Hoàn thành tốt nhiệm vụ");
		assertThat(page.locator("#org-summary")).containsText("đã xếp loại: 2; chưa xếp loại: 0");
		// what the grades rest on: the cell's six graded members (1 excellent, 5 good)
		assertThat(page.locator("[id='org-BT.C']")).containsText("1 · 5 · 0 · 0");
		screenshot("assessment-round");

		page.getByLabel("Số quyết định").fill("15-QĐ/ĐU");
		page.getByLabel("Ngày quyết định").fill("2026-01-08");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết thúc và ghi vào hồ sơ")).click();
		assertThat(page.locator("[role=status]")).containsText("ghi kết quả xếp loại của 6 đảng viên vào hồ sơ");

		page.getByText("Xem kết quả xếp loại theo tổ chức").click();
		assertThat(page.locator("table.rates").first()).containsText("Đảng bộ phường Tân An");
		assertThat(page.locator("table.rates").first()).containsText("100,00 %");
		// the organizations' grades rolled up: the committee's own, two graded in its subtree
		assertThat(page.locator("#organization-grades")).containsText("Hoàn thành tốt nhiệm vụ");
		assertThat(page.locator("#organization-grades table")).containsText("100,00 %");
		page.navigate(url("/members/BT-1"));
		assertThat(page.locator("table.timeline")).containsText("Hoàn thành xuất sắc nhiệm vụ");
	}

}
