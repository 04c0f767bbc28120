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
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.dangvu.MockMvcSecurityContext;
import vn.dangvu.common.Decision;
import vn.dangvu.member.Members;
import vn.dangvu.organization.NewOrganization;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.RestructuringCommand.MergeOrganizations;
import vn.dangvu.organization.RestructuringCommand.MoveOrganization;
import vn.dangvu.organization.Restructurings;

/**
 * The scope guard's answers beyond the matrix: what a refusal looks like, lists without an organization, scopes
 * that follow restructuring, and what an officer may restructure.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MockMvcSecurityContext.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeGuardWebTests {

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

	String officerToken;

	@BeforeAll
	void data() {
		ScopeFixtures.tree(restructurings);
		ScopeFixtures.members(members);
		ScopeFixtures.users(users);
		officerToken = users.newToken("canbo");
	}

	RequestPostProcessor as(String username) {
		return user(details.loadUserByUsername(username));
	}

	@Test
	void showsAVietnamesePageForAnOrganizationOutsideTheScope() {
		assertThat(mvc.get().uri("/organizations/{code}", ScopeFixtures.CELL_OUT).with(as("canbo")))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("Không có quyền truy cập", "nằm ngoài phạm vi được giao");
	}

	@Test
	void answersTheApiWithAProblemDetailForAnOrganizationOutsideTheScope() {
		assertThat(mvc.get()
			.uri("/api/v1/organizations/{code}", ScopeFixtures.CELL_OUT)
			.header("Authorization", "Bearer " + officerToken)).hasStatus(HttpStatus.FORBIDDEN)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://dangvu.vn/problems/out-of-scope");
	}

	@Test
	void sendsAnOfficerWithoutAnOrganizationToTheirOwn() {
		assertThat(mvc.get().uri("/organizations?asOf=2025-01-01").with(as("canbo"))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/organizations?asOf=2025-01-01&org=T.A");
		assertThat(mvc.get().uri("/organizations").with(as("bithu"))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/organizations?org=T.A.C1");
		assertThat(mvc.get().uri("/organizations").with(as("quantri"))).hasStatusOk();
	}

	@Test
	void refusesAnApiListWithoutAnOrganizationToAnyoneButAnAdministrator() {
		assertThat(mvc.get()
			.uri("/api/v1/reports/summary?from=2024-01-01&to=2024-12-31")
			.header("Authorization", "Bearer " + officerToken)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://dangvu.vn/problems/org-required");
	}

	@Test
	void searchesTheTreeOnlyWithinTheScope() {
		assertThat(mvc.get().uri("/organizations?org=T.A&q=chi bo&asOf=2024-06-01").with(as("canbo"))).hasStatusOk()
			.bodyText()
			.contains("Chi bộ Đông Một")
			.doesNotContain("Chi bộ Tây Một");
	}

	@Test
	void refusesAWriteWithoutACsrfToken() {
		assertThat(mvc.post()
			.uri("/restructurings/preview")
			.param("operation", "RENAME")
			.param("code", ScopeFixtures.CELL_IN)
			.with(as("canbo"))).hasStatus(HttpStatus.FORBIDDEN).bodyText().contains("Biểu mẫu đã hết hạn");
	}

	@Test
	void letsAnOfficerRestructureOnlyWhatIsUnderTheirOrganization() {
		// the district itself is changed by the province, not by its own officer
		assertThat(rename("T.A", "canbo")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(rename(ScopeFixtures.CELL_IN, "canbo")).hasStatus(HttpStatus.FOUND);
		// a new organization under the district is fine, a new root is not
		assertThat(establish("T.A.C9", "T.A")).hasStatus(HttpStatus.FOUND);
		assertThat(establish("ROOT2", "")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(establish("T.B.C9", "T.B")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void scopesFollowTheTreeAsItStandsToday() {
		Decision decision = new Decision("7-QĐ/TU", LocalDate.of(2020, 1, 1), null);
		restructurings.apply(new EstablishOrganization("T.B.C5", "Chi bộ Tây Năm", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.OTHER, "T.B", LocalDate.of(2015, 1, 1), decision), "test");
		assertThat(mvc.get().uri("/organizations/T.B.C5").with(as("lanhdao"))).hasStatus(HttpStatus.FORBIDDEN);
		restructurings.apply(new MoveOrganization("T.B.C5", "T.A", LocalDate.of(2020, 1, 1), decision), "test");
		assertThat(mvc.get().uri("/organizations/T.B.C5").with(as("lanhdao"))).hasStatusOk();
		assertThat(mvc.get().uri("/organizations?org=T.B.C5").with(as("lanhdao"))).hasStatusOk();
	}

	@Test
	void officersOfAMergedAwayOrganizationKeepReadingItsHistoryOnly() {
		Decision decision = new Decision("8-QĐ/TU", LocalDate.of(2020, 1, 1), null);
		LocalDate start = LocalDate.of(2012, 1, 1);
		restructurings.apply(new EstablishOrganization("T.M", "Đảng bộ huyện Cũ", OrganizationType.UPPER_GRASSROOTS,
				OrganizationField.OTHER, "T", start, decision), "test");
		restructurings.apply(new EstablishOrganization("T.M.C1", "Chi bộ Cũ Một", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.OTHER, "T.M", start, decision), "test");
		users.add("canbo.cu", Role.ORG_OFFICER, "T.M");
		restructurings.apply(new MergeOrganizations(java.util.List.of("T.M"), "T.N",
				new NewOrganization("T.N", "Đảng bộ huyện Mới", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER),
				"T", LocalDate.of(2020, 1, 1), decision), "test");

		assertThat(mvc.get().uri("/organizations/T.M").with(as("canbo.cu"))).hasStatusOk();
		assertThat(mvc.get().uri("/organizations/T.M.C1").with(as("canbo.cu"))).hasStatusOk();
		assertThat(mvc.get().uri("/organizations/T.N").with(as("canbo.cu"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post()
			.uri("/restructurings")
			.with(as("canbo.cu"))
			.with(csrf())
			.param("operation", "RENAME")
			.param("code", "T.M.C1")
			.param("name", "Chi bộ Cũ Đổi Tên")
			.param("decisionNo", "9-QĐ/HU")
			.param("decisionDate", "2024-12-20")
			.param("effectiveOn", "2025-01-01")).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MockMvcTester.MockMvcRequestBuilder rename(String code, String username) {
		return mvc.post()
			.uri("/restructurings")
			.with(as(username))
			.with(csrf())
			.param("operation", "RENAME")
			.param("code", code)
			.param("name", "Tên mới của " + code)
			.param("decisionNo", "9-QĐ/HU")
			.param("decisionDate", "2024-12-20")
			.param("effectiveOn", "2025-01-01");
	}

	private MockMvcTester.MockMvcRequestBuilder establish(String code, String parent) {
		return mvc.post()
			.uri("/restructurings")
			.with(as("canbo"))
			.with(csrf())
			.param("operation", "ESTABLISH")
			.param("code", code)
			.param("name", "Chi bộ mới " + code)
			.param("type", "GRASSROOTS_CELL")
			.param("field", "OTHER")
			.param("parentCode", parent)
			.param("decisionNo", "10-QĐ/HU")
			.param("decisionDate", "2024-12-20")
			.param("effectiveOn", "2025-01-01");
	}

}
