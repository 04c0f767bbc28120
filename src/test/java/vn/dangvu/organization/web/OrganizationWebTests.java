package vn.dangvu.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import vn.dangvu.MockMvcSecurityContext;
import vn.dangvu.common.Decision;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationMembership;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.RestructuringCommand.MergeOrganizations;
import vn.dangvu.organization.RestructuringCommand.RenameOrganization;
import vn.dangvu.organization.Restructurings;

/**
 * The organization page and the restructuring form → preview → confirmation, through MockMvc. Each test builds a small
 * tree of its own (its own codes) through {@link Restructurings}, so the tests share the class's database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MockMvcSecurityContext.class)
@WithMockUser(username = "canbo.tochuc", roles = "ADMIN")
class OrganizationWebTests {

	static final LocalDate START = LocalDate.of(2015, 1, 1);

	static final LocalDate ON = LocalDate.of(2025, 7, 1);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Restructurings restructurings;

	@Autowired
	Organizations organizations;

	/** Membership data for the organizations whose code starts with {@code W.}, none for the others. */
	@TestConfiguration
	static class Members {

		@Bean
		@org.springframework.context.annotation.Primary
		OrganizationMembership organizationMembership() {
			return new OrganizationMembership() {
				@Override
				public long membersOn(String code, LocalDate date) {
					return switch (code) {
						case "W.CELL" -> 2;
						case "W.BIG" -> 31;
						default -> 0;
					};
				}

				@Override
				public long officialMembersOn(String code, LocalDate date) {
					return membersOn(code, date);
				}

				// the organizations with members have no children here: a subtree's members are its own
				@Override
				public SubtreeMembers subtreeMembersOn(String code, LocalDate date) {
					return new SubtreeMembers(membersOn(code, date), officialMembersOn(code, date));
				}
			};
		}

	}

	void establish(String code, String name, OrganizationType type, OrganizationField field, String parent) {
		restructurings.apply(new EstablishOrganization(code, name, type, field, parent, START,
				new Decision("1-QĐ/TU", START, "Ban Thường vụ Tỉnh ủy")), "test");
	}

	/** A province with two wards; the first ward has a cell. */
	void smallTree(String p) {
		establish(p, "Đảng bộ tỉnh Thử Nghiệm " + p, OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish(p + ".A", "Đảng bộ phường An Hòa", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, p);
		establish(p + ".B", "Đảng bộ phường Bình Minh", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD,
				p);
		establish(p + ".A.1", "Chi bộ khu phố 1", OrganizationType.CELL, OrganizationField.RESIDENTIAL, p + ".A");
	}

	MockMvcRequestBuilder decided(MockMvcRequestBuilder request) {
		return request.with(csrf())
			.param("decisionNo", "15-QĐ/TU")
			.param("decisionDate", "2025-06-28")
			.param("decisionIssuer", "Ban Thường vụ Tỉnh ủy")
			.param("effectiveOn", ON.toString());
	}

	@Test
	void showsTheDetailsHistoryLineageAndDecisionsOfAnOrganization() {
		smallTree("H");
		establish("H.C", "Đảng bộ phường Cầu Đá", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "H");
		restructurings.apply(new RenameOrganization("H.B", "Đảng bộ phường Bình Minh Mới", LocalDate.of(2020, 1, 1),
				new Decision("7-QĐ/TU", LocalDate.of(2019, 12, 20), null)), "test");
		restructurings.apply(new MergeOrganizations(List.of("H.C"), "H.B", null, null, ON,
				new Decision("15-QĐ/TU", LocalDate.of(2025, 6, 28), "Ban Thường vụ Tỉnh ủy")), "test");

		assertThat(mvc.get().uri("/organizations/H.B?asOf=2025-08-01")).hasStatusOk()
			.hasViewName("organization/organization")
			.bodyText()
			.contains("Đảng bộ phường Bình Minh Mới", "Đảng bộ cơ sở", "Phường", "Đảng bộ tỉnh Thử Nghiệm H")
			// history: two periods, the first up to the day before the rename
			.contains("01/01/2015", "31/12/2019", "01/01/2020", "Đảng bộ phường Bình Minh<")
			// lineage and decisions
			.contains("Hình thành từ", "Đảng bộ phường Cầu Đá", "Số 15-QĐ/TU ngày 28/06/2025")
			.contains("Sáp nhập, hợp nhất", "Đổi tên", "7-QĐ/TU", "20/12/2019", "01/07/2025")
			// links to record a restructuring of it, pre-filled
			.contains("/restructurings/new?operation=MOVE&amp;code=H.B");
		assertThat(mvc.get().uri("/organizations/H?asOf=2025-08-01")).hasStatusOk()
			.bodyText()
			.contains("Đảng bộ phường An Hòa", "1 Chi bộ trực thuộc")
			.doesNotContain("Đảng bộ phường Cầu Đá");
	}

	@Test
	void showsAnOrganizationThatHasEndedAsOfItsLastDayWithANotice() {
		smallTree("E");
		restructurings.apply(new MergeOrganizations(List.of("E.A"), "E.B", null, null, ON,
				new Decision("16-QĐ/TU", LocalDate.of(2025, 6, 28), null)), "test");

		assertThat(mvc.get().uri("/organizations/E.A?asOf=2025-08-01")).hasStatusOk()
			.bodyText()
			.contains("không còn hoạt động (chấm dứt từ ngày 01/07/2025)", "ngày cuối cùng 30/06/2025")
			.contains("Chuyển thành", "Đảng bộ phường Bình Minh")
			.doesNotContain("Ghi nhận sắp xếp, kiện toàn tổ chức này");
		assertThat(mvc.get().uri("/organizations/E.A?asOf=2010-01-01")).hasStatusOk()
			.bodyText()
			.contains("Vào ngày 01/01/2010 tổ chức chưa được thành lập");
	}

	@Test
	void answersAVietnamese404ForAnUnknownCode() {
		assertThat(mvc.get().uri("/organizations/KHONG.CO")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Không tìm thấy", "Không có tổ chức mã KHONG.CO.");
	}

	@Test
	void prefillsTheFormFromTheOrganization() {
		smallTree("F");
		assertThat(mvc.get().uri("/restructurings/new?operation=MOVE&code=F.A.1")).hasStatusOk()
			.hasViewName("organization/restructuring-form")
			.bodyText()
			.contains("Mã tổ chức cấp trên mới", "value=\"F.A.1\"", "Số quyết định", "Ngày hiệu lực");
		assertThat(mvc.get().uri("/restructurings/new?operation=MERGE&code=F.A")).hasStatusOk()
			.bodyText()
			.contains("Mã các tổ chức được sáp nhập", ">F.A</textarea>", "Mã tổ chức nhận sáp nhập");
		assertThat(mvc.get().uri("/restructurings/new?operation=SPLIT&code=F.A")).hasStatusOk()
			.bodyText()
			.contains("Chi bộ khu phố 1", "name=\"assignment[F.A.1]\"", "name=\"parts[3].code\"");
	}

	@Test
	void showsAFieldErrorForAMissingDecisionNumber() {
		smallTree("V");
		assertThat(mvc.post()
			.uri("/restructurings/preview")
			.with(csrf())
			.param("operation", "MOVE")
			.param("code", "V.A.1")
			.param("parentCode", "V.B")
			.param("decisionDate", "2025-06-28")
			.param("effectiveOn", ON.toString()))
			.hasStatusOk()
			.hasViewName("organization/restructuring-form")
			.bodyText()
			.contains("Chưa nhập số quyết định.", "value=\"V.B\"");
		assertThat(mvc.post()
			.uri("/restructurings/preview")
			.with(csrf())
			.param("operation", "MOVE")
			.param("decisionNo", "1")
			.param("decisionDate", "28/06/2025")
			.param("effectiveOn", "31/02/2025"))
			.hasStatusOk()
			.bodyText()
			.contains("Chưa nhập ngày hiệu lực, hoặc ngày không hợp lệ", "Chưa nhập.", "value=\"2025-06-28\"");
	}

	@Test
	void answersBadRequestToAFormNoPageCouldHaveSent() {
		assertThat(decided(mvc.post().uri("/restructurings/preview")).param("operation", "EXPLODE"))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void refusesToDissolveAnOrganizationWithChildrenAndChangesNothing() {
		smallTree("D");
		int decisions = organizations.decisions("D.A").size();

		assertThat(mvc.perform(decided(mvc.post().uri("/restructurings")).param("operation", "DISSOLVE")
			.param("code", "D.A")))
			.hasStatusOk()
			.hasViewName("organization/restructuring-form")
			.bodyText()
			.contains("Không thể giải thể D.A: vào ngày 01/07/2025 còn 1 tổ chức trực thuộc.");

		assertThat(organizations.find("D.A", ON)).isPresent();
		assertThat(organizations.decisions("D.A")).hasSize(decisions);
	}

	@Test
	void previewShowsWhatWillChangeAndChangesNothing() {
		smallTree("P");
		assertThat(mvc.perform(decided(mvc.post().uri("/restructurings/preview")).param("operation", "MOVE")
			.param("code", "P.A.1")
			.param("parentCode", "P.B")))
			.hasStatusOk()
			.hasViewName("organization/restructuring-preview")
			.bodyText()
			.contains("Chuyển Chi bộ khu phố 1 (P.A.1) về trực thuộc Đảng bộ phường Bình Minh (P.B) từ ngày 01/07/2025")
			.contains("Trước ngày hiệu lực (tại ngày 30/06/2025)", "Thay đổi", "trước trực thuộc: P.A")
			.contains("Xác nhận", "name=\"parentCode\" value=\"P.B\"");

		assertThat(organizations.find("P.A.1", ON)).get().extracting(OrganizationView::parentCode).isEqualTo("P.A");
		assertThat(organizations.decisions("P.A.1")).hasSize(1);
	}

	@Test
	void confirmingAppliesTheMoveAndSaysWhatWasDone() {
		smallTree("M");
		assertThat(mvc.perform(decided(mvc.post().uri("/restructurings")).param("operation", "MOVE")
			.param("code", "M.A.1")
			.param("parentCode", "M.B")))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/organizations/M.A.1?asOf=2025-07-01")
			.flash()
			.containsEntry("done", "Đã ghi nhận theo quyết định số 15-QĐ/TU: Chuyển Chi bộ khu phố 1 (M.A.1) về trực thuộc"
					+ " Đảng bộ phường Bình Minh (M.B) từ ngày 01/07/2025.");

		assertThat(organizations.find("M.A.1", ON)).get().extracting(OrganizationView::parentCode).isEqualTo("M.B");
		assertThat(organizations.find("M.A.1", ON.minusDays(1))).get()
			.extracting(OrganizationView::parentCode)
			.isEqualTo("M.A");
	}

	@Test
	void splitsThroughTheFormSharingOutTheChildren() {
		smallTree("S");
		establish("S.A.2", "Chi bộ khu phố 2", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "S.A");
		assertThat(mvc.perform(decided(mvc.post().uri("/restructurings")).param("operation", "SPLIT")
			.param("code", "S.A")
			.param("parts[0].code", "S.AN")
			.param("parts[0].name", "Đảng bộ phường An Hòa Bắc")
			.param("parts[0].type", "GRASSROOTS_COMMITTEE")
			.param("parts[0].field", "WARD")
			.param("parts[1].code", "S.AS")
			.param("parts[1].name", "Đảng bộ phường An Hòa Nam")
			.param("parts[1].type", "GRASSROOTS_COMMITTEE")
			.param("parts[1].field", "WARD")
			.param("parts[2].code", "")
			.param("assignment[S.A.1]", "1")
			.param("assignment[S.A.2]", "2")))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/organizations/S.A?asOf=2025-07-01");

		assertThat(organizations.children("S.AN", ON)).extracting(OrganizationView::code).containsExactly("S.A.1");
		assertThat(organizations.children("S.AS", ON)).extracting(OrganizationView::code).containsExactly("S.A.2");
	}

	@Test
	void asksWhereEachChildGoesWhenASplitLeavesOneOut() {
		smallTree("SX");
		assertThat(mvc.perform(decided(mvc.post().uri("/restructurings/preview")).param("operation", "SPLIT")
			.param("code", "SX.A")
			.param("parts[0].code", "SX.AN")
			.param("parts[0].name", "Đảng bộ phường An Hòa Bắc")
			.param("parts[0].type", "GRASSROOTS_COMMITTEE")
			.param("parts[0].field", "WARD")
			.param("parts[1].code", "SX.AS")
			.param("parts[1].name", "Đảng bộ phường An Hòa Nam")
			.param("parts[1].type", "GRASSROOTS_COMMITTEE")
			.param("parts[1].field", "WARD")))
			.hasStatusOk()
			.hasViewName("organization/restructuring-form")
			.bodyText()
			.contains("Chưa chọn tổ chức mới cho SX.A.1.", "Tổ chức mới 1 (SX.AN)");
	}

	@Test
	void mergesIntoANewTargetThroughTheForm() {
		smallTree("G");
		assertThat(mvc.perform(decided(mvc.post().uri("/restructurings")).param("operation", "MERGE")
			.param("subjectCodes", "G.A\r\nG.B")
			.param("targetCode", "G.AB")
			.param("targetName", "Đảng bộ phường An Bình")
			.param("targetType", "GRASSROOTS_COMMITTEE")
			.param("targetField", "WARD")
			.param("parentCode", "G")))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/organizations/G.AB?asOf=2025-07-01");

		assertThat(organizations.find("G.AB", ON)).get()
			.extracting(OrganizationView::name, OrganizationView::parentCode)
			.containsExactly("Đảng bộ phường An Bình", "G");
		assertThat(organizations.children("G.AB", ON)).extracting(OrganizationView::code).containsExactly("G.A.1");
		assertThat(organizations.predecessors("G.AB")).hasSize(2);
	}

	@Test
	void showsAnUnknownOrganizationInTheFormAsAFieldError() {
		smallTree("U");
		assertThat(mvc.perform(decided(mvc.post().uri("/restructurings/preview")).param("operation", "MOVE")
			.param("code", "U.A.1")
			.param("parentCode", "U.KHONG")))
			.hasStatusOk()
			.hasViewName("organization/restructuring-form")
			.bodyText()
			.contains("Không có tổ chức mã U.KHONG.");
	}

	/** R-ORG-1 and R-ORG-2 warn on the page once membership data exists; they never block. */
	@Test
	void warnsOfTooFewOfficialMembersAndOfACellThatHasGrownIntoACommittee() {
		establish("W", "Đảng bộ tỉnh Thử Nghiệm W", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("W.CELL", "Chi bộ cơ sở Trường Tiểu học Hòa Bình", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.PUBLIC_SERVICE, "W");
		establish("W.BIG", "Chi bộ cơ sở Công ty Phú An", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.NON_STATE_ENTERPRISE, "W");

		assertThat(mvc.get().uri("/organizations/W.CELL")).hasStatusOk()
			.bodyText()
			.contains("R-ORG-1", "chỉ có 2 đảng viên chính thức");
		assertThat(mvc.get().uri("/organizations/W.BIG")).hasStatusOk()
			.bodyText()
			.contains("R-ORG-2", "Chi bộ cơ sở có 31 đảng viên")
			.doesNotContain("R-ORG-1");
		assertThat(mvc.get().uri("/organizations/W")).hasStatusOk().bodyText().doesNotContain("R-ORG-");
	}

	@Test
	void switchesTheOperationKeepingTheOrganization() {
		smallTree("K");
		assertThat(mvc.get().uri("/restructurings/new?operation=RENAME&code=K.A")).hasStatusOk()
			.bodyText()
			.contains("Tên mới", "value=\"K.A\"", "<option value=\"RENAME\" selected=\"selected\">");
		assertThat(mvc.get().uri("/restructurings/new?operation=ESTABLISH&code=K.A")).hasStatusOk()
			.bodyText()
			.contains("Mã tổ chức mới", "id=\"parentCode\" name=\"parentCode\" value=\"K.A\"");
	}

	@Test
	void theBackButtonOfThePreviewReturnsToTheFilledForm() {
		assertThat(mvc.perform(decided(mvc.post().uri("/restructurings/edit")).param("operation", "RENAME")
			.param("code", "X.1")
			.param("name", "Đảng bộ phường Tự Lực")))
			.hasStatusOk()
			.hasViewName("organization/restructuring-form")
			.bodyText()
			.contains("value=\"Đảng bộ phường Tự Lực\"", "value=\"15-QĐ/TU\"", "value=\"2025-07-01\"")
			.doesNotContain("Chưa nhập");
	}

	@Test
	void establishesANewOrganizationThroughTheForm() {
		smallTree("N");
		assertThat(mvc.perform(decided(mvc.post().uri("/restructurings")).param("operation", "ESTABLISH")
			.param("code", "N.A.3")
			.param("name", "Chi bộ khu phố 3")
			.param("type", "CELL")
			.param("field", "RESIDENTIAL")
			.param("parentCode", "N.A")))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/organizations/N.A.3?asOf=2025-07-01");
		assertThat(organizations.find("N.A.3", ON)).get().extracting(OrganizationView::parentCode).isEqualTo("N.A");
	}

}
