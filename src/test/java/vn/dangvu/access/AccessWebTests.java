package vn.dangvu.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class AccessWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Users users;

	@Test
	void servesTheVietnameseLoginPageToEveryone() {
		assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu");
	}

	@Test
	void sendsAnonymousPageRequestsToTheLoginPage() {
		assertThat(mvc.get().uri("/organizations")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	@Test
	void answersAnonymousApiRequestsWith401() {
		assertThat(mvc.get().uri("/api/v1/organizations/CT")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void acceptsABearerTokenForTheApiAndRefusesAnUnknownOne() {
		users.add("script", Role.ADMIN, null);
		String token = users.newToken("script");
		assertThat(mvc.get().uri("/api/v1/organizations/KHONGCO").header("Authorization", "Bearer " + token))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/api/v1/organizations/KHONGCO").header("Authorization", "Bearer dv_sai"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void servesAScriptWithATokenWithoutASessionOrACsrfToken() {
		users.add("script2", Role.ADMIN, null);
		String token = users.newToken("script2");
		// the form to add a user is posted: a person's page carries the CSRF token for it
		assertThat(mvc.get().uri("/users/new").with(user("canbo9").roles(Role.ADMIN.name()))).hasStatusOk()
			.bodyText().contains("name=\"_csrf\"");
		var page = mvc.get().uri("/users/new").header("Authorization", "Bearer " + token).exchange();
		assertThat(page).hasStatusOk();
		// neither the login nor a CSRF token for the page's forms is kept in a session for a script
		assertThat(page.getRequest().getSession(false)).isNull();
		assertThat(page.getResponse().getHeader("Set-Cookie")).isNull();
		assertThat(page).bodyText().doesNotContain("name=\"_csrf\"");
		// a form posted with the token needs no CSRF token (a browser never sends the header by itself) ...
		assertThat(mvc.post().uri("/members/KHONGCO/events").header("Authorization", "Bearer " + token)
			.param("type", "ADMITTED").param("effectiveOn", "2020-01-01")).hasStatus(HttpStatus.NOT_FOUND);
		// ... while a person's session still does
		assertThat(mvc.post().uri("/members/KHONGCO/events")
			.with(user("canbo9").roles(Role.ADMIN.name()))
			.param("type", "ADMITTED").param("effectiveOn", "2020-01-01")).hasStatus(HttpStatus.FORBIDDEN);
		// a wrong token is refused as such, on a page too (not sent to the login form)
		assertThat(mvc.get().uri("/organizations").header("Authorization", "Bearer dv_sai"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void logsInWithTheOneTimePasswordAndRefusesAWrongOne() {
		String password = users.add("canbo1", Role.ADMIN, null);
		assertThat(mvc.post().uri("/login").param("username", "canbo1").param("password", password).with(csrf()))
			.hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
		assertThat(mvc.post().uri("/login").param("username", "canbo1").param("password", "x").with(csrf()))
			.hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
	}

}
