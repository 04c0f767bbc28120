package vn.dangvu.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.dangvu.MockMvcSecurityContext;
import vn.dangvu.member.Members;
import vn.dangvu.organization.Restructurings;

/**
 * Every endpoint of the application — discovered from the request mappings, so that a new one cannot escape — with
 * the answer expected for each role, on data in the caller's scope (IN) and outside it (OUT), and for an anonymous
 * caller. An endpoint without an entry here fails the build, and so does an entry for an endpoint that is gone.
 *
 * <p>
 * Expectations read {@code actor=IN/OUT} (one value: the same on both sides): a status, several separated by
 * {@code |}, or {@code login} for the redirect to the login page. The data ({@link ScopeFixtures}): IN is the cell
 * {@code T.A.C1} and its member {@code MA001} (the officer's and leader's district {@code T.A}, the secretary's own
 * cell, the member's own file), OUT the cell {@code T.B.C1} and member {@code MB001} of the other district. Pages are
 * called with a session (and a CSRF token on writes), the API with each user's bearer token. The whole table of
 * answers is written to {@code target/authorization-matrix.md}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ MockMvcSecurityContext.class, AuthorizationMatrixTests.Probes.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	enum Actor {

		anon(null), admin("quantri"), officer("canbo"), leader("lanhdao"), secretary("bithu"), member("dangvien");

		final String username;

		Actor(String username) {
			this.username = username;
		}

	}

	enum Side {

		IN(ScopeFixtures.CELL_IN, ScopeFixtures.MEMBER_IN, "nguoidung.a"),
		OUT(ScopeFixtures.CELL_OUT, ScopeFixtures.MEMBER_OUT, "nguoidung.b");

		final String org;

		final String member;

		/** An account scoped to the side's cell, for the user administration. */
		final String account;

		Side(String org, String member, String account) {
			this.org = org;
			this.member = member;
			this.account = account;
		}

	}

	/** Answers expected on the data of the caller's scope and outside it. */
	record Expected(String in, String out) {
	}

	/** An endpoint, how to call it on one side, and what each actor gets. */
	record Entry(String endpoint, Function<Side, MockHttpServletRequestBuilder> request, Map<Actor, Expected> expected,
			String note) {
	}

	static final AtomicInteger NAMES = new AtomicInteger();

	static final String FROM = "2024-01-01";

	static final String TO = "2024-12-31";

	/** Everything a user may read in their scope and nothing outside, writes for the roles that write. */
	static final String SCOPED_READ = "anon=login admin=200 officer=200/403 leader=200/403 secretary=200/403 member=403";

	static final String SCOPED_API_READ = "anon=401 admin=200 officer=200/403 leader=200/403 secretary=200/403 member=403";

	/** The restructuring area: administrators and officers only, and only within the officer's subtree. */
	static final String RESTRUCTURING = "anon=login admin=200 officer=200/403 leader=403 secretary=403 member=403";

	/** The same status for every signed-in role. */
	static String everyRole(String status) {
		return "anon=login admin=%1$s officer=%1$s leader=%1$s secretary=%1$s member=%1$s".formatted(status);
	}

	static final String USER_ADMINISTRATION = "anon=login admin=200 officer=200/403 leader=403 secretary=403 member=403";

	/** An account outside what the officer administers is not found, like a member. */
	static final String ACCOUNT_ADMINISTRATION = "anon=login admin=302 officer=302/404 leader=403 secretary=403 member=403";

	static final String ADMIN_ONLY = "anon=login admin=200 officer=403 leader=403 secretary=403 member=403";

	static final List<Entry> MATRIX = List.of(
			entry("* /error", null, "", "error dispatch only: answers with the status of the error it renders"),
			entry("GET /", side -> get("/"),
					"anon=login admin=302 officer=302 leader=302 secretary=302 member=302"),
			entry("GET /login", side -> get("/login"),
					"anon=200 admin=200 officer=200 leader=200 secretary=200 member=200"),
			entry("GET /organizations", side -> get("/organizations").param("org", side.org), SCOPED_READ),
			entry("GET /organizations/{code}", side -> get("/organizations/{code}", side.org), SCOPED_READ),
			entry("GET /organizations/{code}/children", side -> get("/organizations/{code}/children", side.org),
					SCOPED_READ),
			entry("GET /restructurings/new",
					side -> get("/restructurings/new").param("operation", "RENAME").param("code", side.org),
					RESTRUCTURING),
			entry("POST /restructurings/edit", side -> rename(post("/restructurings/edit"), side), RESTRUCTURING),
			entry("POST /restructurings/preview", side -> rename(post("/restructurings/preview"), side),
					RESTRUCTURING),
			entry("POST /restructurings", side -> rename(post("/restructurings"), side),
					"anon=login admin=302 officer=302/403 leader=403 secretary=403 member=403"),
			entry("GET /api/v1/organizations/{code}", side -> get("/api/v1/organizations/{code}", side.org),
					SCOPED_API_READ),
			entry("GET /api/v1/organizations/{code}/children",
					side -> get("/api/v1/organizations/{code}/children", side.org), SCOPED_API_READ),
			entry("GET /api/v1/reports/summary",
					side -> get("/api/v1/reports/summary").param("org", side.org).param("from", FROM).param("to", TO),
					SCOPED_API_READ),
			entry("GET /api/v1/badges/eligible",
					side -> get("/api/v1/badges/eligible").param("org", side.org).param("awardDate", TO),
					SCOPED_API_READ),
			entry("GET /audit", side -> get("/audit").param("org", side.org), ADMIN_ONLY),
			entry("GET /audit/export.csv", side -> get("/audit/export.csv").param("org", side.org), ADMIN_ONLY),
			// one's own account: every role, LEADER and MEMBER included, for it changes nothing but the account
			entry("GET /profile", side -> get("/profile"), everyRole("200")),
			entry("POST /profile/password",
					side -> post("/profile/password").param("currentPassword", "sai")
						.param("newPassword", "mot cau that dai de nho")
						.param("confirmPassword", "mot cau that dai de nho"),
					everyRole("200")),
			entry("POST /profile/tokens", side -> post("/profile/tokens").param("label", "ma tran"), everyRole("302")),
			entry("POST /profile/tokens/{id}/revoke", side -> post("/profile/tokens/{id}/revoke", 999999),
					everyRole("302")),
			// user administration: administrators, and officers for the accounts of their subtree
			entry("GET /users", side -> get("/users").param("org", side.org), USER_ADMINISTRATION),
			entry("GET /users/new", side -> get("/users/new").param("org", side.org), USER_ADMINISTRATION),
			entry("POST /users",
					side -> post("/users").param("username", "moi." + NAMES.incrementAndGet())
						.param("role", "LEADER")
						.param("org", side.org),
					"anon=login admin=302 officer=302/403 leader=403 secretary=403 member=403"),
			entry("POST /users/{username}/disable", side -> post("/users/{username}/disable", side.account),
					ACCOUNT_ADMINISTRATION),
			entry("POST /users/{username}/enable", side -> post("/users/{username}/enable", side.account),
					ACCOUNT_ADMINISTRATION),
			entry("POST /users/{username}/password", side -> post("/users/{username}/password", side.account),
					ACCOUNT_ADMINISTRATION),
			// a member's own page
			entry("GET /self", side -> get("/self"), "anon=login admin=403 officer=403 leader=403 secretary=403 member=200"),
			// the member rule, on probe endpoints of this test until the member pages exist
			entry("GET /probe/members", side -> get("/probe/members").param("org", side.org), SCOPED_READ),
			entry("GET /probe/members/{memberNo}", side -> get("/probe/members/{memberNo}", side.member),
					"anon=login admin=200 officer=200/404 leader=200/404 secretary=200/404 member=200/404"),
			entry("POST /probe/members/{memberNo}", side -> post("/probe/members/{memberNo}", side.member),
					"anon=login admin=200 officer=200/404 leader=403 secretary=200/404 member=403"),
			entry("GET /api/v1/probe/members/{memberNo}", side -> get("/api/v1/probe/members/{memberNo}", side.member),
					"anon=401 admin=200 officer=200/404 leader=200/404 secretary=200/404 member=200/404"));

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService details;

	@Autowired
	Users users;

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	final Map<Actor, String> tokens = new EnumMap<>(Actor.class);

	@BeforeAll
	void data() {
		ScopeFixtures.tree(restructurings);
		ScopeFixtures.members(members);
		ScopeFixtures.users(users);
		users.add(Side.IN.account, Role.LEADER, Side.IN.org);
		users.add(Side.OUT.account, Role.LEADER, Side.OUT.org);
		for (Actor actor : Actor.values()) {
			if (actor.username != null) {
				tokens.put(actor, users.newToken(actor.username));
			}
		}
	}

	@Test
	void everyEndpointHasAnEntryAndEveryEntryAnEndpoint() {
		Set<String> entries = new TreeSet<>(MATRIX.stream().map(Entry::endpoint).toList());
		assertThat(MATRIX).extracting(Entry::endpoint).doesNotHaveDuplicates();
		assertThat(endpoints()).as("endpoints without an entry in the authorization matrix")
			.isSubsetOf(entries);
		assertThat(entries).as("entries of the authorization matrix for endpoints that do not exist")
			.isSubsetOf(endpoints());
	}

	@Test
	void everyRoleGetsTheExpectedAnswerInAndOutOfItsScope() throws Exception {
		List<String> rows = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		rows.add("| endpoint | actor | IN | OUT |");
		rows.add("| --- | --- | --- | --- |");
		for (Entry entry : MATRIX) {
			if (entry.request() == null) {
				rows.add("| `" + entry.endpoint() + "` | — | " + entry.note() + " | |");
				continue;
			}
			for (Map.Entry<Actor, Expected> cell : entry.expected().entrySet()) {
				Actor actor = cell.getKey();
				String in = check(entry, actor, Side.IN, cell.getValue().in(), failures);
				String out = actor == Actor.anon ? "" : check(entry, actor, Side.OUT, cell.getValue().out(), failures);
				rows.add("| `" + entry.endpoint() + "` | " + actor + " | " + in + " | " + out + " |");
			}
		}
		Path report = Path.of("target", "authorization-matrix.md");
		Files.createDirectories(report.getParent());
		Files.write(report, rows);
		assertThat(failures).as("answers other than expected (see target/authorization-matrix.md)").isEmpty();
	}

	private String check(Entry entry, Actor actor, Side side, String expected, List<String> failures)
			throws Exception {
		MvcResult result = mvc.perform(as(actor, entry.request().apply(side), entry.endpoint())).andReturn();
		int status = result.getResponse().getStatus();
		String actual = status == 302 && String.valueOf(result.getResponse().getRedirectedUrl()).endsWith("/login")
				? "login" : String.valueOf(status);
		boolean ok = Arrays.asList(expected.split("\\|")).contains(actual);
		if (!ok) {
			failures.add(entry.endpoint() + " as " + actor + " " + side + ": expected " + expected + ", got " + actual);
		}
		return ok ? actual : "**" + actual + "** (expected " + expected + ")";
	}

	private MockHttpServletRequestBuilder as(Actor actor, MockHttpServletRequestBuilder request, String endpoint) {
		boolean api = endpoint.contains(" /api/");
		if (!endpoint.startsWith("GET ")) {
			request.with(csrf());
		}
		if (actor.username == null) {
			return request;
		}
		if (api) {
			return request.header("Authorization", "Bearer " + tokens.get(actor));
		}
		return request.with(user(details.loadUserByUsername(actor.username)));
	}

	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			for (String pattern : info.getPatternValues()) {
				if (info.getMethodsCondition().getMethods().isEmpty()) {
					endpoints.add("* " + pattern);
				}
				info.getMethodsCondition().getMethods().forEach(method -> endpoints.add(method + " " + pattern));
			}
		});
		return endpoints;
	}

	static MockHttpServletRequestBuilder rename(MockHttpServletRequestBuilder request, Side side) {
		return request.param("operation", "RENAME")
			.param("code", side.org)
			.param("name", "Chi bộ đổi tên lần " + NAMES.incrementAndGet())
			.param("decisionNo", "9-QĐ/HU")
			.param("decisionDate", "2024-12-20")
			.param("effectiveOn", "2025-01-01");
	}

	static Entry entry(String endpoint, Function<Side, MockHttpServletRequestBuilder> request, String expected) {
		return entry(endpoint, request, expected, "");
	}

	static Entry entry(String endpoint, Function<Side, MockHttpServletRequestBuilder> request, String expected,
			String note) {
		Map<Actor, Expected> cells = new LinkedHashMap<>();
		for (String cell : expected.split("\\s+")) {
			if (cell.isEmpty()) {
				continue;
			}
			String[] actorAndValues = cell.split("=");
			String[] values = actorAndValues[1].split("/");
			cells.put(Actor.valueOf(actorAndValues[0]), new Expected(values[0], values.length > 1 ? values[1] : values[0]));
		}
		if (request != null) {
			assertThat(cells.keySet()).as(endpoint).containsExactlyInAnyOrder(Actor.values());
		}
		return new Entry(endpoint, request, cells, note);
	}

	/** Stand-ins for the member pages and API: they answer 200 to whatever the guard lets through. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Probes {

		@Bean
		MemberProbe memberProbe() {
			return new MemberProbe();
		}

	}

	@Controller
	static class MemberProbe {

		@GetMapping("/probe/members")
		@ResponseBody
		String list(@RequestParam(required = false) String org) {
			return "members of " + org;
		}

		@GetMapping("/probe/members/{memberNo}")
		@ResponseBody
		String read(@PathVariable String memberNo) {
			return memberNo;
		}

		@PostMapping("/probe/members/{memberNo}")
		@ResponseBody
		String write(@PathVariable String memberNo) {
			return memberNo;
		}

		@GetMapping("/api/v1/probe/members/{memberNo}")
		@ResponseBody
		Map<String, String> api(@PathVariable String memberNo) {
			return Map.of("memberNo", memberNo);
		}

	}

}
