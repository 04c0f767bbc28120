package vn.dangvu.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.dangvu.MockMvcSecurityContext;

/**
 * The login and what protects it: lockout per account and per address, CSRF, security headers, session fixation and
 * idle timeout, the password change with its policy, and API tokens issued and revoked on the profile page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MockMvcSecurityContext.class)
class LoginSecurityWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Users users;

	@Autowired
	UserDetailsService details;

	@Autowired
	AuditTrail audit;

	@Autowired
	DSLContext dsl;

	@Autowired
	Environment environment;

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	MvcTestResult login(String username, String password, String address) {
		return mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address))
			.exchange();
	}

	@Test
	void locksAnAccountForFifteenMinutesAfterFiveWrongPasswords() {
		String password = users.add("khoa1", Role.ADMIN, null);
		for (int i = 0; i < 4; i++) {
			assertThat(login("khoa1", "sai-" + i, "10.1.0.1")).redirectedUrl().isEqualTo("/login?error");
		}
		assertThat(login("khoa1", password, "10.1.0.1")).as("a right password before the limit clears the count")
			.redirectedUrl()
			.isEqualTo("/");
		for (int i = 0; i < 5; i++) {
			assertThat(login("khoa1", "sai-" + i, "10.1.0.2")).redirectedUrl().isEqualTo("/login?error");
		}
		assertThat(login("khoa1", password, "10.1.0.3")).as("locked, even with the right password from elsewhere")
			.redirectedUrl()
			.isEqualTo("/login?locked");
		assertThat(mvc.get().uri("/login?locked")).bodyText()
			.contains("Đăng nhập tạm bị khóa 15 phút do nhập sai mật khẩu nhiều lần.");
		assertThat(audit.find(new AuditQuery(null, AuditKind.ACCOUNT_LOCKED, "user:khoa1", null, null, null, 0, 10))
			.total()).isEqualTo(1);

		dsl.execute("update login_throttle set locked_until = now() - interval '1 second' where key = 'user:khoa1'");
		assertThat(login("khoa1", password, "10.1.0.3")).redirectedUrl().isEqualTo("/");
	}

	@Test
	void locksAnAddressAfterTwentyWrongPasswordsWhateverTheAccounts() {
		String password = users.add("khoa2", Role.ADMIN, null);
		for (int i = 0; i < 20; i++) {
			assertThat(login("khongco" + i, "sai", "10.2.0.1")).redirectedUrl().isEqualTo("/login?error");
		}
		assertThat(login("khoa2", password, "10.2.0.1")).redirectedUrl().isEqualTo("/login?locked");
		assertThat(login("khoa2", password, "10.2.0.2")).redirectedUrl().isEqualTo("/");
	}

	@Test
	void endsIdleSessionsAfterThirtyMinutes() {
		// the new session id at login is seen in a real server: LoginBrowserTests
		assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
		assertThat(environment.getProperty("server.servlet.session.cookie.http-only")).isEqualTo("true");
	}

	@Test
	void sendsSecurityHeadersWithEveryAnswer() {
		var response = mvc.get().uri("/login").exchange().getResponse();
		assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'",
				"style-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
	}

	@Test
	void refusesAFormWithoutItsCsrfToken() {
		users.add("csrf", Role.ADMIN, null);
		RequestPostProcessor me = user(details.loadUserByUsername("csrf"));
		assertThat(mvc.post().uri("/profile/tokens").with(me).param("label", "x")).hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("Biểu mẫu đã hết hạn");
		assertThat(mvc.post().uri("/login").param("username", "csrf").param("password", "x"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/profile/tokens").with(me).with(csrf()).param("label", "x"))
			.hasStatus(HttpStatus.FOUND);
	}

	@Test
	void changesThePasswordOnlyToOneThePolicyAccepts() {
		String password = users.add("doimk", Role.ADMIN, null);
		RequestPostProcessor me = user(details.loadUserByUsername("doimk"));
		assertThat(change(me, "sai", "mot cau that dai de nho", "mot cau that dai de nho")).hasStatusOk()
			.bodyText()
			.contains("Mật khẩu hiện tại không đúng.");
		assertThat(change(me, password, "ngan", "ngan")).bodyText().contains("Mật khẩu phải dài ít nhất 12 ký tự.");
		assertThat(change(me, password, "password1234", "password1234")).bodyText()
			.contains("Mật khẩu này quá phổ biến");
		assertThat(change(me, password, "doimk-doimk-doimk", "doimk-doimk-doimk")).bodyText()
			.contains("không được chứa tên đăng nhập");
		assertThat(change(me, password, "mot cau that dai de nho", "mot cau khac")).bodyText()
			.contains("Mật khẩu nhập lại không khớp.");
		assertThat(change(me, password, "mot cau that dai de nho", "mot cau that dai de nho"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/profile");
		assertThat(login("doimk", password, "10.3.0.1")).redirectedUrl().isEqualTo("/login?error");
		assertThat(login("doimk", "mot cau that dai de nho", "10.3.0.1")).redirectedUrl().isEqualTo("/");
		assertThat(audit.find(new AuditQuery("doimk", AuditKind.PASSWORD_CHANGED, null, null, null, null, 0, 10))
			.total()).isEqualTo(1);
	}

	private MvcTestResult change(RequestPostProcessor me, String current, String next, String confirmation) {
		return mvc.post()
			.uri("/profile/password")
			.with(me)
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", confirmation)
			.exchange();
	}

	@Test
	void issuesAnApiTokenOnceOnTheProfilePageAndRevokesIt() {
		users.add("kichban", Role.ADMIN, null);
		RequestPostProcessor me = user(details.loadUserByUsername("kichban"));
		MvcTestResult issued = mvc.post()
			.uri("/profile/tokens")
			.with(me)
			.with(csrf())
			.param("label", "Báo cáo tháng")
			.exchange();
		assertThat(issued).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/profile");
		String token = (String) issued.getMvcResult().getFlashMap().get("newToken");
		assertThat(token).startsWith("dv_").hasSize(43);
		assertThat(mvc.get().uri("/profile").with(me).flashAttr("newToken", token)).bodyText()
			.contains(token, "Báo cáo tháng", "sẽ không hiện lại");
		assertThat(mvc.get().uri("/profile").with(me)).bodyText().contains("Báo cáo tháng").doesNotContain(token);
		assertThat(mvc.get().uri("/api/v1/organizations/KHONGCO").header("Authorization", "Bearer " + token))
			.hasStatus(HttpStatus.NOT_FOUND);

		long id = users.tokens("kichban").get(0).id();
		assertThat(mvc.post().uri("/profile/tokens/{id}/revoke", id).with(me).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri("/api/v1/organizations/KHONGCO").header("Authorization", "Bearer " + token))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/profile").with(me)).bodyText().contains("Đã thu hồi");
		assertThat(audit.find(new AuditQuery("kichban", AuditKind.API_TOKEN_REVOKED, null, null, null, null, 0, 10))
			.total()).isEqualTo(1);
	}

}
