package vn.dangvu.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.dangvu.MockMvcSecurityContext;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.Members;
import vn.dangvu.member.PoliticalTheory;
import vn.dangvu.member.ProfessionalLevel;
import vn.dangvu.member.TransferView;
import vn.dangvu.member.Transfers;
import vn.dangvu.organization.Restructurings;

/**
 * The member pages within the caller's scope, beyond the matrix's statuses: what the header search, the lists and
 * the reports show without an organization; national IDs masked in lists; a new file opened with its admission in
 * the scope; a transfer to another district, received there although the member was not in its scope before.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MockMvcSecurityContext.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberScopeWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService details;

	@Autowired
	Users users;

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	@Autowired
	MemberRoster roster;

	@Autowired
	Transfers transfers;

	String officerToken;

	@BeforeAll
	void data() {
		ScopeFixtures.tree(restructurings);
		ScopeFixtures.members(members);
		ScopeFixtures.users(users);
		users.add("canbo.tay", Role.ORG_OFFICER, "T.B");
		officerToken = users.newToken("canbo");
		members.register(new MemberFile("MA002", "Phạm Thị Định Danh", Gender.FEMALE, LocalDate.of(1985, 7, 9), "Kinh",
				null, null, ProfessionalLevel.BACHELOR, PoliticalTheory.ELEMENTARY, null, "079185123789", null, null,
				null, null));
		members.record("MA002", new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2015, 3, 20),
				ScopeFixtures.CELL_IN, "12-QĐ/ĐU", LocalDate.of(2015, 3, 2), null), "test");
	}

	RequestPostProcessor as(String username) {
		return user(details.loadUserByUsername(username));
	}

	private MockMvcTester.MockMvcRequestBuilder search(String text, String username) {
		return mvc.get().uri("/members/search").param("text", text).header("HX-Request", "true").with(as(username));
	}

	@Test
	void searchesFromTheHeaderOnlyWithinTheCallersOwnSubtree() {
		// a fragment, never a redirect: htmx puts it under the search box
		assertThat(search("Tây", "canbo")).hasStatusOk().hasViewName("member/search :: results")
			.bodyText()
			.doesNotContain(ScopeFixtures.MEMBER_OUT)
			.contains("Không tìm thấy ai");
		assertThat(search("Đông", "canbo")).hasStatusOk().bodyText().contains(ScopeFixtures.MEMBER_IN);
		assertThat(search("Tây", "lanhdao")).hasStatusOk().bodyText().doesNotContain(ScopeFixtures.MEMBER_OUT);
		assertThat(search("Đông", "bithu")).hasStatusOk().bodyText().contains(ScopeFixtures.MEMBER_IN);
		assertThat(search("Tây", "quantri")).hasStatusOk().bodyText().contains(ScopeFixtures.MEMBER_OUT);
		// a member reads their own file only, and finds nobody
		assertThat(search("Đông", "dangvien")).hasStatusOk().bodyText().doesNotContain(ScopeFixtures.MEMBER_IN);
		// by an exact national ID too, outside the scope neither
		assertThat(search("079185123789", "canbo.tay")).hasStatusOk().bodyText().doesNotContain("MA002");
		assertThat(search("079185123789", "canbo")).hasStatusOk().bodyText().contains("MA002");
	}

	@Test
	void sendsListsAndReportsWithoutAnOrganizationToTheCallersOwn() {
		assertThat(mvc.get().uri("/members").with(as("canbo"))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/members?org=T.A");
		assertThat(mvc.get().uri("/members/export.xlsx").with(as("bithu"))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/members/export.xlsx?org=T.A.C1");
		assertThat(mvc.get().uri("/transfers").with(as("lanhdao"))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/transfers?org=T.A");
		assertThat(mvc.get().uri("/reports/summary?year=2024").with(as("lanhdao"))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/reports/summary?year=2024&org=T.A");
		assertThat(mvc.get().uri("/reports/statistics").with(as("canbo"))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/reports/statistics?org=T.A");
		assertThat(mvc.get().uri("/members").with(as("dangvien"))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/self");
		// the first root only for an administrator
		assertThat(mvc.get().uri("/reports/statistics").with(as("quantri"))).hasStatusOk();
		assertThat(mvc.get().uri("/members?org=T.A").with(as("canbo"))).hasStatusOk()
			.bodyText()
			.contains("Nguyễn Văn Đông")
			.doesNotContain("Trần Thị Tây");
	}

	@Test
	void refusesTheApiListWithoutAnOrganizationToAnyoneButAnAdministrator() {
		assertThat(mvc.get().uri("/api/v1/members").header("Authorization", "Bearer " + officerToken))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://dangvu.vn/problems/org-required");
		assertThat(mvc.get().uri("/api/v1/members?org=T.A").header("Authorization", "Bearer " + officerToken))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].memberNo")
			.asArray()
			.contains(ScopeFixtures.MEMBER_IN)
			.doesNotContain(ScopeFixtures.MEMBER_OUT);
	}

	@Test
	void masksNationalIdsInListsAndShowsThemInFullOnTheMembersPageOnly() {
		assertThat(mvc.get().uri("/members?org=T.A.C1").with(as("canbo"))).hasStatusOk()
			.bodyText()
			.contains("•••••••••789")
			.doesNotContain("079185123789");
		assertThat(search("Định Danh", "canbo")).hasStatusOk()
			.bodyText()
			.contains("•••••••••789")
			.doesNotContain("079185123789");
		assertThat(mvc.get().uri("/members/MA002").with(as("canbo"))).hasStatusOk()
			.bodyText()
			.contains("079185123789");
	}

	@Test
	void opensANewFileOnlyWithAnAdmissionIntoTheScope() {
		assertThat(mvc.get().uri("/members/new").with(as("canbo"))).hasStatusOk()
			.bodyText()
			.contains("name=\"orgCode\" value=\"T.A\"");
		// without the admitting cell: in nobody's scope but an administrator's, so not opened
		assertThat(newFile("MN001", "").with(as("canbo"))).hasStatusOk()
			.bodyText()
			.contains("Cần mã chi bộ kết nạp");
		assertThat(roster.find("MN001", LocalDate.now())).isEmpty();
		assertThat(newFile("MN001", ScopeFixtures.CELL_OUT).with(as("canbo"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(roster.find("MN001", LocalDate.now())).isEmpty();

		assertThat(newFile("MN001", ScopeFixtures.CELL_IN).with(as("canbo"))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/members/MN001?newEvent=true");
		assertThat(mvc.get().uri("/members/MN001").with(as("bithu"))).hasStatusOk()
			.bodyText()
			.contains("Lê Thị Mới", "Chi bộ Đông Một");
		// an administrator may still open a file alone and admit later
		assertThat(newFile("MN002", "").with(as("quantri"))).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri("/members/MN002").with(as("canbo"))).hasStatus(HttpStatus.NOT_FOUND);
		// the number of a recorded file outside the scope is not found, as everywhere
		assertThat(newFile(ScopeFixtures.MEMBER_OUT, ScopeFixtures.CELL_IN).with(as("canbo")))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	private MockMvcTester.MockMvcRequestBuilder newFile(String memberNo, String cell) {
		return mvc.post()
			.uri("/members/new")
			.with(csrf())
			.param("memberNo", memberNo)
			.param("fullName", "Lê Thị Mới")
			.param("gender", "FEMALE")
			.param("birthDate", "1995-01-01")
			.param("ethnicity", "Kinh")
			.param("orgCode", cell)
			.param("admittedOn", cell.isEmpty() ? "" : "2024-06-01")
			.param("admissionDecisionNo", cell.isEmpty() ? "" : "3-QĐ/ĐU")
			.param("admissionDecisionDate", cell.isEmpty() ? "" : "2024-05-20");
	}

	/**
	 * The handshake across districts: the sending district issues the letter to a cell of another; the receiving
	 * district sees the letter (not the member's file) and receives it; the sending district may not receive it for
	 * them; with an official transfer the member then belongs to the receiving district's scope.
	 */
	@Test
	void letsTheReceivingDistrictReceiveAMemberOutsideItsScope() {
		ScopeFixtures.member(members, "MA003", "Hồ Văn Chuyển", ScopeFixtures.CELL_IN);
		String today = LocalDate.now().toString();
		assertThat(mvc.post()
			.uri("/members/MA003/transfers")
			.with(as("canbo"))
			.with(csrf())
			.param("kind", "OFFICIAL")
			.param("toOrg", ScopeFixtures.CELL_OUT)
			.param("issuedOn", today)).hasStatus(HttpStatus.FOUND);
		TransferView letter = transfers.ofMember("MA003").getFirst();
		assertThat(letter.pending()).isTrue();

		assertThat(mvc.get().uri("/transfers?org=T.B").with(as("canbo.tay"))).hasStatusOk()
			.bodyText()
			.contains("Hồ Văn Chuyển", "/members/MA003/transfers/" + letter.id() + "/receive")
			.doesNotContain("href=\"/members/MA003\"");
		assertThat(mvc.get().uri("/members/MA003").with(as("canbo.tay"))).hasStatus(HttpStatus.NOT_FOUND);
		// the sending side may not confirm the reception for the receiving side
		assertThat(receive("MA003", letter.id(), "canbo")).hasStatus(HttpStatus.FORBIDDEN);
		// nor a district the letter is not addressed to
		assertThat(receive(ScopeFixtures.MEMBER_IN, letter.id(), "canbo.tay")).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(receive("MA003", letter.id(), "canbo.tay")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/transfers?org=T.B");
		assertThat(transfers.find(letter.id()).orElseThrow().receivedOn()).isEqualTo(LocalDate.now());
		assertThat(mvc.get().uri("/members/MA003").with(as("canbo.tay"))).hasStatusOk();
		assertThat(mvc.get().uri("/members/MA003").with(as("canbo"))).hasStatus(HttpStatus.NOT_FOUND);
		// received once: no letter left to receive
		assertThat(receive("MA003", letter.id(), "canbo.tay")).hasStatus(HttpStatus.FOUND);
	}

	private MockMvcTester.MockMvcRequestBuilder receive(String memberNo, long transferId, String username) {
		return mvc.post()
			.uri("/members/{memberNo}/transfers/{transferId}/receive", memberNo, transferId)
			.with(as(username))
			.with(csrf())
			.param("receivedOn", LocalDate.now().toString())
			.param("org", "T.B");
	}

}
