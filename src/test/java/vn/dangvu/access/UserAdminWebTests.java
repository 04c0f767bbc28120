package vn.dangvu.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

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
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.dangvu.MockMvcSecurityContext;
import vn.dangvu.member.Members;
import vn.dangvu.organization.Restructurings;

/** User administration by an administrator and by an officer within their subtree. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MockMvcSecurityContext.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserAdminWebTests {

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

	@BeforeAll
	void data() {
		ScopeFixtures.tree(restructurings);
		ScopeFixtures.members(members);
		ScopeFixtures.users(users);
		users.add("ngoai", Role.LEADER, ScopeFixtures.CELL_OUT);
	}

	RequestPostProcessor as(String username) {
		return user(details.loadUserByUsername(username));
	}

	MvcTestResult add(String by, String username, String role, String org, String memberNo) {
		return mvc.post()
			.uri("/users")
			.with(as(by))
			.with(csrf())
			.param("username", username)
			.param("role", role)
			.param("org", org)
			.param("memberNo", memberNo)
			.exchange();
	}

	@Test
	void anOfficerSeesAndAddsTheAccountsOfTheirSubtreeOnly() {
		assertThat(mvc.get().uri("/users").with(as("canbo"))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/users?org=T.A");
		assertThat(mvc.get().uri("/users?org=T.A").with(as("canbo"))).hasStatusOk()
			.bodyText()
			.contains("lanhdao", "bithu", "dangvien")
			.doesNotContain("ngoai", "quantri");

		MvcTestResult added = add("canbo", "bithu2", "SECRETARY", ScopeFixtures.CELL_IN, "");
		assertThat(added).hasStatus(HttpStatus.FOUND);
		assertThat((String) added.getMvcResult().getFlashMap().get("oneTimePassword")).hasSize(16);
		assertThat(add("canbo", "dv2", "MEMBER", "", ScopeFixtures.MEMBER_IN)).hasStatus(HttpStatus.FOUND);

		assertThat(add("canbo", "qt2", "ADMIN", "", "")).hasStatusOk()
			.bodyText()
			.contains("Bạn không thể giao vai trò này");
		assertThat(add("canbo", "ngoai2", "LEADER", ScopeFixtures.CELL_OUT, "")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(add("canbo", "dv3", "MEMBER", "", ScopeFixtures.MEMBER_OUT)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aDisabledAccountLosesItsSessionRightsItsTokensAndItsLogin() {
		String password = users.add("tamkhoa", Role.LEADER, ScopeFixtures.CELL_IN);
		String token = users.newToken("tamkhoa");
		assertThat(mvc.get().uri("/api/v1/organizations/T.A.C1").header("Authorization", "Bearer " + token))
			.hasStatusOk();
		RequestPostProcessor session = as("tamkhoa");

		assertThat(mvc.post().uri("/users/tamkhoa/disable").with(as("canbo")).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri("/organizations/T.A.C1").with(session)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/api/v1/organizations/T.A.C1").header("Authorization", "Bearer " + token))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.post().uri("/login").param("username", "tamkhoa").param("password", password).with(csrf()))
			.redirectedUrl()
			.isEqualTo("/login?error");

		assertThat(mvc.post().uri("/users/tamkhoa/enable").with(as("canbo")).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri("/api/v1/organizations/T.A.C1").header("Authorization", "Bearer " + token))
			.hasStatusOk();
	}

	@Test
	void anOfficerCannotTouchAnAccountOutsideTheirSubtreeNorDisableThemselves() {
		assertThat(mvc.post().uri("/users/ngoai/disable").with(as("canbo")).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/users/quantri/password").with(as("canbo")).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		MvcTestResult self = mvc.post().uri("/users/quantri/disable").with(as("quantri")).with(csrf()).exchange();
		assertThat(self.getMvcResult().getFlashMap().get("failed")).isEqualTo("users.notSelf");
	}

	@Test
	void aNewOneTimePasswordReplacesTheOldOne() {
		String old = users.add("quenmk", Role.LEADER, ScopeFixtures.CELL_IN);
		MvcTestResult reset = mvc.post().uri("/users/quenmk/password").with(as("canbo")).with(csrf()).exchange();
		String fresh = (String) reset.getMvcResult().getFlashMap().get("oneTimePassword");
		assertThat(fresh).hasSize(16).isNotEqualTo(old);
		assertThat(mvc.post().uri("/login").param("username", "quenmk").param("password", fresh).with(csrf()))
			.redirectedUrl()
			.isEqualTo("/");
	}

}
