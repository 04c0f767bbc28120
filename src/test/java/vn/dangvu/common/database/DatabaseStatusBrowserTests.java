package vn.dangvu.common.database;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.AriaRole;

import vn.dangvu.BrowserTest;

/**
 * An administrator opens the database page from the menu: the primary, no replica configured here, and the
 * background maintenance — either "at rest" or the table of what autovacuum does.
 */
class DatabaseStatusBrowserTests extends BrowserTest {

	@Test
	void anAdministratorSeesThePrimaryAndThatThereIsNoReplica() {
		loginAsAdministrator();
		page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Cơ sở dữ liệu"))
			.click();
		assertThat(page).hasURL(url("/system/database"));
		assertThat(page.locator("h1")).hasText("Cơ sở dữ liệu và bản sao đọc");
		assertThat(page.locator("code.primary-url")).containsText("jdbc:postgresql://");
		assertThat(page.locator("code.primary-url")).not().containsText("password");
		assertThat(page.locator(".replica-none"))
			.containsText("Không có bản sao: mọi truy vấn đều chạy trên máy chủ chính");
		assertThat(page.getByRole(AriaRole.HEADING,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Bảo trì nền (autovacuum)")))
			.isVisible();
		assertThat(page.locator(".maintenance-none, table.maintenance")).hasCount(1);
		assertThat(page.locator(".maintenance-off")).hasCount(0);
		screenshot("database-status");
	}

}
