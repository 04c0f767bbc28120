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

}
