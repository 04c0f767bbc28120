package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dangvu.member.ListScopeChecks.listed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.common.Decision;
import vn.dangvu.organization.MoveBatch;
import vn.dangvu.organization.NewOrganization;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.RestructuringRefusedException;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.RestructuringCommand.MergeOrganizations;
import vn.dangvu.organization.RestructuringCommand.MoveOrganization;
import vn.dangvu.organization.RestructuringCommand.SplitOrganization;
import vn.dangvu.organization.Restructurings;

/**
 * The scale-out key (ARCHITECTURE.md data principle 8): every row of a member — file, events, periods — carries the
 * province of the member's organization today, and follows the member across provinces: a transfer, a move of the
 * subtree, a merge or a split of provinces. The statistics summed by province (V34) follow the same changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProvinceKeyIntegrationTests {

	static final LocalDate START = LocalDate.of(2000, 1, 1);

	static final Decision DECISION = new Decision("1-QĐ/TW", START, null);

	@Autowired
	Members members;

	@Autowired
	Restructurings restructurings;

	@Autowired
	MemberRoster roster;

	@Autowired
	MemberStatistics statistics;

	@Autowired
	Organizations organizations;

	@Autowired
	DSLContext dsl;

	@Autowired
	ScaleOutKeys keys;

	@Autowired
	TransactionTemplate transactions;

	void province(String p) {
		province(restructurings, p);
	}

	/** A province {@code p} with a ward {@code p.W} and its cell {@code p.W.C1}, from 2000. */
	static void province(Restructurings restructurings, String p) {
		restructurings.apply(new EstablishOrganization(p, "Đảng bộ tỉnh " + p, OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, START, DECISION), "t");
		restructurings.apply(new EstablishOrganization(p + ".W", "Đảng bộ phường " + p, OrganizationType.GRASSROOTS_COMMITTEE,
				OrganizationField.WARD, p, START, DECISION), "t");
		restructurings.apply(new EstablishOrganization(p + ".W.C1", "Chi bộ khu phố 1", OrganizationType.CELL,
				OrganizationField.RESIDENTIAL, p + ".W", START, DECISION), "t");
	}

	void member(String no, String cell) {
		members.register(file(no, "Nguyễn Thị Hoa", LocalDate.of(1980, 1, 1)));
		members.record(no, MembersIntegrationTests.admitted(cell, "2010-03-20", "2010-03-02"), "t");
		members.record(no, MembersIntegrationTests.event(MemberEventType.RECOGNIZED, "2011-03-20", null, null), "t");
	}

	/** The distinct provinces on the member's file, periods and name words, the rows that lists and the search read. */
	List<String> readKeys(String memberNo) {
		return readKeys(dsl, memberNo);
	}

	static List<String> readKeys(DSLContext dsl, String memberNo) {
		return dsl.fetch("""
				select m.province_code from member m where m.member_no = ?
				union select p.province_code from member_period p join member m on m.id = p.member_id where m.member_no = ?
				union select w.province_code from member_name_word w join member m on m.id = w.member_id
				      where m.member_no = ?
				""", memberNo, memberNo, memberNo).getValues(0, String.class);
	}

	/** The distinct provinces on the member's events. */
	List<String> eventKeys(String memberNo) {
		return dsl.fetch("""
				select distinct e.province_code from member_event e join member m on m.id = e.member_id
				where m.member_no = ?""", memberNo).getValues(0, String.class);
	}

	/** The distinct provinces on the member's file, events, periods and name words (one when the key is consistent). */
	List<String> provinces(String memberNo) {
		return dsl.fetch("""
				select m.province_code from member m where m.member_no = ?
				union select e.province_code from member_event e join member m on m.id = e.member_id where m.member_no = ?
				union select p.province_code from member_period p join member m on m.id = p.member_id where m.member_no = ?
				union select w.province_code from member_name_word w join member m on m.id = w.member_id
				      where m.member_no = ?
				""", memberNo, memberNo, memberNo, memberNo).getValues(0, String.class);
	}

	/** The member's events' provinces once nothing is pending, waiting for the background thread (at most 30 s). */
	List<String> eventuallyFollowed(String memberNo) throws InterruptedException {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (keys.pending() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		return eventKeys(memberNo);
	}

	// first: a background thread of another test's move would take some of the pending members it lists
	@Test
	@Order(1)
	void pendingEventsLeftByAStopAreFollowedFromTheListInSlicesEachToItsFilesProvince() {
		province("PA");
		province("PB");
		member("PA001", "PA.W.C1");
		member("PA002", "PA.W.C1");
		// as a crash between the decision and the re-key would leave them: the files moved, the events not
		dsl.execute("update member set province_code = 'PB' where member_no = 'PA001'");
		dsl.execute("update member set province_code = 'PC' where member_no = 'PA002'");
		dsl.execute("insert into member_key_pending select id from member where member_no in ('PA001', 'PA002')");
		assertThat(eventKeys("PA001")).containsExactly("PA");

		// one member a slice: two slices, each its own transaction
		assertThat(keys.follow(1)).isEqualTo(2);
		assertThat(keys.pending()).isZero();
		assertThat(eventKeys("PA001")).containsExactly("PB");
		assertThat(eventKeys("PA002")).containsExactly("PC");
		assertThat(keys.follow()).isZero();
	}

	@Test
	void aMemberCarriesTheProvinceOfTodaysOrganizationOnEveryRowAndATransferMovesIt() {
		province("KA");
		province("KB");
		member("KA001", "KA.W.C1");
		assertThat(provinces("KA001")).containsExactly("KA");

		members.record("KA001", MembersIntegrationTests.event(MemberEventType.TRANSFERRED, "2015-06-01", "KB.W.C1", null),
				"t");
		assertThat(provinces("KA001")).containsExactly("KB");
		// the header search of the other province finds the member (V31), the first one's no longer
		assertThat(roster.search("hoa nguyen", "KB", 10)).extracting(MemberRow::memberNo).containsExactly("KA001");
		assertThat(roster.search("hoa nguyen", "KA", 10)).isEmpty();
		// as of before the transfer, the member is a stray of the first province's list (V33), and of no other
		assertThat(listed(roster, MemberQuery.of("KA", LocalDate.of(2014, 12, 31))).items()).extracting(MemberRow::memberNo)
			.containsExactly("KA001");
		assertThat(listed(roster, MemberQuery.of("KB", LocalDate.of(2014, 12, 31))).total()).isZero();
		assertThat(listed(roster, MemberQuery.of("KB", LocalDate.of(2016, 3, 1))).items()).extracting(MemberRow::memberNo)
			.containsExactly("KA001");
		ListScopeChecks.assertStraysEqualARebuild(dsl);
		// the transfer between provinces, out of one and into the other, by province (V34) as by their subtrees
		ProvinceStatisticsChecks.assertProvinceTablesEqualARebuild(dsl);
		ProvinceStatisticsChecks.assertProvinceFiguresEqualTheSubtrees(statistics, organizations, List.of("KA", "KB"),
				2010, 2026);
		assertThat(statistics.provinceMovements(List.of("KA", "KB"), LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31))
			.orElseThrow()).satisfies(m -> {
				assertThat(m.get("KA").transferredOut()).isEqualTo(1);
				assertThat(m.get("KB").transferredIn()).isEqualTo(1);
			});
	}

	@Test
	void aMoveOfASubtreeAndAMergeOfProvincesMoveTheKeyOfEveryMemberBelow() throws InterruptedException {
		province("MA");
		province("MB");
		province("MC");
		member("MA001", "MA.W.C1");
		member("MB001", "MB.W.C1");

		// in the decision's transaction, the rows that are read take the new province, and the events wait (V32)
		transactions.executeWithoutResult(status -> {
			restructurings.apply(new MoveOrganization("MA.W", "MC", LocalDate.of(2020, 1, 1),
					new Decision("2-QĐ/TW", LocalDate.of(2019, 12, 1), null)), "t");
			assertThat(readKeys("MA001")).containsExactly("MC");
			assertThat(eventKeys("MA001")).containsExactly("MA");
			assertThat(keys.pending()).isEqualTo(1);
		});
		// once it commits, the events follow on a background thread, unasked
		assertThat(eventuallyFollowed("MA001")).containsExactly("MC");
		assertThat(keys.pending()).isZero();
		assertThat(provinces("MA001")).containsExactly("MC");

		// the 2025 way: MB merged into a new province MN; its members are in cells two levels below
		restructurings.apply(new MergeOrganizations(List.of("MB", "MC"), "MN",
				new NewOrganization("MN", "Đảng bộ tỉnh mới", OrganizationType.PROVINCE, OrganizationField.OTHER), null,
				LocalDate.of(2025, 7, 1), new Decision("3-QĐ/TW", LocalDate.of(2025, 6, 12), null)), "t");
		assertThat(readKeys("MA001")).containsExactly("MN");
		assertThat(readKeys("MB001")).containsExactly("MN");
		keys.follow();
		assertThat(provinces("MA001")).containsExactly("MN");
		assertThat(provinces("MB001")).containsExactly("MN");
		assertThat(roster.search("nguyen thi h", "MN", 10)).extracting(MemberRow::memberNo)
			.containsExactly("MA001", "MB001");
		// the lists of every day around the moves, from the projection and the strays' table (V33) as counted
		for (String org : List.of("MA", "MA.W", "MB", "MB.W.C1", "MC", "MN")) {
			for (LocalDate day : List.of(LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31), LocalDate.of(2020, 6, 1),
					LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31), LocalDate.now())) {
				listed(roster, MemberQuery.of(org, day));
				// a condition on the file: the total counted, the strays from their table
				listed(roster, new MemberQuery(org, day, "hoa", null, Gender.FEMALE, null, null, null, null, null, null,
						null, 0, 50));
			}
		}
		assertThat(listed(roster, MemberQuery.of("MA", LocalDate.of(2015, 1, 1))).items()).extracting(MemberRow::memberNo)
			.containsExactly("MA001");
		assertThat(listed(roster, new MemberQuery("MA", LocalDate.of(2015, 1, 1), "hoa", null, Gender.FEMALE, null, null,
				null, null, null, null, null, 0, 50)).items()).extracting(MemberRow::memberNo).containsExactly("MA001");
		ListScopeChecks.assertStraysEqualARebuild(dsl);
		// the statistics by province (V34) summed again from the move's and the merge's day
		ProvinceStatisticsChecks.assertProvinceTablesEqualARebuild(dsl);
		ProvinceStatisticsChecks.assertProvinceFiguresEqualTheSubtrees(statistics, organizations,
				List.of("MA", "MB", "MC", "MN"), 2010, 2026, LocalDate.of(2019, 6, 1), LocalDate.of(2020, 6, 30),
				LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 30));
		assertThat(statistics.provinceCountsOn(List.of("MA", "MC", "MN"), LocalDate.of(2025, 12, 31)).orElseThrow())
			.satisfies(counts -> {
				assertThat(counts.get("MA").total()).isZero();
				assertThat(counts.get("MC").total()).isZero();
				assertThat(counts.get("MN").total()).isEqualTo(2);
			});
	}

	/**
	 * A run of moves of an import, written together, announces each move whose subtree's province changed — one there
	 * and back too — and the members below take the province of today on every row; the sums by province follow.
	 */
	@Test
	void aRunOfMovesWrittenTogetherMovesTheKeyOfEveryMemberBelow() {
		province("IA");
		province("IB");
		province("IC");
		member("IA001", "IA.W.C1");
		member("IB001", "IB.W.C1");
		member("IC001", "IC.W.C1");
		LocalDate first = LocalDate.of(2020, 1, 1);
		LocalDate second = LocalDate.of(2021, 1, 1);
		Decision decision = new Decision("4-QĐ/TW", LocalDate.of(2019, 12, 1), null);

		transactions.executeWithoutResult(status -> {
			MoveBatch batch = restructurings.moveBatch(List.of("IA.W", "IB.W", "IC.W", "IA", "IB", "IC"), "t");
			batch.add(new MoveOrganization("IA.W", "IB", first, decision));
			batch.add(new MoveOrganization("IA.W", "IC", second, decision));
			batch.add(new MoveOrganization("IB.W", "IA", first, decision));
			batch.add(new MoveOrganization("IB.W", "IB", second, decision));
			assertThatThrownBy(() -> batch.add(new MoveOrganization("IC.W", "IC", first, decision)))
				.isInstanceOf(RestructuringRefusedException.class);
			batch.write();
			// the periods it compares with are those of its start: written once
			assertThatThrownBy(() -> batch.add(new MoveOrganization("IC.W", "IA", second, decision)))
				.isInstanceOf(IllegalStateException.class);
		});
		keys.follow();

		assertThat(provinces("IA001")).containsExactly("IC");
		assertThat(provinces("IB001")).containsExactly("IB");
		assertThat(provinces("IC001")).containsExactly("IC");
		assertThat(organizations.provinceCodes(List.of("IB.W.C1"), LocalDate.of(2020, 6, 1))).containsEntry("IB.W.C1", "IA");
		ListScopeChecks.assertStraysEqualARebuild(dsl);
		ProvinceStatisticsChecks.assertProvinceTablesEqualARebuild(dsl);
		ProvinceStatisticsChecks.assertProvinceFiguresEqualTheSubtrees(statistics, organizations,
				List.of("IA", "IB", "IC"), 2010, 2026, LocalDate.of(2019, 6, 1), LocalDate.of(2020, 6, 1),
				LocalDate.of(2020, 6, 1), LocalDate.of(2021, 6, 1));
		assertThat(statistics.provinceCountsOn(List.of("IA", "IB", "IC"), LocalDate.of(2020, 12, 31)).orElseThrow())
			.satisfies(counts -> {
				assertThat(counts.get("IA").total()).isEqualTo(1);
				assertThat(counts.get("IB").total()).isEqualTo(1);
				assertThat(counts.get("IC").total()).isEqualTo(1);
			});
		assertThat(statistics.provinceCountsOn(List.of("IA", "IB", "IC"), LocalDate.of(2021, 12, 31)).orElseThrow())
			.satisfies(counts -> {
				assertThat(counts.get("IA").total()).isZero();
				assertThat(counts.get("IB").total()).isEqualTo(1);
				assertThat(counts.get("IC").total()).isEqualTo(2);
			});
	}

	@Test
	void aSplitOfAProvinceMakesProvincesOfItsParts() {
		province("SA");
		restructurings.apply(new EstablishOrganization("SA.V", "Đảng bộ xã SA", OrganizationType.GRASSROOTS_COMMITTEE,
				OrganizationField.COMMUNE, "SA", START, DECISION), "t");
		member("SA001", "SA.W.C1");
		restructurings.apply(new SplitOrganization("SA", List.of(
				new NewOrganization("SX", "Đảng bộ tỉnh SX", OrganizationType.PROVINCE, OrganizationField.OTHER),
				new NewOrganization("SY", "Đảng bộ tỉnh SY", OrganizationType.PROVINCE, OrganizationField.OTHER)),
				Map.of("SA.W", "SY", "SA.V", "SX"), LocalDate.of(2018, 1, 1),
				new Decision("4-QĐ/TW", LocalDate.of(2017, 12, 1), null)), "t");
		keys.follow();
		assertThat(provinces("SA001")).containsExactly("SY");
		ProvinceStatisticsChecks.assertProvinceTablesEqualARebuild(dsl);
		ProvinceStatisticsChecks.assertProvinceFiguresEqualTheSubtrees(statistics, organizations,
				List.of("SA", "SX", "SY"), 2010, 2026, LocalDate.of(2017, 6, 1), LocalDate.of(2018, 6, 30));
		assertThat(statistics.provinceCountsOn(List.of("SA", "SY"), LocalDate.of(2017, 12, 31)).orElseThrow().get("SA")
			.total()).isEqualTo(1);
		assertThat(statistics.provinceCountsOn(List.of("SA", "SY"), LocalDate.of(2018, 12, 31)).orElseThrow().get("SY")
			.total()).isEqualTo(1);
	}

	/**
	 * A list of a whole province counts its year-end's stock from the sums by province (V34), with the organizations
	 * that crossed its boundary between the year-end and the day: a ward moved to another province in the second half
	 * of a year (lists counted back from the year-end after it, and forward from the one before), then a cell of that
	 * province merged into one of the ward's.
	 */
	@Test
	void aListOfAProvinceCountsTheOrganizationsThatCrossedItsBoundarySinceTheYearEnd() {
		province("LA");
		province("LB");
		member("LA001", "LA.W.C1");
		member("LA002", "LA.W.C1");
		member("LB001", "LB.W.C1");
		restructurings.apply(new MoveOrganization("LA.W", "LB", LocalDate.of(2022, 10, 1),
				new Decision("5-QĐ/TW", LocalDate.of(2022, 9, 1), null)), "t");
		restructurings.apply(new MergeOrganizations(List.of("LB.W.C1"), "LA.W.C1", null, null, LocalDate.of(2023, 3, 1),
				new Decision("6-QĐ/TW", LocalDate.of(2023, 2, 1), null)), "t");
		keys.follow();
		for (String org : List.of("LA", "LB", "LA.W", "LB.W")) {
			for (LocalDate day : List.of(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 9, 30),
					LocalDate.of(2022, 10, 1), LocalDate.of(2022, 11, 15), LocalDate.of(2022, 12, 31),
					LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 1), LocalDate.of(2023, 9, 1), LocalDate.now())) {
				listed(roster, MemberQuery.of(org, day));
				listed(roster, new MemberQuery(org, day, null, java.util.Set.of(MemberStatus.OFFICIAL), null, null, null,
						null, null, null, null, MemberSort.MEMBER_NO, 0, 50));
				listed(roster, new MemberQuery(org, day, null, null, Gender.FEMALE, null, null, null, null, null, null,
						null, 0, 50));
				listed(roster, new MemberQuery(org, day, null, null, null, null, true, null, null, null, null, null,
						0, 50));
				listed(roster, new MemberQuery(org, day, null, null, null, null, null, false, null, null, null, null,
						0, 50));
			}
		}
		// counted back from 31/12/2022, when the ward was in LB: it is added to LA on the day before the move
		assertThat(listed(roster, MemberQuery.of("LA", LocalDate.of(2022, 9, 30))).total()).isEqualTo(2);
		assertThat(listed(roster, MemberQuery.of("LA", LocalDate.of(2022, 10, 1))).total()).isZero();
		assertThat(listed(roster, MemberQuery.of("LB", LocalDate.of(2022, 10, 1))).total()).isEqualTo(3);
		// counted forward from 31/12/2022: the merged cell taken out, its member counted in the ward's cell
		assertThat(listed(roster, MemberQuery.of("LB", LocalDate.of(2023, 3, 1))).total()).isEqualTo(3);
		assertThat(listed(roster, MemberQuery.of("LB", LocalDate.of(2022, 6, 30))).total()).isEqualTo(1);
	}

	/**
	 * A list of a whole province in the middle of the year counts the changes since the year-end (or until the next)
	 * from the sums by province (V39), each organization's change on a day in its province of that day, corrected for
	 * the organizations that crossed the province's boundary in the window: a ward moved to another province in the
	 * first half of a year and back in the second, with members admitted, recognized, exempted and dead on either side
	 * of each move — recorded before the moves (their rows summed again from each move's day) and after them (each
	 * row put in its day's province as it is written).
	 */
	@Test
	void aListOfAProvinceInTheMiddleOfTheYearCountsTheChangesOfTheOrganizationsThatCrossedItsBoundary() {
		province("HA");
		province("HB");
		member("HA001", "HA.W.C1");
		member("HB001", "HB.W.C1");
		admit("HA002", "HA.W.C1", "2021-02-01");
		members.record("HA002", MembersIntegrationTests.event(MemberEventType.RECOGNIZED, "2022-02-01", null, null), "t");
		admit("HA003", "HA.W.C1", "2022-02-10");
		members.record("HA001", MembersIntegrationTests.event(MemberEventType.DIED, "2022-03-01", null, null), "t");
		admit("HA004", "HA.W.C1", "2022-05-10");
		admit("HA006", "HA.W.C1", "2022-11-10");
		restructurings.apply(new MoveOrganization("HA.W", "HB", LocalDate.of(2022, 4, 1),
				new Decision("7-QĐ/TW", LocalDate.of(2022, 3, 1), null)), "t");
		restructurings.apply(new MoveOrganization("HA.W", "HA", LocalDate.of(2022, 10, 1),
				new Decision("8-QĐ/TW", LocalDate.of(2022, 9, 1), null)), "t");
		members.record("HB001", MembersIntegrationTests.event(MemberEventType.EXEMPTED, "2022-06-01", null, null), "t");
		admit("HA005", "HA.W.C1", "2022-08-10");
		keys.follow();
		ProvinceStatisticsChecks.assertProvinceTablesEqualARebuild(dsl);
		for (String org : List.of("HA", "HB", "HA.W", "HB.W")) {
			for (LocalDate day : List.of(LocalDate.of(2022, 1, 31), LocalDate.of(2022, 3, 31), LocalDate.of(2022, 4, 1),
					LocalDate.of(2022, 5, 31), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 15),
					LocalDate.of(2022, 9, 30), LocalDate.of(2022, 10, 1), LocalDate.of(2022, 11, 30),
					LocalDate.of(2023, 1, 15), LocalDate.now())) {
				listed(roster, MemberQuery.of(org, day));
				listed(roster, new MemberQuery(org, day, null, java.util.Set.of(MemberStatus.OFFICIAL), null, null, null,
						null, null, null, null, MemberSort.MEMBER_NO, 0, 50));
				listed(roster, new MemberQuery(org, day, null, null, Gender.FEMALE, null, null, null, null, null, null,
						null, 0, 50));
				listed(roster, new MemberQuery(org, day, null, null, null, null, true, null, null, null, null, null,
						0, 50));
				listed(roster, new MemberQuery(org, day, null, null, null, null, null, false, null, null, null, null,
						0, 50));
				listed(roster, new MemberQuery(org, day, null, null, null, null, null, null, null, null, true,
						MemberSort.MEMBER_NO, 0, 50));
			}
		}
		// counted forward from 31/12/2021: the ward's changes before its move counted in HB, where it is on the day
		assertThat(listed(roster, MemberQuery.of("HB", LocalDate.of(2022, 6, 30))).total()).isEqualTo(4);
		assertThat(listed(roster, MemberQuery.of("HA", LocalDate.of(2022, 6, 30))).total()).isZero();
		assertThat(listed(roster, new MemberQuery("HB", LocalDate.of(2022, 6, 30), null,
				java.util.Set.of(MemberStatus.OFFICIAL), null, null, null, null, null, null, null, MemberSort.MEMBER_NO, 0,
				50)).total()).isEqualTo(2);
		// counted back from 31/12/2022: the ward's changes after its return taken out of HA, where it was not on the day
		assertThat(listed(roster, MemberQuery.of("HA", LocalDate.of(2022, 7, 15))).total()).isZero();
		assertThat(listed(roster, MemberQuery.of("HB", LocalDate.of(2022, 9, 30))).total()).isEqualTo(5);
		assertThat(listed(roster, MemberQuery.of("HA", LocalDate.of(2022, 10, 1))).total()).isEqualTo(4);
	}

	void admit(String no, String cell, String on) {
		members.register(file(no, "Trần Văn Nam", LocalDate.of(1990, 1, 1)));
		members.record(no, MembersIntegrationTests.admitted(cell, on, on), "t");
	}

	/** A file of one of the members: some of an ethnic minority, some believers (V45), by their number. */
	private static MemberFile file(String no, String name, LocalDate born) {
		int n = Math.floorMod(no.hashCode(), 6);
		return MembersIntegrationTests.file(no, name, born, n % 3 == 0 ? "Tày" : "Kinh",
				n % 2 == 0 ? "Công giáo" : null);
	}

}
