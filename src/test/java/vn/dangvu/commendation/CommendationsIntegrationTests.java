package vn.dangvu.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.dangvu.MockMvcSecurityContext;
import vn.dangvu.access.AuditKind;
import vn.dangvu.access.AuditQuery;
import vn.dangvu.access.AuditTrail;
import vn.dangvu.common.Decision;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.Members;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.RestructuringCommand.MergeOrganizations;
import vn.dangvu.organization.RestructuringCommand.MoveOrganization;
import vn.dangvu.organization.Restructurings;

/**
 * The register on the embedded PostgreSQL: decisions of 2023 in district A, then in 2024 district A's first cell moves
 * to district B and its second cell is merged into district B's cell. The 2023 list and count of district A stay what
 * they were (each recipient attributed by its organization on the decision date, by the tree of that date); a 2024
 * decision follows the moved cell to district B. Voiding takes a decision out of lists and counts and is audited; the
 * year-end summary page counts collectives and individuals. Synthetic names.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MockMvcSecurityContext.class)
@WithMockUser(username = "canbo.khenthuong", roles = "ADMIN")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommendationsIntegrationTests {

	static final LocalDate START = LocalDate.of(2000, 1, 1);

	static final LocalDate MOVED = LocalDate.of(2024, 3, 1);

	static final LocalDate MERGED = LocalDate.of(2024, 6, 1);

	@Autowired
	Commendations commendations;

	@Autowired
	CommendationRegister register;

	@Autowired
	AuditTrail audit;

	@Autowired
	MockMvcTester mvc;

	long certificate;

	long exemplary;

	long posthumous;

	@BeforeAll
	void year2023(@Autowired Restructurings restructurings, @Autowired Members members) {
		Decision d = new Decision("1-QĐ/TU", START, null);
		establish(restructurings, "K", "Đảng bộ tỉnh Khánh Thử", OrganizationType.PROVINCE, null, d);
		establish(restructurings, "K.A", "Đảng bộ huyện An Thử", OrganizationType.UPPER_GRASSROOTS, "K", d);
		establish(restructurings, "K.B", "Đảng bộ huyện Bình Thử", OrganizationType.UPPER_GRASSROOTS, "K", d);
		establish(restructurings, "K.A.1", "Chi bộ xã An Một", OrganizationType.GRASSROOTS_CELL, "K.A", d);
		establish(restructurings, "K.A.2", "Chi bộ xã An Hai", OrganizationType.GRASSROOTS_CELL, "K.A", d);
		establish(restructurings, "K.B.3", "Chi bộ xã Bình Ba", OrganizationType.GRASSROOTS_CELL, "K.B", d);
		member(members, "KA1", "Trần Văn Bình", "K.A.1");
		member(members, "KA2", "Nguyễn Thị An", "K.A.2");
		member(members, "KA3", "Lê Văn Cường", "K.A.1");
		members.record("KA3", new LedgerEvent(MemberEventType.DIED, LocalDate.of(2023, 5, 1), null, null, null, null),
				"t");

		certificate = commendations.record(new RecordCommendation("K.A",
				new Decision("10-QĐ/HU", LocalDate.of(2023, 6, 1), "Ban Thường vụ Huyện ủy An Thử"),
				CommendationForm.CERTIFICATE_OF_MERIT, "Thành tích xuất sắc trong phong trào thi đua", 2022,
				List.of("KA1"), List.of(), List.of("K.A.1")), "canbo");
		exemplary = commendations.record(new RecordCommendation("K.A",
				new Decision("20-QĐ/HU", LocalDate.of(2023, 12, 20), "Ban Thường vụ Huyện ủy An Thử"),
				CommendationForm.EXEMPLARY_ORGANIZATION, "Trong sạch, vững mạnh tiêu biểu năm 2023", 2023, List.of(),
				List.of(), List.of("K.A.2")), "canbo");
		posthumous = commendations.record(new RecordCommendation("K.A.1",
				new Decision("21-QĐ/HU", LocalDate.of(2023, 7, 1), "Ban Thường vụ Huyện ủy An Thử"),
				CommendationForm.CERTIFICATE_OF_MERIT, "Cống hiến lâu năm", null, List.of("KA3"), List.of("KA3"),
				List.of()), "canbo");

		restructurings.apply(new MoveOrganization("K.A.1", "K.B", MOVED, new Decision("30-QĐ/TU", MOVED, null)), "t");
		restructurings.apply(new MergeOrganizations(List.of("K.A.2"), "K.B.3", null, null, MERGED,
				new Decision("31-QĐ/TU", MERGED, null)), "t");
	}

	static void establish(Restructurings restructurings, String code, String name, OrganizationType type, String parent,
			Decision d) {
		restructurings.apply(new EstablishOrganization(code, name, type, OrganizationField.OTHER, parent, START, d), "t");
	}

	static void member(Members members, String memberNo, String name, String cell) {
		members.register(new MemberFile(memberNo, name, Gender.MALE, LocalDate.of(1975, 4, 1), "Kinh", null, "12/12",
				null, null, null, null, null, null, null, null));
		members.record(memberNo, new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2005, 3, 20), cell, "5-QĐ/HU",
				LocalDate.of(2005, 3, 10), null), "t");
	}

	static List<String> codes(CommendationPage page) {
		return page.items().stream().map(r -> r.recipient().code()).toList();
	}

	@Test
	void theYearsListOfTheDistrictStaysWhatItWasAfterTheMoveAndTheMerge() {
		CommendationPage page = register.list(new CommendationQuery("K.A", 2023, null, CommendationSort.NAME, 0, 50));
		// collectives first (An Hai before An Một), then individuals by given name the Vietnamese way: Bình before Cường
		assertThat(codes(page)).containsExactly("K.A.2", "K.A.1", "KA1", "KA3");
		assertThat(page.items().get(3).recipient().posthumous()).isTrue();
		assertThat(page.items().get(2).recipient().orgCode()).isEqualTo("K.A.1");
		assertThat(register.tally("K.A", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
			.isEqualTo(new CommendationTally(2, 2));
		assertThat(register.list(new CommendationQuery("K.B", 2023, null, null, 0, 50)).total())
			.as("the cells that came to district B in 2024 bring no 2023 commendation")
			.isZero();
		CommendationPage members = register.list(new CommendationQuery("K.A", 2023, RecipientKind.MEMBER, null, 0, 50));
		assertThat(codes(members)).containsExactly("KA1", "KA3");
		// the page's tally is the year's, every kind, whichever the list shows
		assertThat(members.tally()).isEqualTo(page.tally()).isEqualTo(new CommendationTally(2, 2));
		assertThat(register.list(new CommendationQuery("K.A", 2023, RecipientKind.ORGANIZATION, null, 1, 50)).tally())
			.isEqualTo(new CommendationTally(2, 2));
	}

	@Test
	void aLaterDecisionFollowsTheMovedCellToItsNewDistrict() {
		LocalDate signed = LocalDate.of(2024, 9, 2);
		assertThatThrownBy(() -> commendations.record(new RecordCommendation("K.A",
				new Decision("40-QĐ/HU", signed, "Huyện ủy An Thử"), CommendationForm.LETTER_OF_COMMENDATION, "Thành tích",
				null, List.of("KA1"), List.of(), List.of()), "canbo"))
			.isInstanceOf(CommendationRejectedException.class)
			.hasMessageContaining("không sinh hoạt trong tổ chức ghi quyết định");
		assertThatThrownBy(() -> commendations.record(new RecordCommendation("K.B",
				new Decision("41-QĐ/HU", signed, "Huyện ủy Bình Thử"), CommendationForm.LETTER_OF_COMMENDATION, "Thành tích",
				null, List.of(), List.of(), List.of("K.A.2")), "canbo"))
			.as("merged away before the decision")
			.isInstanceOf(CommendationRejectedException.class)
			.hasMessageContaining("Không có tổ chức mã K.A.2 vào ngày quyết định 02/09/2024");
		commendations.record(new RecordCommendation("K.B", new Decision("42-QĐ/HU", signed, "Huyện ủy Bình Thử"),
				CommendationForm.LETTER_OF_COMMENDATION, "Thành tích", null, List.of("KA1"), List.of(), List.of()), "canbo");
		assertThat(codes(register.list(new CommendationQuery("K.B", 2024, null, null, 0, 50)))).containsExactly("KA1");
		assertThat(register.list(new CommendationQuery("K.A", 2024, null, null, 0, 50)).total()).isZero();
		// the two years read at once attribute each recipient by the tree of its decision's date, as each year alone
		assertThat(register.tallies("K.A", 2023, 2024)).containsExactly(
				Map.entry(2023, new CommendationTally(2, 2)), Map.entry(2024, new CommendationTally(0, 0)));
		assertThat(register.tallies("K.B", 2023, 2024)).containsExactly(
				Map.entry(2023, new CommendationTally(0, 0)), Map.entry(2024, new CommendationTally(0, 1)));
		assertThat(register.ofMember("KA1")).extracting(CommendationRow::decisionNo).contains("42-QĐ/HU", "10-QĐ/HU");
	}

	@Test
	void aDeceasedMemberWithoutThePosthumousMarkIsRefusedAndNothingIsWritten() {
		long before = register.ofMember("KA3").size();
		assertThatThrownBy(() -> commendations.record(new RecordCommendation("K.A",
				new Decision("22-QĐ/HU", LocalDate.of(2023, 8, 1), "Huyện ủy An Thử"), CommendationForm.CERTIFICATE_OF_MERIT,
				"Thành tích", null, List.of("KA3"), List.of(), List.of()), "canbo"))
			.isInstanceOf(CommendationRejectedException.class)
			.hasMessageContaining("đã từ trần ngày 01/05/2023");
		assertThat(register.ofMember("KA3")).hasSize((int) before);
	}

	@Test
	void theSameDecisionIsNotEnteredTwice() {
		assertThatThrownBy(() -> commendations.record(new RecordCommendation("K.A",
				new Decision("10-QĐ/HU", LocalDate.of(2023, 6, 1), "ban thường vụ huyện ủy an thử"),
				CommendationForm.CERTIFICATE_OF_MERIT, "Thành tích", null, List.of("KA2"), List.of(), List.of()), "canbo"))
			.isInstanceOf(CommendationRejectedException.class)
			.hasMessageContaining("đã có trong sổ");
	}

	@Test
	void aVoidedDecisionLeavesListsAndCountsAndIsAudited() {
		long id = commendations.record(new RecordCommendation("K.A",
				new Decision("23-QĐ/HU", LocalDate.of(2023, 9, 1), "Huyện ủy An Thử"), CommendationForm.LETTER_OF_COMMENDATION,
				"Ghi nhầm", null, List.of("KA2"), List.of(), List.of()), "canbo");
		CommendationTally before = register.tally("K.A", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
		assertThatThrownBy(() -> commendations.voidCommendation(id, " ", "canbo"))
			.isInstanceOf(CommendationRejectedException.class)
			.hasMessageContaining("lý do hủy");
		commendations.voidCommendation(id, "Ghi nhầm số quyết định", "canbo");
		assertThat(register.tally("K.A", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).members())
			.isEqualTo(before.members() - 1);
		CommendationView voided = register.find(id);
		assertThat(voided.voided()).isTrue();
		assertThat(voided.voidReason()).isEqualTo("Ghi nhầm số quyết định");
		assertThatThrownBy(() -> commendations.voidCommendation(id, "Lần nữa", "canbo"))
			.isInstanceOf(CommendationRejectedException.class);
		assertThat(audit.find(new AuditQuery(null, AuditKind.COMMENDATION_VOIDED, "23-QĐ/HU", null, null, null, 0, 10))
			.items()).hasSize(1);
		assertThat(audit.find(new AuditQuery(null, AuditKind.COMMENDATION_RECORDED, "23-QĐ/HU", null, null, null, 0, 10))
			.items()).hasSize(1);
	}

	@Test
	void aDecisionIsShownFromTheSubtreesItConcerns() {
		CommendationView c = register.find(certificate);
		assertThat(register.concerns(c, "K.A")).isTrue();
		assertThat(register.concerns(c, "K.B")).as("K.A.1 is in district B since 2024").isTrue();
		assertThat(register.concerns(register.find(exemplary), "K.B")).as("merged into K.B.3, never in K.B").isFalse();
		assertThat(register.find(posthumous).recipients()).singleElement()
			.satisfies(r -> assertThat(r.posthumous()).isTrue());
	}

	@Test
	void theYearEndSummaryPageCountsCollectivesAndIndividualsWithTheYearBefore() {
		assertThat(mvc.get().uri("/reports/summary?org=K.A&year=2023")).hasStatusOk()
			.bodyText()
			.contains("Khen thưởng: 2 tập thể, 2 cá nhân (năm trước: 0 tập thể, 0 cá nhân)");
		assertThat(mvc.get().uri("/reports/summary?org=K.A&year=2024")).hasStatusOk()
			.bodyText()
			.contains("Khen thưởng: 0 tập thể, 0 cá nhân (năm trước: 2 tập thể, 2 cá nhân)");
	}

	@Test
	void theListPageAndItsExportShowTheRegister() {
		assertThat(mvc.get().uri("/commendations?org=K.A&year=2023")).hasStatusOk()
			.bodyText()
			.contains("Chi bộ xã An Một", "Trần Văn Bình", "Lê Văn Cường", "10-QĐ/HU", "Truy tặng")
			// the column of the recipients' organizations on the decision date
			.contains("<td>Chi bộ xã An Một</td>");
		assertThat(mvc.get().uri("/commendations/export.xlsx?org=K.A&year=2023")).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(mvc.get().uri("/commendations/" + certificate + "?org=K.A")).hasStatusOk()
			.bodyText()
			.contains("10-QĐ/HU", "Bằng khen");
		assertThat(mvc.get().uri("/commendations/" + exemplary + "?org=K.B")).hasStatus(404);
	}

	@Test
	void theMembersPageShowsTheirCommendations() {
		assertThat(mvc.get().uri("/members/KA1")).hasStatusOk()
			.bodyText()
			.contains("Khen thưởng", "Bằng khen", "10-QĐ/HU — Ban Thường vụ Huyện ủy An Thử (2022)");
		assertThat(mvc.get().uri("/members/KA2")).hasStatusOk().bodyText().contains("Chưa có khen thưởng.");
	}

}
