package vn.dangvu.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.dangvu.BrowserTest;

class LoginBrowserTests extends BrowserTest {

	@Test
	void anOfficerLogsInWithTheGeneratedPasswordAndSeesTheVietnameseShell() {
		page.navigate(url("/"));
		assertThat(page).hasURL(url("/login"));
		assertThat(page.locator("h2")).hasText("Đăng nhập");
		screenshot("login");

		loginAsAdministrator();

		assertThat(page.locator("header .user")).hasText("quantri");
		assertThat(page.locator("nav.menu")).containsText("Cây tổ chức");
	}

	@Test
	void aWrongPasswordIsRefusedWithAVietnameseMessage() {
		login("quantri", "sai-mat-khau");
		assertThat(page.locator("[role=alert]")).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
	}


	@Test
	void aNewSessionBeginsAtLogin() {
		page.navigate(url("/login"));
		String before = sessionCookie();
		loginAsAdministrator();
		assertThat(page.locator("header .user")).hasText("quantri");
		org.assertj.core.api.Assertions.assertThat(sessionCookie()).isNotNull().isNotEqualTo(before);
	}

	@Test
	void fiveWrongPasswordsLockTheAccountWithAVietnameseMessage() {
		String password = users.add("khoa.trinh", Role.ADMIN, null);
		for (int i = 1; i <= 5; i++) {
			login("khoa.trinh", "sai-mat-khau-" + i);
			assertThat(page.locator("[role=alert]")).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
		}
		login("khoa.trinh", password);
		assertThat(page).hasURL(url("/login?locked"));
		assertThat(page.locator("[role=alert]"))
			.hasText("Đăng nhập tạm bị khóa 15 phút do nhập sai mật khẩu nhiều lần. Hãy thử lại sau.");
		screenshot("login-locked");
	}

	private String sessionCookie() {
		return context.cookies()
			.stream()
			.filter(c -> c.name.equals("JSESSIONID"))
			.map(c -> c.value)
			.findFirst()
			.orElse(null);
	}

}
