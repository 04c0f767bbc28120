package vn.dangvu.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
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
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.dangvu.MockMvcSecurityContext;
import vn.dangvu.assessment.AssessmentRounds;
import vn.dangvu.commendation.CommendationForm;
import vn.dangvu.commendation.Commendations;
import vn.dangvu.commendation.RecordCommendation;
import vn.dangvu.common.Decision;
import vn.dangvu.importing.MemberWorkbookFixtures;
import vn.dangvu.member.IssueTransfer;
import vn.dangvu.member.Members;
import vn.dangvu.member.TransferKind;
import vn.dangvu.member.TransferView;
import vn.dangvu.member.Transfers;
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
 * cell, the member's own file), OUT the cell {@code T.B.C1} and member {@code MB001} of the other district; for the
 * reception of a transfer, IN is a letter addressed to the cell in scope of a member of the other district, OUT one
 * addressed within the other district. Pages are called with a session (and a CSRF token on writes), the API with
 * each user's bearer token. The whole table of answers is written to {@code target/authorization-matrix.md}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MockMvcSecurityContext.class)
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

		IN(ScopeFixtures.CELL_IN, ScopeFixtures.MEMBER_IN, "Nguyễn Văn Đông", "nguoidung.a", "MC001",
				ScopeFixtures.CELL_IN),
		OUT(ScopeFixtures.CELL_OUT, ScopeFixtures.MEMBER_OUT, "Trần Thị Tây", "nguoidung.b", "MC002", "T.B");

		final String org;

		final String member;

		final String memberName;

		/** An account scoped to the side's cell, for the user administration. */
		final String account;

		/**
		 * A member of the other district with a letter in transit to {@link #destination}: on the IN side addressed
		 * to the cell in scope (which receives it although the member is not yet in its scope), on the OUT side
		 * addressed within the other district.
		 */
		final String traveller;

		final String destination;

		Side(String org, String member, String memberName, String account, String traveller, String destination) {
			this.org = org;
			this.member = member;
			this.memberName = memberName;
			this.account = account;
			this.traveller = traveller;
			this.destination = destination;
		}

		Side other() {
			return this == IN ? OUT : IN;
		}

	}

	/** Answers expected on the data of the caller's scope and outside it. */
	record Expected(String in, String out) {
	}

	/** An endpoint, how to call it on one side, and what each actor gets. */
	record Entry(String endpoint, Function<Side, ? extends AbstractMockHttpServletRequestBuilder<?>> request, Map<Actor, Expected> expected,
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

	/** Administrators only, answering {@code adminStatus} (a redirect after a change, 404 for a round that is not there). */
	static String adminOnly(String adminStatus) {
		return "anon=login admin=%s officer=403 leader=403 secretary=403 member=403".formatted(adminStatus);
	}

	static final String ADMIN_ONLY = "anon=login admin=200 officer=403 leader=403 secretary=403 member=403";

	/** Assessment and badge rounds: administrators, and officers within their subtree, answering the status given. */
	static final String IN_SCOPE_ROUNDS = "anon=login admin=%1$s officer=%1$s/403 leader=403 secretary=403 member=403";

	/** Set once the context is up: the assessment round of 2024 of each side's cell. */
	static final Map<Side, Long> assessmentRounds = new EnumMap<>(Side.class);

	/** A badge round of each side's cell, opened once the context is up. */
	static final Map<Side, Long> ROUNDS = new EnumMap<>(Side.class);

	/** A member's page: outside the scope the member does not exist; a member reads their own. */
	static final String MEMBER_READ = "anon=login admin=200 officer=200/404 leader=200/404 secretary=200/404 member=200/404";

	/** The form of a change of a member: the roles that change members, for the members of their scope. */
	static final String MEMBER_WRITE_FORM = "anon=login admin=200 officer=200/404 leader=403 secretary=200/404 member=403";

	/** A new member's form, admitting into the organization named. */
	static final String MEMBER_FORM = "anon=login admin=200 officer=200/403 leader=403 secretary=200/403 member=403";

	/** The Excel import of members: the roles that change members. */
	static final String IMPORT = "anon=login admin=200 officer=200 leader=403 secretary=200 member=403";

	/** Recording a commendation: administrators and officers, in their subtree. */
	static final String COMMENDATION_FORM = "anon=login admin=200 officer=200/403 leader=403 secretary=403 member=403";

	/** Public: the description of the API. */
	static final String PUBLIC = "anon=200 admin=200 officer=200 leader=200 secretary=200 member=200";

	/** A change of a member answered with the status: LEADER and MEMBER only read. */
	static String memberWrite(String status) {
		return "anon=login admin=%1$s officer=%1$s/404 leader=403 secretary=%1$s/404 member=403".formatted(status);
	}

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
			entry("GET /system/database", side -> get("/system/database"), ADMIN_ONLY),
			entry("GET /api/v1/system/maintenance", side -> get("/api/v1/system/maintenance"),
					"anon=401 admin=200 officer=403 leader=403 secretary=403 member=403"),
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
			// members: the list, its export and the header search (scoped by the caller's own organization, see
			// MemberScopeWebTests), the member's page and file
			entry("GET /members", side -> get("/members").param("org", side.org), SCOPED_READ),
			entry("GET /members/export.xlsx", side -> get("/members/export.xlsx").param("org", side.org), SCOPED_READ),
			entry("GET /members/search",
					side -> get("/members/search").param("text", side.memberName).header("HX-Request", "true"),
					everyRole("200"), "always a fragment, of the caller's own subtree; a member finds nothing"),
			entry("GET /members/new", side -> get("/members/new").param("orgCode", side.org), MEMBER_FORM),
			entry("POST /members/new", AuthorizationMatrixTests::newMember,
					"anon=login admin=302 officer=302/403 leader=403 secretary=302/403 member=403"),
			entry("GET /members/{memberNo}", side -> get("/members/{memberNo}", side.member), MEMBER_READ),
			entry("GET /members/{memberNo}/edit", side -> get("/members/{memberNo}/edit", side.member), MEMBER_WRITE_FORM),
			entry("POST /members/{memberNo}/edit", AuthorizationMatrixTests::correction, memberWrite("302")),
			// an event without its date: the form again with the error (nothing is written)
			entry("POST /members/{memberNo}/events",
					side -> post("/members/{memberNo}/events", side.member).param("type", "ASSESSED"), memberWrite("200")),
			entry("POST /members/{memberNo}/events/{eventId}/void",
					side -> post("/members/{memberNo}/events/{eventId}/void", side.member, 999999), memberWrite("200")),
			// a transfer: issued to any organization (here the other district's cell), cancelled by the sending side,
			// received by the receiving side although the member is not in its scope before
			entry("POST /members/{memberNo}/transfers",
					side -> post("/members/{memberNo}/transfers", side.member).param("kind", "TEMPORARY")
						.param("toOrg", side.other().org)
						.param("issuedOn", LocalDate.now().minusDays(7).toString())
						.param("temporaryUntil", LocalDate.now().plusMonths(4).toString()),
					memberWrite("302")),
			entry("POST /members/{memberNo}/transfers/{transferId}/receive",
					side -> post("/members/{memberNo}/transfers/{transferId}/receive", side.traveller,
							freshLetter(side.traveller, side.destination))
						.param("receivedOn", LocalDate.now().toString()),
					memberWrite("302"), "IN: a letter of a member of the other district to the cell in scope"),
			entry("POST /members/{memberNo}/transfers/{transferId}/cancel",
					side -> post("/members/{memberNo}/transfers/{transferId}/cancel", side.member,
							freshLetter(side.member, "T"))
						.param("reason", "Ma trận phân quyền"),
					memberWrite("302")),
			entry("GET /transfers", side -> get("/transfers").param("org", side.org), SCOPED_READ),
			// the Excel import: the organizations are in the workbook's cells (checked row by row, see
			// MemberWorkbookImportIntegrationTests), so IN and OUT get the same answer
			entry("GET /imports/members", side -> get("/imports/members"), IMPORT),
			entry("GET /imports/members/template.xlsx", side -> get("/imports/members/template.xlsx"), IMPORT),
			entry("POST /imports/members/preview", AuthorizationMatrixTests::upload, IMPORT),
			// nothing uploaded before: back to the form
			entry("POST /imports/members", side -> post("/imports/members"),
					"anon=login admin=302 officer=302 leader=403 secretary=302 member=403"),
			entry("GET /api/v1/members", side -> get("/api/v1/members").param("org", side.org), SCOPED_API_READ),
			entry("GET /api/v1/members/{memberNo}", side -> get("/api/v1/members/{memberNo}", side.member),
					"anon=401 admin=200 officer=200/404 leader=200/404 secretary=200/404 member=200/404"),
			// reports
			entry("GET /reports/summary", side -> get("/reports/summary").param("org", side.org).param("year", "2024"),
					SCOPED_READ),
			entry("GET /reports/summary.xlsx",
					side -> get("/reports/summary.xlsx").param("org", side.org).param("year", "2024"), SCOPED_READ),
			entry("GET /reports/summary.pdf",
					side -> get("/reports/summary.pdf").param("org", side.org).param("year", "2024"), SCOPED_READ),
			entry("GET /reports/statistics",
					side -> get("/reports/statistics").param("org", side.org).param("asOf", TO), SCOPED_READ),
			// the assessment: administrators and officers in scope; a round (of the side's cell, opened for 2024) is
			// named with its organization, which the guard checks — a member of the other side is not found
			entry("GET /assessments", side -> get("/assessments").param("org", side.org).param("year", "2024"),
					IN_SCOPE_ROUNDS.formatted(200)),
			entry("POST /assessments/rounds", side -> post("/assessments/rounds").param("org", side.org).param("year", "2024"),
					IN_SCOPE_ROUNDS.formatted(302)),
			entry("GET /assessments/rounds/{id}",
					side -> get("/assessments/rounds/{id}", assessmentRounds.get(side)).param("org", side.org),
					IN_SCOPE_ROUNDS.formatted(200)),
			entry("POST /assessments/rounds/{id}/entries/{memberNo}",
					side -> post("/assessments/rounds/{id}/entries/{memberNo}", assessmentRounds.get(side), side.member)
						.param("org", side.org),
					"anon=login admin=302 officer=302/404 leader=403 secretary=403 member=403"),
			entry("POST /assessments/rounds/{id}/organizations/{code}",
					side -> post("/assessments/rounds/{id}/organizations/{code}", assessmentRounds.get(side), side.org)
						.param("org", side.org),
					IN_SCOPE_ROUNDS.formatted(302)),
			entry("POST /assessments/rounds/{id}/entries",
					side -> post("/assessments/rounds/{id}/entries", assessmentRounds.get(side)).param("org", side.org),
					IN_SCOPE_ROUNDS.formatted(302)),
			entry("POST /assessments/rounds/{id}/close",
					side -> post("/assessments/rounds/{id}/close", assessmentRounds.get(side)).param("org", side.org),
					IN_SCOPE_ROUNDS.formatted(302)),
			// badge rounds: officers in their subtree, named by the parameter org; a round of the side's cell each
			entry("GET /badges/rounds", side -> get("/badges/rounds").param("org", side.org), IN_SCOPE_ROUNDS.formatted(200)),
			entry("POST /badges/rounds", side -> post("/badges/rounds").param("org", side.org).param("awardDate", TO),
					IN_SCOPE_ROUNDS.formatted(302)),
			entry("GET /badges/rounds/{id}", side -> get("/badges/rounds/{id}", ROUNDS.get(side)).param("org", side.org),
					IN_SCOPE_ROUNDS.formatted(200)),
			entry("GET /badges/rounds/{id}/print",
					side -> get("/badges/rounds/{id}/print", ROUNDS.get(side)).param("org", side.org), IN_SCOPE_ROUNDS.formatted(200)),
			entry("GET /badges/rounds/{id}/certificates.pdf",
					side -> get("/badges/rounds/{id}/certificates.pdf", ROUNDS.get(side)).param("org", side.org),
					IN_SCOPE_ROUNDS.formatted(303), "not approved: back to the round's page"),
			entry("GET /badges/rounds/{id}/upcoming",
					side -> get("/badges/rounds/{id}/upcoming", ROUNDS.get(side)).param("org", side.org),
					IN_SCOPE_ROUNDS.formatted(200)),
			entry("POST /badges/rounds/{id}/proposals",
					side -> post("/badges/rounds/{id}/proposals", ROUNDS.get(side)).param("org", side.org),
					IN_SCOPE_ROUNDS.formatted(302)),
			entry("POST /badges/rounds/{id}/proposals/{memberNo}/remove",
					side -> post("/badges/rounds/{id}/proposals/{memberNo}/remove", ROUNDS.get(side), side.member)
						.param("org", side.org),
					"anon=login admin=302 officer=302/404 leader=403 secretary=403 member=403"),
			entry("POST /badges/rounds/{id}/proposals/{memberNo}/restore",
					side -> post("/badges/rounds/{id}/proposals/{memberNo}/restore", ROUNDS.get(side), side.member)
						.param("org", side.org),
					"anon=login admin=302 officer=302/404 leader=403 secretary=403 member=403"),
			entry("POST /badges/rounds/{id}/approve",
					side -> post("/badges/rounds/{id}/approve", ROUNDS.get(side)).param("org", side.org),
					IN_SCOPE_ROUNDS.formatted(302)),
			// the dated versions of the badge rules (R-BADGE-4): administrators keep them
			entry("GET /badges/rules", side -> get("/badges/rules"), ADMIN_ONLY),
			entry("POST /badges/rules/discipline", side -> post("/badges/rules/discipline"), adminOnly("302")),
			entry("GET /reports/statistics.xlsx",
					side -> get("/reports/statistics.xlsx").param("org", side.org).param("asOf", TO), SCOPED_READ),
			entry("GET /reports/statistics.pdf",
					side -> get("/reports/statistics.pdf").param("org", side.org).param("asOf", TO), SCOPED_READ),
			entry("GET /dashboard", side -> get("/dashboard").param("org", side.org).param("year", "2024"), SCOPED_READ),
			entry("GET /reports/movements",
					side -> get("/reports/movements").param("org", side.org).param("from", FROM).param("to", TO),
					SCOPED_READ),
			entry("GET /reports/movements.xlsx",
					side -> get("/reports/movements.xlsx").param("org", side.org).param("from", FROM).param("to", TO),
					SCOPED_READ),
			entry("GET /reports/movements.pdf",
					side -> get("/reports/movements.pdf").param("org", side.org).param("from", FROM).param("to", TO),
					SCOPED_READ),
			entry("GET /reports/movements/events",
					side -> get("/reports/movements/events").param("org", side.org).param("from", FROM).param("to", TO)
						.param("kind", "ADMITTED"),
					SCOPED_READ),
			// commendations: read like every list of a subtree (a decision from a subtree it concerns), recorded and
			// voided by administrators and officers (a form missing its decision: the form again, nothing written)
			entry("GET /commendations", side -> get("/commendations").param("org", side.org).param("year", "2024"),
					SCOPED_READ),
			entry("GET /commendations/export.xlsx",
					side -> get("/commendations/export.xlsx").param("org", side.org).param("year", "2024"), SCOPED_READ),
			entry("GET /commendations/new", side -> get("/commendations/new").param("org", side.org), COMMENDATION_FORM),
			entry("POST /commendations", side -> post("/commendations").param("org", side.org), COMMENDATION_FORM),
			entry("GET /commendations/{id}",
					side -> get("/commendations/{id}", AuthorizationMatrixTests.commendationIds.get(side)).param("org", side.org), SCOPED_READ),
			entry("POST /commendations/{id}/void",
					side -> post("/commendations/{id}/void", AuthorizationMatrixTests.commendationIds.get(side)).param("org", side.org)
						.param("reason", "Ma trận phân quyền"),
					"anon=login admin=302 officer=302/403 leader=403 secretary=403 member=403",
					"the administrator voids it first; a second voiding is refused on the page (302 with the error)"),
			// the description of the API is public on purpose: it describes the API, not data
			entry("GET /v3/api-docs", side -> get("/v3/api-docs"), PUBLIC),
			entry("GET /v3/api-docs.yaml", side -> get("/v3/api-docs.yaml"), PUBLIC),
			entry("GET /v3/api-docs/swagger-config", side -> get("/v3/api-docs/swagger-config"), PUBLIC),
			entry("GET /swagger-ui.html", side -> get("/swagger-ui.html"),
					"anon=302 admin=302 officer=302 leader=302 secretary=302 member=302", "to /swagger-ui/index.html"));

	/** A commendation decision recorded for each side's cell and member, set once the context is up. */
	static final Map<Side, Long> commendationIds = new EnumMap<>(Side.class);

	/** Set once the context is up: the letters of the transfer entries are issued as they are called. */
	static Transfers transfers;

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

	@Autowired
	Transfers letters;

	@Autowired
	AssessmentRounds rounds;

	@Autowired
	vn.dangvu.badge.BadgeRounds badgeRounds;

	@Autowired
	Commendations commendations;

	final Map<Actor, String> tokens = new EnumMap<>(Actor.class);

	@BeforeAll
	void data() {
		ScopeFixtures.tree(restructurings);
		ScopeFixtures.members(members);
		ScopeFixtures.users(users);
		users.add(Side.IN.account, Role.LEADER, Side.IN.org);
		users.add(Side.OUT.account, Role.LEADER, Side.OUT.org);
		for (Side side : Side.values()) {
			ScopeFixtures.member(members, side.traveller, "Lê Văn Đi " + side, ScopeFixtures.CELL_OUT);
		}
		transfers = letters;
		for (Side side : Side.values()) {
			assessmentRounds.put(side, rounds.open(side.org, 2024, "test"));
			ROUNDS.put(side, badgeRounds.open(side.org, LocalDate.of(2024, 9, 2), "t"));
			commendationIds.put(side, commendations.record(new RecordCommendation(side.org,
					new Decision("KT-" + side, LocalDate.of(2024, 6, 1), "Ban Thường vụ Tỉnh ủy"),
					CommendationForm.CERTIFICATE_OF_MERIT, "Ma trận phân quyền", 2023, List.of(side.member), List.of(),
					List.of(side.org)), "test"));
		}
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

	private AbstractMockHttpServletRequestBuilder<?> as(Actor actor, AbstractMockHttpServletRequestBuilder<?> request,
			String endpoint) {
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

	static Entry entry(String endpoint, Function<Side, ? extends AbstractMockHttpServletRequestBuilder<?>> request, String expected) {
		return entry(endpoint, request, expected, "");
	}

	static Entry entry(String endpoint, Function<Side, ? extends AbstractMockHttpServletRequestBuilder<?>> request, String expected,
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

	/** A new member admitted into the side's cell. */
	static MockHttpServletRequestBuilder newMember(Side side) {
		return post("/members/new").param("memberNo", "MN" + NAMES.incrementAndGet())
			.param("fullName", "Lê Thị Mới")
			.param("gender", "FEMALE")
			.param("birthDate", "1995-01-01")
			.param("ethnicity", "Kinh")
			.param("orgCode", side.org)
			.param("admittedOn", "2024-06-01")
			.param("admissionDecisionNo", "3-QĐ/ĐU")
			.param("admissionDecisionDate", "2024-05-20");
	}

	/** The side's member's file as it is (a correction that changes nothing). */
	static MockHttpServletRequestBuilder correction(Side side) {
		return post("/members/{memberNo}/edit", side.member).param("fullName", side.memberName)
			.param("gender", "MALE")
			.param("birthDate", "1980-05-01")
			.param("ethnicity", "Kinh")
			.param("education", "12/12")
			.param("professionalLevel", "BACHELOR")
			.param("politicalTheory", "ELEMENTARY");
	}

	/** A new letter in transit of the member, the one before cancelled (each call receives or cancels one). */
	static long freshLetter(String memberNo, String to) {
		transfers.ofMember(memberNo)
			.stream()
			.filter(TransferView::pending)
			.forEach(t -> transfers.cancel(memberNo, t.id(), "Thư mới của ma trận", "test"));
		return transfers.issue(new IssueTransfer(memberNo, TransferKind.TEMPORARY, to, LocalDate.now().minusDays(7),
				"GT-" + NAMES.incrementAndGet(), null, LocalDate.now().plusMonths(4), false), "test");
	}

	/** The upload of a workbook of one member admitted into the side's cell. */
	static AbstractMockHttpServletRequestBuilder<?> upload(Side side) {
		return multipart("/imports/members/preview").file(new MockMultipartFile("file", "ds.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook(side)));
	}

	/** A workbook of one member admitted into the side's cell. */
	static byte[] workbook(Side side) {
		return MemberWorkbookFixtures.workbook(new String[] { "MX" + NAMES.incrementAndGet(), "Trần Thị Hoa", "Nữ",
				"15/04/1990", "Kinh", "", "12/12", "Đại học", "Sơ cấp", "", "", side.org, "12-QĐ/ĐU", "02/03/2015",
				"20/03/2015", "20/03/2016" });
	}

}
