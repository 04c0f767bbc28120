package vn.dangvu.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.dangvu.MockMvcSecurityContext;
import vn.dangvu.assessment.AssessmentFixtures;
import vn.dangvu.assessment.AssessmentRounds;
import vn.dangvu.member.Members;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.Restructurings;

/** The assessment pages through MockMvc: the rates, opening a round, one row through htmx, the whole table, closing. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MockMvcSecurityContext.class)
@WithMockUser(username = "canbo.tochuc", roles = "ADMIN")
class AssessmentWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	@Autowired
	AssessmentRounds rounds;

	void tree(String p) {
		LocalDate long_ago = LocalDate.of(2010, 1, 1);
		new AssessmentFixtures(restructurings, members)
			.organization(p, "Đảng bộ tỉnh " + p, OrganizationType.PROVINCE, null)
			.organization(p + ".C", "Chi bộ phường " + p, OrganizationType.GRASSROOTS_CELL, p)
			.official(p + "-1", "Nguyễn Văn Một", p + ".C", long_ago)
			.official(p + "-2", "Trần Văn Hai", p + ".C", long_ago)
			.official(p + "-3", "Lê Thị Ba", p + ".C", long_ago);
	}

	@Test
	void theRatesPageOpensARoundForAGrassrootsOrganization() {
		tree("WA");
		assertThat(mvc.get().uri("/assessments?org=WA&year=2024")).hasStatusOk()
			.bodyText()
			.contains("Kết quả đánh giá, xếp loại đảng viên năm 2024")
			.contains("Chi bộ phường WA")
			.contains("Mở đợt đánh giá");
		assertThat(mvc.post().uri("/assessments/rounds").with(csrf()).param("org", "WA.C").param("year", "2024"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.startsWith("/assessments/rounds/");
		assertThat(mvc.post().uri("/assessments/rounds").with(csrf()).param("org", "WA").param("year", "2024"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.startsWith("/assessments?org=WA");
	}

	@Test
	void htmxGetsTheRowAndTheQuotaOutOfBand() {
		tree("WB");
		long id = rounds.open("WB.C", 2024, "test");
		assertThat(mvc.get().uri("/assessments/rounds/{id}", id)).hasStatusOk()
			.bodyText()
			.contains("Đánh giá, xếp loại chất lượng đảng viên năm 2024")
			.contains("Nguyễn Văn Một")
			.contains("hx-post=\"/assessments/rounds/" + id + "/entries/WB-1?org=WB.C\"");
		assertThat(mvc.post().uri("/assessments/rounds/{id}/entries/{no}", id, "WB-1").with(csrf())
			.header("HX-Request", "true")
			.param("grade-WB-1", "EXCELLENT"))
			.hasStatusOk()
			.bodyText()
			.contains("<tr id=\"entry-WB-1\"")
			.contains("hx-swap-oob=\"true\"")
			.contains("Vượt tỷ lệ (R-ASM-2)")
			.doesNotContain("<html");
		// refused: the row keeps what was typed and says why
		assertThat(mvc.post().uri("/assessments/rounds/{id}/entries/{no}", id, "WB-2").with(csrf())
			.header("HX-Request", "true")
			.param("grade-WB-2", "GOOD")
			.param("sick-WB-2", "true"))
			.hasStatusOk()
			.bodyText()
			.contains("R-ASM-3");
	}

	@Test
	void withoutJavaScriptTheWholeTableIsSavedAndTheRoundClosed() {
		tree("WC");
		long id = rounds.open("WC.C", 2024, "test");
		assertThat(mvc.post().uri("/assessments/rounds/{id}/entries", id).with(csrf())
			.param("grade-WC-1", "GOOD").param("grade-WC-2", "GOOD").param("grade-WC-3", "COMPLETED")
			.param("org-grade-WC.C", "EXCELLENT"))
			.hasStatus(HttpStatus.FOUND)
			.flash().containsEntry("done", "Đã lưu 4 dòng.");
		assertThat(mvc.post().uri("/assessments/rounds/{id}/close", id).with(csrf()).param("decisionNo", "")
			.param("decisionDate", "2025-01-05"))
			.hasStatus(HttpStatus.FOUND)
			.flash().containsKey("closeErrors");
		assertThat(mvc.post().uri("/assessments/rounds/{id}/close", id).with(csrf()).param("decisionNo", "5-QĐ/ĐU")
			.param("decisionDate", "2025-01-05"))
			.hasStatus(HttpStatus.FOUND)
			.flash().containsEntry("done",
					"Đã kết thúc đợt đánh giá; ghi kết quả xếp loại của 3 đảng viên vào hồ sơ và xếp loại 1 tổ chức đảng.");
		assertThat(mvc.get().uri("/assessments/rounds/{id}", id)).hasStatusOk()
			.bodyText()
			.contains("quyết định số 5-QĐ/ĐU ngày 05/01/2025")
			.doesNotContain("Kết thúc và ghi vào hồ sơ");
		assertThat(mvc.get().uri("/assessments?org=WC&year=2024")).hasStatusOk()
			.bodyText()
			.contains("66,67 %")
			.contains("Xếp loại tổ chức đảng năm 2024")
			.contains("100,00 %");
	}

	@Test
	void htmxGetsAnOrganizationsRowAndItsCountsOutOfBand() {
		tree("WD");
		long id = rounds.open("WD.C", 2024, "test");
		assertThat(mvc.get().uri("/assessments/rounds/{id}", id)).hasStatusOk()
			.bodyText()
			.contains("Xếp loại tổ chức đảng")
			.contains("hx-post=\"/assessments/rounds/" + id + "/organizations/WD.C?org=WD.C\"");
		assertThat(mvc.post().uri("/assessments/rounds/{id}/organizations/{code}", id, "WD.C").with(csrf())
			.header("HX-Request", "true")
			.param("org-grade-WD.C", "GOOD"))
			.hasStatusOk()
			.bodyText()
			.contains("<tr id=\"org-WD.C\"")
			.contains("id=\"org-summary\"")
			.contains("hx-swap-oob=\"true\"")
			.contains("Tổ chức thuộc diện xếp loại: 1; đã xếp loại: 1; chưa xếp loại: 0")
			.doesNotContain("<html");
		// refused: an organization outside the round
		assertThat(mvc.post().uri("/assessments/rounds/{id}/organizations/{code}", id, "WD").with(csrf())
			.param("org-grade-WD", "GOOD"))
			.hasStatus(HttpStatus.FOUND)
			.flash().containsKey("errors");
	}

	@Test
	void aRoundIsFoundOnlyUnderTheOrganizationItsAddressNames() {
		tree("WE");
		tree("WF");
		long id = rounds.open("WE.C", 2024, "test");
		// the organization the scope guard checked must hold the round: its own code or an organization above it
		assertThat(mvc.get().uri("/assessments/rounds/{id}?org=WE.C", id)).hasStatusOk();
		assertThat(mvc.get().uri("/assessments/rounds/{id}?org=WE", id)).hasStatusOk();
		assertThat(mvc.get().uri("/assessments/rounds/{id}?org=WF.C", id)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/assessments/rounds/{id}/entries/{no}?org=WF", id, "WE-1").with(csrf())
			.param("grade-WE-1", "GOOD")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/assessments/rounds/{id}/close?org=WF", id).with(csrf())
			.param("decisionNo", "1").param("decisionDate", "2025-01-05")).hasStatus(HttpStatus.NOT_FOUND);
		// an administrator may leave it out; redirects name it
		assertThat(mvc.get().uri("/assessments/rounds/{id}", id)).hasStatusOk();
		assertThat(mvc.post().uri("/assessments/rounds/{id}/entries", id).with(csrf()).param("grade-WE-1", "GOOD"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl().isEqualTo("/assessments/rounds/" + id + "?org=WE.C");
	}

	@Test
	void anUnknownRoundOrOrganizationIsNotFound() {
		assertThat(mvc.get().uri("/assessments/rounds/999999")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/assessments?org=KHONG.CO&year=2024")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theRatesPageNamesTheFirstFiftyOrganizationsOverTheQuotaAndCountsTheOthers() throws Exception {
		// 51 grassroots cells, each with one member graded EXCELLENT and none GOOD: over the quota (R-ASM-2); named so
		// that the Vietnamese order differs from the codes' (ấp < Đông < thôn, where Đ sorts after t by code point)
		AssessmentFixtures fixtures = new AssessmentFixtures(restructurings, members)
			.organization("WQ", "Đảng bộ tỉnh WQ", OrganizationType.PROVINCE, null);
		String[] given = { "An", "Bình", "Cúc", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nga" };
		for (int i = 1; i <= 51; i++) {
			String cell = "WQ.C%02d".formatted(i);
			String member = "WQ-%02d".formatted(i);
			String name = i == 51 ? "Chi bộ ấp An Bình" : i == 50 ? "Chi bộ Đông Hòa" : "Chi bộ thôn WQ %02d".formatted(i);
			fixtures.organization(cell, name, OrganizationType.GRASSROOTS_CELL, "WQ")
				.official(member, "Lê Văn " + given[i % 10], cell, LocalDate.of(2010, 1, 1))
				.event(member, vn.dangvu.member.MemberEventType.ASSESSED, LocalDate.of(2024, 12, 31), "EXCELLENT");
		}
		String page = mvc.get().uri("/assessments?org=WQ&year=2024").exchange().getResponse().getContentAsString(
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Cảnh báo (R-ASM-2): 51 tổ chức cơ sở đảng")
			.contains("… và 1 tổ chức cơ sở đảng khác");
		// named in the Vietnamese order of their names, the last of it counted in the table only
		String warning = page.substring(page.indexOf("Cảnh báo (R-ASM-2)"), page.indexOf("… và 1 tổ chức"));
		assertThat(warning).containsSubsequence("Chi bộ ấp An Bình", "Chi bộ Đông Hòa", "Chi bộ thôn WQ 01",
				"Chi bộ thôn WQ 48");
		assertThat(warning).doesNotContain("Chi bộ thôn WQ 49").doesNotContain("org=WQ.C49");
		assertThat(page).contains("org=WQ.C49");
	}

}
