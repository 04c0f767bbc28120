package vn.dangvu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Tracing;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;

import vn.dangvu.access.Role;
import vn.dangvu.access.Users;

/**
 * Base of the browser tests: the application on a random port with a fresh database, Debian's Chromium driven by
 * Playwright (no browser download), an administrator to log in with, and screenshots in
 * {@code target/screenshots} (the README shows some of them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	@Autowired
	protected Users users;

	protected BrowserContext context;

	protected Page page;

	private static String adminPassword;

	@BeforeAll
	static void launchBrowser() {
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(chromium()))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
		adminPassword = null;
	}

	private static String chromium() {
		String configured = System.getenv("DANGVU_CHROMIUM");
		return configured != null && !configured.isBlank() ? configured : "/usr/bin/chromium";
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	/** What the browser refused because of the Content-Security-Policy (an inline script or style slipped in). */
	private final List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

	@BeforeEach
	void openPage() {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("vi-VN"));
		// the DOM at every step, kept only when the test fails (failedTestsTrace): a failure on a loaded CI machine
		// can then be read afterwards (`npx playwright show-trace`) instead of guessed at
		context.tracing().start(new Tracing.StartOptions().setSnapshots(true).setScreenshots(false));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
		// assertions wait as long as actions: on a loaded CI machine an htmx swap may take more than the default 5 s
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
		policyViolations.clear();
		slowNetwork();
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				policyViolations.add(message.text());
			}
		});
	}

	/**
	 * With {@code DANGVU_BROWSER_LATENCY_MS} set, every request of the page waits that long, as on a slow line or a
	 * loaded CI machine: pages show before their deferred scripts run, which finds the tests that act too early.
	 */
	private void slowNetwork() {
		String latency = System.getenv("DANGVU_BROWSER_LATENCY_MS");
		if (latency == null || latency.isBlank()) {
			return;
		}
		CDPSession devTools = context.newCDPSession(page);
		devTools.send("Network.enable");
		JsonObject conditions = new JsonObject();
		conditions.addProperty("offline", false);
		conditions.addProperty("latency", Integer.parseInt(latency.strip()));
		conditions.addProperty("downloadThroughput", -1);
		conditions.addProperty("uploadThroughput", -1);
		devTools.send("Network.emulateNetworkConditions", conditions);
	}

	/**
	 * Keeps what the browser saw when a test fails, before {@link #closePage()} closes it: a screenshot and the trace
	 * of every step in {@code target/playwright-traces}.
	 */
	@RegisterExtension
	final AfterTestExecutionCallback failedTestsTrace = test -> {
		if (test.getExecutionException().isEmpty() || context == null) {
			return;
		}
		Path dir = Path.of("target", "playwright-traces");
		String name = test.getRequiredTestClass().getSimpleName() + "-" + test.getRequiredTestMethod().getName();
		try {
			page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
		}
		catch (RuntimeException ex) {
			// the page may be gone with the failure; the trace still has every step before it
		}
		context.tracing().stop(new Tracing.StopOptions().setPath(dir.resolve(name + ".zip")));
		System.err.println("Browser test failed; its trace: " + dir.resolve(name + ".zip").toAbsolutePath());
	};

	@AfterEach
	void closePage() {
		context.close();
		org.assertj.core.api.Assertions.assertThat(policyViolations).as("Content-Security-Policy violations").isEmpty();
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Logs in as the test administrator (created on first use in this class's database). */
	protected void loginAsAdministrator() {
		if (adminPassword == null) {
			adminPassword = users.add("quantri", Role.ADMIN, null);
		}
		login("quantri", adminPassword);
	}

	protected void login(String username, String password) {
		page.navigate(url("/login"));
		page.getByLabel("Tên đăng nhập").fill(username);
		page.getByLabel("Mật khẩu").fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Đăng nhập"))
			.click();
		scriptsReady();
	}

	/**
	 * Waits until the page's deferred scripts have run. htmx binds its triggers when the document has been parsed
	 * (DOMContentLoaded); a choice made on a page shown before that (by a fast test, or a user on a slow line) goes
	 * unnoticed. Call it after a navigation, before the first control that htmx or dangvu.js handles.
	 */
	protected void scriptsReady() {
		page.waitForLoadState(LoadState.DOMCONTENTLOADED);
	}

	protected void screenshot(String name) {
		try {
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
