package vn.dangvu.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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
	void logsInWithTheOneTimePasswordAndRefusesAWrongOne() {
		String password = users.add("canbo1", Role.ADMIN, null);
		assertThat(mvc.post().uri("/login").param("username", "canbo1").param("password", password).with(csrf()))
			.hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
		assertThat(mvc.post().uri("/login").param("username", "canbo1").param("password", "x").with(csrf()))
			.hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
	}

}
