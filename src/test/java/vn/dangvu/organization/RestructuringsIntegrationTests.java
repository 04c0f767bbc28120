package vn.dangvu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.dangvu.common.Decision;
import vn.dangvu.organization.RestructuringCommand.ChangeOrganizationType;
import vn.dangvu.organization.RestructuringCommand.DissolveOrganization;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.RestructuringCommand.MergeOrganizations;
import vn.dangvu.organization.RestructuringCommand.MoveOrganization;
import vn.dangvu.organization.RestructuringCommand.RenameOrganization;
import vn.dangvu.organization.RestructuringCommand.SplitOrganization;

/**
 * The restructuring operations and the tree of any date, on PostgreSQL. Each test builds its own small tree with
 * codes of its own, so the tests share the class's database without interfering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RecordApplicationEvents
class RestructuringsIntegrationTests {

	static final LocalDate START = LocalDate.of(2015, 1, 1);

	static final LocalDate REFORM = LocalDate.of(2025, 7, 1); // R-ORG-3

	@Autowired
	Restructurings restructurings;

	@Autowired
	Organizations organizations;

	@Autowired
	javax.sql.DataSource dataSource;

	static Decision decision(String number, LocalDate date) {
		return new Decision(number, date, "Ban Thường vụ Tỉnh ủy");
	}

	void establish(String code, String name, OrganizationType type, OrganizationField field, String parent) {
		restructurings.apply(new EstablishOrganization(code, name, type, field, parent, START, decision("1-QĐ/TU", START)),
				"test");
	}

	List<String> codes(List<OrganizationView> views) {
		return views.stream().map(OrganizationView::code).toList();
	}

	/**
	 * R-ORG-3: the 2025 reorganization — two provinces merged into a new one, the district level abolished, communes
	 * merged or moved directly under the province and made upper-grassroots committees.
	 */
	@Test
	void performsThe2025ReorganizationWithoutRewritingThePast() {
		establish("A", "Đảng bộ tỉnh A", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("B", "Đảng bộ tỉnh B", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("A.H1", "Đảng bộ huyện Một", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER, "A");
		establish("A.H1.X1", "Đảng bộ xã Hòa An", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.COMMUNE, "A.H1");
		establish("A.H1.X2", "Đảng bộ xã Hòa Bình", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.COMMUNE, "A.H1");
		establish("A.H1.X1.C1", "Chi bộ ấp 1", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "A.H1.X1");
		establish("A.H1.X2.C1", "Chi bộ ấp 2", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "A.H1.X2");
		establish("B.H1", "Đảng bộ huyện Hai", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER, "B");
		establish("B.H1.X1", "Đảng bộ xã Long Phú", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.COMMUNE, "B.H1");

		Decision politburo = decision("321-QĐ/TW", LocalDate.of(2025, 6, 26));
		restructurings.apply(new MergeOrganizations(List.of("A", "B"), "AB",
				new NewOrganization("AB", "Đảng bộ tỉnh A mới", OrganizationType.PROVINCE, OrganizationField.OTHER), null,
				REFORM, politburo), "test");
		Decision province = decision("15-QĐ/TU", LocalDate.of(2025, 6, 28));
		// two communes merge into a new commune committee directly under the province
		restructurings.apply(new MergeOrganizations(List.of("A.H1.X1", "A.H1.X2"), "AB.HOAAN",
				new NewOrganization("AB.HOAAN", "Đảng bộ xã Hòa An", OrganizationType.UPPER_GRASSROOTS,
						OrganizationField.COMMUNE),
				"AB", REFORM, province), "test");
		// a commune moves up and changes type
		restructurings.apply(new MoveOrganization("B.H1.X1", "AB", REFORM, province), "test");
		restructurings.apply(new ChangeOrganizationType("B.H1.X1", OrganizationType.UPPER_GRASSROOTS, REFORM, province),
				"test");
		// the districts, now empty, are dissolved
		restructurings.apply(new DissolveOrganization("A.H1", REFORM, province), "test");
		restructurings.apply(new DissolveOrganization("B.H1", REFORM, province), "test");

		LocalDate before = REFORM.minusDays(1);
		assertThat(codes(organizations.roots(before))).contains("A", "B").doesNotContain("AB");
		assertThat(codes(organizations.subtree("A", before))).containsExactly("A", "A.H1", "A.H1.X1", "A.H1.X2",
				"A.H1.X1.C1", "A.H1.X2.C1");
		assertThat(organizations.find("B.H1.X1", before)).get()
			.extracting(OrganizationView::parentCode, OrganizationView::type)
			.containsExactly("B.H1", OrganizationType.GRASSROOTS_COMMITTEE);

		assertThat(codes(organizations.roots(REFORM))).contains("AB").doesNotContain("A", "B");
		assertThat(organizations.find("A", REFORM)).isEmpty();
		assertThat(organizations.find("A.H1", REFORM)).isEmpty();
		assertThat(codes(organizations.children("AB", REFORM))).containsExactlyInAnyOrder("AB.HOAAN", "B.H1.X1");
		assertThat(codes(organizations.subtree("AB", REFORM))).containsExactlyInAnyOrder("AB", "AB.HOAAN", "B.H1.X1",
				"A.H1.X1.C1", "A.H1.X2.C1");
		assertThat(organizations.find("B.H1.X1", REFORM)).get()
			.extracting(OrganizationView::parentCode, OrganizationView::type)
			.containsExactly("AB", OrganizationType.UPPER_GRASSROOTS);
		assertThat(codes(organizations.path("A.H1.X2.C1", REFORM))).containsExactly("AB", "AB.HOAAN", "A.H1.X2.C1");
		assertThat(codes(organizations.path("A.H1.X2.C1", before))).containsExactly("A", "A.H1", "A.H1.X2",
				"A.H1.X2.C1");
		assertThat(organizations.find("A", before)).get().extracting(OrganizationView::endedOn).isEqualTo(REFORM);

		assertThat(organizations.predecessors("AB")).extracting(LineageLink::code).containsExactly("A", "B");
		assertThat(organizations.successors("A.H1.X1")).extracting(LineageLink::code, LineageLink::operation)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("AB.HOAAN", RestructuringOperation.MERGE));
		assertThat(organizations.decisions("B.H1.X1")).extracting(RestructuringView::operation)
			.containsExactly(RestructuringOperation.ESTABLISH, RestructuringOperation.MOVE,
					RestructuringOperation.CHANGE_TYPE);
	}

	/**
	 * The names of many organizations at once are those {@code findLatest} gives one by one: the name of the day,
	 * the last name of one dissolved by then, the first of one established later; a code never recorded is left out.
	 */
	@Test
	void namesManyOrganizationsAsFindLatestDoes() {
		establish("LN", "Đảng bộ tỉnh LN", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("LN.1", "Đảng bộ phường Một", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "LN");
		LocalDate renamed = LocalDate.of(2018, 3, 1);
		restructurings.apply(new RenameOrganization("LN.1", "Đảng bộ phường Mới", renamed, decision("5-QĐ/TU", renamed)),
				"test");
		LocalDate dissolved = LocalDate.of(2020, 5, 1);
		restructurings.apply(new DissolveOrganization("LN.1", dissolved, decision("6-QĐ/TU", dissolved)), "test");
		LocalDate later = LocalDate.of(2022, 1, 1);
		restructurings.apply(new EstablishOrganization("LN.2", "Đảng bộ phường Hai", OrganizationType.GRASSROOTS_COMMITTEE,
				OrganizationField.WARD, "LN", later, decision("7-QĐ/TU", later)), "test");

		List<String> codes = List.of("LN", "LN.1", "LN.2", "LN.KHONG");
		assertThat(organizations.latestNames(codes, renamed.minusDays(1)))
			.containsExactlyInAnyOrderEntriesOf(Map.of("LN", "Đảng bộ tỉnh LN", "LN.1", "Đảng bộ phường Một", "LN.2",
					"Đảng bộ phường Hai"));
		assertThat(organizations.latestNames(codes, dissolved)).containsEntry("LN.1", "Đảng bộ phường Mới");
		for (LocalDate day : List.of(START.minusDays(1), START, renamed.minusDays(1), renamed, dissolved.minusDays(1),
				dissolved, later.minusDays(1), later, LocalDate.of(2030, 1, 1))) {
			Map<String, String> oneByOne = new java.util.HashMap<>();
			codes.forEach(c -> organizations.findLatest(c, day).ifPresent(o -> oneByOne.put(c, o.name())));
			assertThat(organizations.latestNames(codes, day)).as("on %s", day).isEqualTo(oneByOne);
		}
		assertThat(organizations.latestNames(List.of(), later)).isEmpty();

		// each pair on its own day, in one call: the same code on several days, a code asked twice on one day
		List<LocalDate> days = List.of(START.minusDays(1), renamed.minusDays(1), renamed, dissolved, later);
		List<OrganizationOn> pairs = new java.util.ArrayList<>();
		Map<OrganizationOn, String> oneByOne = new java.util.HashMap<>();
		for (LocalDate day : days) {
			for (String c : codes) {
				OrganizationOn on = new OrganizationOn(c, day);
				pairs.add(on);
				organizations.findLatest(c, day).ifPresent(o -> oneByOne.put(on, o.name()));
			}
		}
		pairs.add(new OrganizationOn("LN.1", renamed));
		assertThat(organizations.namesOn(pairs)).isEqualTo(oneByOne)
			.containsEntry(new OrganizationOn("LN.1", renamed.minusDays(1)), "Đảng bộ phường Một")
			.containsEntry(new OrganizationOn("LN.1", renamed), "Đảng bộ phường Mới")
			.doesNotContainKey(new OrganizationOn("LN.KHONG", later));
		assertThat(organizations.namesOn(List.of())).isEmpty();
	}

	/**
	 * The member page's path and names: the path of the day with the names of organizations each on its day, as
	 * {@link Organizations#namesOn} names them, from the versions kept for the stamp the path reads (V43) — a
	 * restructuring, or a write of the versions from another connection (another process: a CLI import), changes the
	 * stamp and the names follow; a write that left the stamp as it was (its trigger off) is not seen: the names are the
	 * kept ones.
	 */
	@Test
	void namesThePathsPageFromVersionsKeptForTheStampOfTheNames() throws Exception {
		establish("LP", "Đảng bộ tỉnh LP", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("LP.1", "Chi bộ khu phố 1", OrganizationType.GRASSROOTS_CELL, OrganizationField.RESIDENTIAL, "LP");
		LocalDate day = LocalDate.of(2020, 6, 1);
		List<OrganizationOn> asked = List.of(new OrganizationOn("LP.1", day), new OrganizationOn("LP", day),
				new OrganizationOn("LP.1", START.minusDays(1)), new OrganizationOn("LP.KHONG", day));
		NamedPath first = organizations.pathAndNames("LP.1", day, asked);
		assertThat(codes(first.path())).containsExactly("LP", "LP.1");
		assertThat(first.names()).isEqualTo(organizations.namesOn(asked))
			.containsExactlyInAnyOrderEntriesOf(Map.of(new OrganizationOn("LP.1", day), "Chi bộ khu phố 1",
					new OrganizationOn("LP", day), "Đảng bộ tỉnh LP", new OrganizationOn("LP.1", START.minusDays(1)),
					"Chi bộ khu phố 1"));

		// renamed by a restructuring: the day after has the new name, the day before the old one
		LocalDate renamed = LocalDate.of(2021, 3, 1);
		long before = stamp();
		restructurings.apply(new RenameOrganization("LP.1", "Chi bộ tổ dân phố 1", renamed, decision("8-QĐ/TU", renamed)),
				"test");
		assertThat(stamp()).isGreaterThan(before);
		List<OrganizationOn> aroundRename = List.of(new OrganizationOn("LP.1", renamed.minusDays(1)),
				new OrganizationOn("LP.1", renamed));
		assertThat(organizations.pathAndNames("LP.1", renamed, aroundRename).names())
			.containsExactlyInAnyOrderEntriesOf(Map.of(aroundRename.get(0), "Chi bộ khu phố 1", aroundRename.get(1),
					"Chi bộ tổ dân phố 1"));

		// written from another connection, as another process would: seen at the next page
		String update = "update organization_version set name = ? where valid_from = ?"
				+ " and organization_id = (select id from organization where code = 'LP.1')";
		try (var c = dataSource.getConnection(); var st = c.prepareStatement(update)) {
			st.setString(1, "Chi bộ tổ dân phố Một");
			st.setObject(2, renamed);
			assertThat(st.executeUpdate()).isEqualTo(1);
		}
		List<OrganizationOn> withProvince = List.of(aroundRename.get(1), new OrganizationOn("LP", renamed));
		assertThat(organizations.pathAndNames("LP.1", renamed, withProvince).names())
			.containsExactlyInAnyOrderEntriesOf(Map.of(withProvince.get(0), "Chi bộ tổ dân phố Một", withProvince.get(1),
					"Đảng bộ tỉnh LP"));

		// a write that does not move the stamp is not seen: the names are those kept for it
		try (var c = dataSource.getConnection(); var st = c.createStatement()) {
			st.execute("alter table organization_version disable trigger organization_version_names_stamp");
			try {
				assertThat(st.executeUpdate("update organization_version set name = 'Không thấy'"
						+ " where organization_id = (select id from organization where code = 'LP')")).isEqualTo(1);
			}
			finally {
				st.execute("alter table organization_version enable trigger organization_version_names_stamp");
			}
		}
		assertThat(organizations.pathAndNames("LP.1", renamed, List.of(new OrganizationOn("LP", renamed))).names())
			.containsEntry(new OrganizationOn("LP", renamed), "Đảng bộ tỉnh LP");
		assertThat(organizations.namesOn(List.of(new OrganizationOn("LP", renamed))))
			.containsEntry(new OrganizationOn("LP", renamed), "Không thấy");

		// without an organization, or one that does not exist on the day, the names are read
		assertThat(organizations.pathAndNames(null, renamed, List.of(new OrganizationOn("LP", renamed))))
			.isEqualTo(new NamedPath(List.of(), Map.of(new OrganizationOn("LP", renamed), "Không thấy")));
		assertThat(organizations.pathAndNames("LP.1", START.minusDays(1), List.of(new OrganizationOn("LP", renamed))))
			.isEqualTo(new NamedPath(List.of(), Map.of(new OrganizationOn("LP", renamed), "Không thấy")));
		assertThat(organizations.pathAndNames("LP.1", renamed, List.of()).names()).isEmpty();
		// a pair without a code is left out
		assertThat(organizations.pathAndNames("LP.1", renamed, List.of(new OrganizationOn(null, renamed))).names())
			.isEmpty();
		assertThat(organizations.namesOn(List.of(new OrganizationOn(null, renamed)))).isEmpty();
	}

	/**
	 * V43: the stamp moves once in a transaction however many of its statements write versions; a savepoint rolled
	 * back takes its move back with it, and the transaction's next write moves it again; a transaction rolled back
	 * leaves it as it was.
	 */
	@Test
	void movesTheStampOfTheNamesOnceInATransactionThatWritesVersions() throws Exception {
		establish("LQ", "Đảng bộ tỉnh LQ", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		String rename = "update organization_version set name = ? where organization_id = (select id from organization"
				+ " where code = 'LQ')";
		long before = stamp();
		try (var c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try (var st = c.prepareStatement(rename)) {
				var savepoint = c.setSavepoint();
				st.setString(1, "Đảng bộ tỉnh LQ mới");
				st.executeUpdate();
				c.rollback(savepoint);
				for (String name : List.of("Đảng bộ tỉnh LQ 1", "Đảng bộ tỉnh LQ 2")) {
					st.setString(1, name);
					assertThat(st.executeUpdate()).isEqualTo(1);
				}
			}
			c.commit();
		}
		assertThat(stamp()).isEqualTo(before + 1);
		assertThat(organizations.namesOn(List.of(new OrganizationOn("LQ", START))))
			.containsEntry(new OrganizationOn("LQ", START), "Đảng bộ tỉnh LQ 2");
		// a transaction rolled back leaves it as it was
		try (var c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try (var st = c.prepareStatement(rename)) {
				st.setString(1, "Đảng bộ tỉnh LQ 3");
				assertThat(st.executeUpdate()).isEqualTo(1);
			}
			c.rollback();
		}
		assertThat(stamp()).isEqualTo(before + 1);
	}

	long stamp() throws Exception {
		try (var c = dataSource.getConnection(); var st = c.createStatement();
				var rs = st.executeQuery("select stamp from organization_names_stamp")) {
			assertThat(rs.next()).isTrue();
			return rs.getLong(1);
		}
	}

	@Test
	void refusesToDissolveAnOrganizationThatStillHasChildrenAndChangesNothing() {
		establish("D", "Đảng bộ tỉnh D", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("D.1", "Đảng bộ phường Một", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "D");
		establish("D.1.C", "Chi bộ khu phố 1", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "D.1");
		int decisionsBefore = organizations.decisions("D.1").size();

		assertThatThrownBy(() -> restructurings.apply(
				new DissolveOrganization("D.1", LocalDate.of(2020, 5, 1), decision("9-QĐ/TU", LocalDate.of(2020, 4, 1))),
				"test"))
			.isInstanceOf(RestructuringRefusedException.class)
			.hasMessageContaining("còn 1 tổ chức trực thuộc");

		assertThat(organizations.find("D.1", LocalDate.of(2021, 1, 1))).isPresent();
		assertThat(organizations.decisions("D.1")).hasSize(decisionsBefore);
	}

	@Test
	void dissolvesAnOrganizationOnceItsChildrenHaveMovedAway() {
		establish("E", "Đảng bộ tỉnh E", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("E.1", "Đảng bộ phường Một", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "E");
		establish("E.2", "Đảng bộ phường Hai", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "E");
		establish("E.1.C", "Chi bộ khu phố 1", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "E.1");
		LocalDate on = LocalDate.of(2020, 5, 1);
		restructurings.apply(new MoveOrganization("E.1.C", "E.2", on, decision("10-QĐ/TU", on)), "test");
		restructurings.apply(new DissolveOrganization("E.1", on, decision("11-QĐ/TU", on)), "test");

		assertThat(organizations.find("E.1", on)).isEmpty();
		assertThat(organizations.find("E.1", on.minusDays(1))).isPresent();
		assertThat(codes(organizations.subtree("E", on))).containsExactly("E", "E.2", "E.1.C");
	}

	@Test
	void splitsAnOrganizationChoosingWhereEachChildGoes() {
		establish("S", "Đảng bộ tỉnh S", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("S.W", "Đảng bộ phường Lớn", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "S");
		establish("S.W.1", "Chi bộ khu vực 1", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "S.W");
		establish("S.W.2", "Chi bộ khu vực 2", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "S.W");
		LocalDate on = LocalDate.of(2021, 3, 1);
		restructurings.apply(new SplitOrganization("S.W",
				List.of(new NewOrganization("S.WA", "Đảng bộ phường Bắc", OrganizationType.GRASSROOTS_COMMITTEE,
						OrganizationField.WARD),
						new NewOrganization("S.WB", "Đảng bộ phường Nam", OrganizationType.GRASSROOTS_COMMITTEE,
								OrganizationField.WARD)),
				Map.of("S.W.1", "S.WA", "S.W.2", "S.WB"), on, decision("20-QĐ/TU", on)), "test");

		assertThat(codes(organizations.children("S", on))).containsExactly("S.WA", "S.WB");
		assertThat(codes(organizations.children("S.WB", on))).containsExactly("S.W.2");
		assertThat(codes(organizations.children("S.W", on.minusDays(1)))).containsExactly("S.W.1", "S.W.2");
		assertThat(organizations.successors("S.W")).extracting(LineageLink::code).containsExactly("S.WA", "S.WB");
		assertThat(organizations.predecessors("S.WA")).extracting(LineageLink::code).containsExactly("S.W");
	}

	@Test
	void carriesABackDatedMoveThroughALaterRename() {
		establish("M", "Đảng bộ tỉnh Mười", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("M.1", "Đảng bộ huyện Một", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER, "M");
		establish("M.2", "Đảng bộ huyện Hai", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER, "M");
		establish("M.1.X", "Đảng bộ xã Tân Lập", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.COMMUNE, "M.1");
		establish("M.1.X.C", "Chi bộ ấp Tân Lập", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "M.1.X");
		restructurings.apply(new RenameOrganization("M.1.X", "Đảng bộ xã Tân Lập Mới", LocalDate.of(2022, 1, 1),
				decision("30-QĐ/TU", LocalDate.of(2021, 12, 1))), "test");
		// recorded later, effective earlier
		restructurings.apply(new MoveOrganization("M.1.X", "M.2", LocalDate.of(2020, 1, 1),
				decision("31-QĐ/TU", LocalDate.of(2019, 12, 1))), "test");

		assertThat(organizations.find("M.1.X", LocalDate.of(2019, 12, 31))).get()
			.extracting(OrganizationView::parentCode, OrganizationView::name)
			.containsExactly("M.1", "Đảng bộ xã Tân Lập");
		assertThat(organizations.find("M.1.X", LocalDate.of(2021, 6, 1))).get()
			.extracting(OrganizationView::parentCode).isEqualTo("M.2");
		assertThat(organizations.find("M.1.X", LocalDate.of(2023, 6, 1))).get()
			.extracting(OrganizationView::parentCode, OrganizationView::name)
			.containsExactly("M.2", "Đảng bộ xã Tân Lập Mới");
		assertThat(codes(organizations.subtree("M.2", LocalDate.of(2023, 6, 1)))).containsExactly("M.2", "M.1.X",
				"M.1.X.C");
		assertThat(codes(organizations.subtree("M.1", LocalDate.of(2019, 6, 1)))).containsExactly("M.1", "M.1.X",
				"M.1.X.C");
		assertThat(organizations.history("M.1.X")).hasSize(3);
	}

	/**
	 * A move tells what carries the province (the members' key, the sums by province) to look again only when the
	 * moved subtree's province changes on some day from the move on: not within its province, even back-dated before a
	 * later move to another province.
	 */
	@Test
	void announcesAMoveOnlyWhenItChangesTheProvinceOfTheSubtree(ApplicationEvents events) {
		establish("G", "Đảng bộ tỉnh G", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("G.1", "Đảng bộ phường Một", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER, "G");
		establish("G.2", "Đảng bộ phường Hai", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER, "G");
		establish("G.1.X", "Đảng bộ xã Tân Hòa", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.COMMUNE, "G.1");
		establish("G.1.X.C", "Chi bộ ấp Tân Hòa", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "G.1.X");
		establish("H", "Đảng bộ tỉnh H", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("K", "Đảng bộ tỉnh K", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("K.1", "Đảng bộ phường Ba", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER, "K");
		LocalDate later = LocalDate.of(2023, 1, 1);
		LocalDate earlier = LocalDate.of(2021, 1, 1);

		restructurings.apply(new MoveOrganization("G.1.X", "H", later, decision("40-QĐ/TW", later)), "test");
		assertThat(events.stream(SubtreesMoved.class)).singleElement()
			.satisfies(moved -> assertThat(moved.codes()).containsExactly("G.1.X"))
			.satisfies(moved -> assertThat(moved.effectiveOn()).isEqualTo(later));
		events.clear();

		// back-dated within its province: the same province on every day from 2021 on (G until 2023, H after)
		restructurings.apply(new MoveOrganization("G.1.X", "G.2", earlier, decision("41-QĐ/TU", earlier)), "test");
		assertThat(organizations.find("G.1.X", LocalDate.of(2022, 1, 1))).get()
			.extracting(OrganizationView::parentCode).isEqualTo("G.2");
		assertThat(events.stream(SubtreesMoved.class)).isEmpty();

		// back-dated into another province: K from 2022 until the later move
		LocalDate between = LocalDate.of(2022, 1, 1);
		restructurings.apply(new MoveOrganization("G.1.X", "K.1", between, decision("42-QĐ/TW", between)), "test");
		assertThat(organizations.provinceCodes(List.of("G.1.X.C"), LocalDate.of(2022, 6, 1))).containsEntry("G.1.X.C", "K");
		assertThat(events.stream(SubtreesMoved.class)).singleElement()
			.satisfies(moved -> assertThat(moved.effectiveOn()).isEqualTo(between));
	}

	/**
	 * The organizations that have left a subtree since a day (a member list of a past day looks for their members):
	 * a move within the subtree is no departure, a move out is, a dissolution is, and a move out and back again is
	 * one only on the days between.
	 */
	@Test
	void tellsWhichOrganizationsHaveLeftASubtreeSinceADay() {
		establish("LV", "Đảng bộ tỉnh Lạc Việt", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("LV.1", "Đảng bộ phường Một", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "LV");
		establish("LV.2", "Đảng bộ phường Hai", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "LV");
		establish("LV.1.C1", "Chi bộ khu phố 1", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "LV.1");
		establish("LV.1.C2", "Chi bộ khu phố 2", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "LV.1");
		establish("LV.2.C1", "Chi bộ khu phố 3", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "LV.2");
		establish("LW", "Đảng bộ tỉnh Lạc Văn", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("LW.1", "Đảng bộ phường Ba", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "LW");
		LocalDate within = LocalDate.of(2020, 3, 1);
		LocalDate out = LocalDate.of(2020, 6, 1);
		LocalDate away = LocalDate.of(2020, 9, 1);
		LocalDate back = LocalDate.of(2021, 1, 1);
		LocalDate dissolved = LocalDate.of(2021, 2, 1);
		restructurings.apply(new MoveOrganization("LV.1.C1", "LV.2", within, decision("50-QĐ/TU", within)), "test");
		restructurings.apply(new MoveOrganization("LV.1.C2", "LW.1", out, decision("51-QĐ/TW", out)), "test");
		restructurings.apply(new MoveOrganization("LV.2.C1", "LW.1", away, decision("52-QĐ/TW", away)), "test");
		restructurings.apply(new MoveOrganization("LV.2.C1", "LV.2", back, decision("53-QĐ/TW", back)), "test");
		restructurings.apply(new DissolveOrganization("LV.1", dissolved, decision("54-QĐ/TU", dissolved)), "test");
		LocalDate may2020 = LocalDate.of(2020, 5, 1);

		assertThat(organizations.leftSubtreeSince("LV", may2020, LocalDate.of(2021, 6, 1)))
			.containsExactlyInAnyOrder("LV.1.C2", "LV.1");
		assertThat(organizations.leftSubtreeSince("LV", may2020, LocalDate.of(2020, 12, 1)))
			.containsExactlyInAnyOrder("LV.1.C2", "LV.2.C1");
		// the move within the province leaves the ward's subtree, not the province's
		assertThat(organizations.leftSubtreeSince("LV.1", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 4, 1)))
			.containsExactly("LV.1.C1");
		assertThat(organizations.leftSubtreeSince("LW", LocalDate.of(2020, 10, 1), back)).containsExactly("LV.2.C1");
		// the day of the move is the first day away; an organization gone already on the day has not left since
		assertThat(organizations.leftSubtreeSince("LV", out.minusDays(1), out)).containsExactly("LV.1.C2");
		assertThat(organizations.leftSubtreeSince("LV", out, LocalDate.of(2020, 7, 1))).isEmpty();
		assertThat(organizations.leftSubtreeSince("LV", dissolved.minusDays(1), dissolved)).containsExactly("LV.1");
		// none since a day that is not before the other
		assertThat(organizations.leftSubtreeSince("LV", may2020, may2020)).isEmpty();
		assertThat(organizations.leftSubtreeSince("LV", LocalDate.of(2021, 6, 1), may2020)).isEmpty();
	}

	@Test
	void refusesAMoveUnderItsOwnDescendantOrUnderACell() {
		establish("N", "Đảng bộ tỉnh Mười Một", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("N.1", "Đảng bộ phường Một", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "N");
		establish("N.1.C", "Chi bộ khu phố 1", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "N.1");
		establish("N.2", "Đảng bộ phường Hai", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "N");
		LocalDate on = LocalDate.of(2020, 1, 1);
		assertThatThrownBy(() -> restructurings.apply(new MoveOrganization("N.1", "N.1.C", on, decision("1", on)), "t"))
			.isInstanceOf(RestructuringRefusedException.class);
		assertThatThrownBy(() -> restructurings.apply(new MoveOrganization("N.2", "N.1.C", on, decision("1", on)), "t"))
			.isInstanceOf(RestructuringRefusedException.class)
			.hasMessageContaining("chi bộ");
		assertThatThrownBy(() -> restructurings.apply(new MoveOrganization("N.2", "N", START.minusDays(1),
				decision("1", on)), "t"))
			.isInstanceOf(RestructuringRefusedException.class)
			.hasMessageContaining("không tồn tại");
	}

	/**
	 * A back-dated move is carried on to the days after it (until a later decision changed the parent): it is refused
	 * when on one of those days a later decision had put the new parent under the moved organization, and accepted
	 * when the carrying stops before.
	 */
	@Test
	void refusesABackDatedMoveThatWouldPutAnOrganizationUnderItselfLater() {
		establish("L", "Đảng bộ tỉnh L", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("L.1", "Đảng bộ phường Một", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "L");
		establish("L.2", "Đảng bộ phường Hai", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "L");
		establish("L.3", "Đảng bộ phường Ba", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "L");
		LocalDate later = LocalDate.of(2023, 1, 1);
		LocalDate earlier = LocalDate.of(2021, 1, 1);
		restructurings.apply(new MoveOrganization("L.2", "L.1", later, decision("50-QĐ/TU", later)), "test");

		assertThatThrownBy(() -> restructurings.apply(new MoveOrganization("L.1", "L.2", earlier,
				decision("51-QĐ/TU", earlier)), "test"))
			.isInstanceOf(RestructuringRefusedException.class)
			.hasMessage("Không thể chuyển: từ ngày 01/01/2023, theo một quyết định đã ghi, tổ chức cấp trên mới L.2 là "
					+ "cấp dưới của tổ chức được chuyển.");
		assertThat(organizations.find("L.1", LocalDate.of(2022, 1, 1))).get()
			.extracting(OrganizationView::parentCode).isEqualTo("L");

		// once a decision of 2022 has put L.1 elsewhere, the back-dated move holds only until then: no loop
		LocalDate between = LocalDate.of(2022, 6, 1);
		restructurings.apply(new MoveOrganization("L.1", "L.3", between, decision("52-QĐ/TU", between)), "test");
		restructurings.apply(new MoveOrganization("L.1", "L.2", earlier, decision("53-QĐ/TU", earlier)), "test");
		assertThat(organizations.find("L.1", LocalDate.of(2021, 6, 1))).get()
			.extracting(OrganizationView::parentCode).isEqualTo("L.2");
		assertThat(organizations.find("L.1", LocalDate.of(2022, 6, 1))).get()
			.extracting(OrganizationView::parentCode).isEqualTo("L.3");
		assertThat(organizations.subtreeCodes("L.3", later)).containsExactlyInAnyOrder("L.3", "L.1", "L.2");
		assertThat(organizations.subtreeCodes("L.2", LocalDate.of(2021, 6, 1))).containsExactlyInAnyOrder("L.2", "L.1");
	}

	/**
	 * A back-dated merge moves the subject's children under the target from its day on; when a later decision had put
	 * the target under one of those children, that would be a loop: refused, and nothing of it is kept.
	 */
	@Test
	void refusesABackDatedMergeThatWouldPutItsTargetUnderItselfLater() {
		establish("Z", "Đảng bộ tỉnh Z", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("Z.S", "Đảng bộ huyện Một", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER, "Z");
		establish("Z.S.X", "Đảng bộ xã Một", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.COMMUNE, "Z.S");
		establish("Z.T", "Đảng bộ phường Hai", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "Z");
		LocalDate later = LocalDate.of(2023, 1, 1);
		LocalDate earlier = LocalDate.of(2021, 1, 1);
		restructurings.apply(new MoveOrganization("Z.T", "Z.S.X", later, decision("60-QĐ/TU", later)), "test");

		assertThatThrownBy(() -> restructurings.apply(new MergeOrganizations(List.of("Z.S"), "Z.T", null, null, earlier,
				decision("61-QĐ/TU", earlier)), "test"))
			.isInstanceOf(RestructuringRefusedException.class)
			.hasMessageContaining("trực thuộc cấp dưới của chính nó");
		assertThat(organizations.find("Z.S", LocalDate.of(2022, 1, 1))).isPresent();
		assertThat(organizations.find("Z.S.X", LocalDate.of(2022, 1, 1))).get()
			.extracting(OrganizationView::parentCode).isEqualTo("Z.S");
		assertThat(organizations.subtreeCodes("Z", LocalDate.of(2024, 1, 1)))
			.containsExactlyInAnyOrder("Z", "Z.S", "Z.S.X", "Z.T");
		assertThat(organizations.decisions("Z.S")).extracting(r -> r.decision().number())
			.doesNotContain("61-QĐ/TU");
	}

	/** Each rule of a merge refuses it with the field and reason named, and a refused merge changes nothing. */
	@Test
	void refusesMergesThatBreakARuleAndChangesNothing() {
		establish("MG", "Đảng bộ tỉnh Mười", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("MG.A", "Đảng bộ huyện Một", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER, "MG");
		establish("MG.A.X", "Đảng bộ xã Một", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.COMMUNE, "MG.A");
		establish("MG.B", "Đảng bộ huyện Hai", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER, "MG");
		establish("MG.K", "Chi bộ cơ quan", OrganizationType.CELL, OrganizationField.STATE_AGENCY, "MG");
		LocalDate on = LocalDate.of(2023, 1, 1);
		LocalDate later = LocalDate.of(2024, 1, 1);
		restructurings.apply(new RenameOrganization("MG.B", "Đảng bộ huyện Hai Mới", later, decision("70-QĐ/TU", later)),
				"test");
		record Refusal(List<String> subjects, String target, String field, String reason) {
		}
		List<Refusal> refusals = List.of(new Refusal(List.of(), "MG.B", "subjectCodes", "Cần ít nhất một"),
				new Refusal(List.of("MG.A", "MG.A"), "MG.B", "subjectCodes", "Tổ chức MG.A được nêu hai lần."),
				new Refusal(List.of("MG.A", "MG.Q"), "MG.B", "subjectCodes", "Không có tổ chức mã MG.Q."),
				new Refusal(List.of("MG.A"), "MG.A", "targetCode", "không thể đồng thời là tổ chức được sáp nhập"),
				new Refusal(List.of("MG.A"), "MG.A.X", "targetCode", "Tổ chức nhận sáp nhập đang trực thuộc MG.A."),
				new Refusal(List.of("MG.B"), "MG.A", "effectiveOn", "Tổ chức MG.B đã có thay đổi sau ngày 01/01/2023"),
				new Refusal(List.of("MG.A"), "MG.K", "targetCode",
						"Tổ chức nhận sáp nhập là chi bộ, không thể nhận tổ chức trực thuộc của MG.A."));
		for (Refusal refusal : refusals) {
			assertThatThrownBy(() -> restructurings.apply(new MergeOrganizations(refusal.subjects(), refusal.target(),
					null, null, on, decision("71-QĐ/TU", on)), "test"))
				.as(refusal.reason())
				.isInstanceOfSatisfying(RestructuringRefusedException.class,
						refused -> assertThat(refused.field()).isEqualTo(refusal.field()))
				.hasMessageContaining(refusal.reason());
		}
		// a new target under an organization that is below a subject would go under itself
		assertThatThrownBy(() -> restructurings.apply(new MergeOrganizations(List.of("MG.A"), "MG.T",
				new NewOrganization("MG.T", "Đảng bộ huyện Mới", OrganizationType.UPPER_GRASSROOTS,
						OrganizationField.OTHER),
				"MG.A.X", on, decision("71-QĐ/TU", on)), "test"))
			.isInstanceOfSatisfying(RestructuringRefusedException.class,
					refused -> assertThat(refused.field()).isEqualTo("newParentCode"))
			.hasMessage("Tổ chức cấp trên mới MG.A.X đang trực thuộc MG.A, tổ chức được sáp nhập.");
		assertThat(organizations.find("MG.T", on)).isEmpty();
		assertThat(codes(organizations.subtree("MG", on))).containsExactlyInAnyOrder("MG", "MG.A", "MG.A.X", "MG.B", "MG.K");
		assertThat(organizations.find("MG.A.X", on)).get().extracting(OrganizationView::parentCode).isEqualTo("MG.A");
		assertThat(organizations.decisions("MG.A")).extracting(r -> r.decision().number()).doesNotContain("71-QĐ/TU");
		assertThat(organizations.successors("MG.A")).isEmpty();
	}

	/**
	 * An organization merged together with one of its own subordinates: both end, and what was below either goes
	 * under the target.
	 */
	@Test
	void mergesAnOrganizationTogetherWithOneOfItsSubordinates() {
		establish("MS", "Đảng bộ tỉnh Mười Một", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("MS.A", "Đảng bộ huyện Một", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER, "MS");
		establish("MS.A.X", "Đảng bộ xã Một", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.COMMUNE, "MS.A");
		establish("MS.A.X.C", "Chi bộ ấp Một", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "MS.A.X");
		establish("MS.A.Y", "Đảng bộ xã Hai", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.COMMUNE, "MS.A");
		establish("MS.B", "Đảng bộ huyện Hai", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER, "MS");
		LocalDate on = LocalDate.of(2023, 1, 1);

		restructurings.apply(new MergeOrganizations(List.of("MS.A", "MS.A.X"), "MS.B", null, null, on,
				decision("72-QĐ/TU", on)), "test");

		assertThat(codes(organizations.subtree("MS", on))).containsExactlyInAnyOrder("MS", "MS.B", "MS.A.X.C", "MS.A.Y");
		assertThat(organizations.find("MS.A.X.C", on)).get().extracting(OrganizationView::parentCode).isEqualTo("MS.B");
		assertThat(organizations.find("MS.A.Y", on)).get().extracting(OrganizationView::parentCode).isEqualTo("MS.B");
		assertThat(codes(organizations.path("MS.A.X.C", on.minusDays(1)))).containsExactly("MS", "MS.A", "MS.A.X",
				"MS.A.X.C");
		assertThat(organizations.find("MS.A.X", on.minusDays(1))).get().extracting(OrganizationView::endedOn)
			.isEqualTo(on);
		assertThat(organizations.successors("MS.A.X")).extracting(LineageLink::code).containsExactly("MS.B");
		assertThat(organizations.predecessors("MS.B")).extracting(LineageLink::code).containsExactly("MS.A", "MS.A.X");
	}

	@Test
	void findsOrganizationsByNameIgnoringDiacritics() {
		establish("Q", "Đảng bộ tỉnh Quảng Điền", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("Q.1", "Đảng bộ phường An Hòa", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "Q");
		assertThat(codes(organizations.search("phuong an hoa", LocalDate.of(2020, 1, 1), 10))).containsExactly("Q.1");
		assertThat(codes(organizations.search("QUANG DIEN", LocalDate.of(2020, 1, 1), 10))).containsExactly("Q");
		assertThat(organizations.search("an hoa", START.minusDays(1), 10)).isEmpty();
	}

	@Test
	void previewShowsTheChangeAndWritesNothing() {
		establish("P", "Đảng bộ tỉnh P", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish("P.1", "Đảng bộ phường Một", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "P");
		establish("P.2", "Đảng bộ phường Hai", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, "P");
		establish("P.1.C", "Chi bộ khu phố 1", OrganizationType.CELL, OrganizationField.RESIDENTIAL, "P.1");
		LocalDate on = LocalDate.of(2022, 1, 1);
		RestructuringPreview preview = restructurings.preview(
				new MergeOrganizations(List.of("P.1"), "P.2", null, null, on, decision("5", on)), organizations);

		assertThat(codes(preview.before().get("P.1"))).containsExactly("P.1", "P.1.C");
		assertThat(codes(preview.after().get("P.2"))).containsExactly("P.2", "P.1.C");
		assertThat(organizations.find("P.1", on)).isPresent();
		assertThat(codes(organizations.children("P.2", on))).isEmpty();
	}

}
