package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangvu.member.ListScopeChecks.listed;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.dangvu.common.Decision;
import vn.dangvu.organization.NewOrganization;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationMembership;
import vn.dangvu.organization.OrganizationMembership.SubtreeMembers;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.DissolveOrganization;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.RestructuringCommand.MergeOrganizations;
import vn.dangvu.organization.RestructuringRefusedException;
import vn.dangvu.organization.Restructurings;

/** The ledger, its rules and its projections on PostgreSQL; each test uses codes of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MembersIntegrationTests {

	static final LocalDate START = LocalDate.of(2000, 1, 1);

	@Autowired
	Members members;

	@Autowired
	MemberRoster roster;

	@Autowired
	Restructurings restructurings;

	void tree(String p) {
		tree(p, START);
	}

	/** A province {@code p} with a ward {@code p.W} of two cells {@code p.W.C1} and {@code p.W.C2}, from the date. */
	void tree(String p, LocalDate start) {
		Decision d = new Decision("1-QĐ/TU", start, null);
		restructurings.apply(new EstablishOrganization(p, "Đảng bộ tỉnh " + p, OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, d), "t");
		restructurings.apply(new EstablishOrganization(p + ".W", "Đảng bộ phường Một", OrganizationType.GRASSROOTS_COMMITTEE,
				OrganizationField.WARD, p, start, d), "t");
		restructurings.apply(new EstablishOrganization(p + ".W.C1", "Chi bộ khu phố 1", OrganizationType.CELL,
				OrganizationField.RESIDENTIAL, p + ".W", start, d), "t");
		restructurings.apply(new EstablishOrganization(p + ".W.C2", "Chi bộ khu phố 2", OrganizationType.CELL,
				OrganizationField.RESIDENTIAL, p + ".W", start, d), "t");
	}

	static MemberFile file(String no, String name, LocalDate born) {
		return file(no, name, born, "Kinh", null);
	}

	static MemberFile file(String no, String name, LocalDate born, String ethnicity, String religion) {
		return new MemberFile(no, name, Gender.FEMALE, born, ethnicity, religion, "12/12", ProfessionalLevel.BACHELOR,
				PoliticalTheory.ELEMENTARY, null, null, null, null, null, null);
	}

	static LedgerEvent admitted(String org, String ceremony, String decision) {
		return new LedgerEvent(MemberEventType.ADMITTED, LocalDate.parse(ceremony), org, "12-QĐ/ĐU",
				LocalDate.parse(decision), null);
	}

	static LedgerEvent event(MemberEventType type, String on, String org, String detail) {
		return new LedgerEvent(type, LocalDate.parse(on), org, null, null, detail);
	}

	@Autowired
	MemberStatistics statistics;

	@Autowired
	vn.dangvu.organization.Organizations organizations;

	/**
	 * R-STAT-1: an admission counts among those aged 18 to 30 by the member's age in full years on the day of the
	 * ceremony — from the 18th birthday to the day before the 31st, the 31st of one born on 29 February falling on
	 * 1 March of a common year —, alike in the projection, in the counts from the members' rows and in the list of
	 * the members behind the number.
	 */
	@Test
	void countsTheAdmittedAged18To30ByTheirAgeOnTheDay() {
		tree("AY", LocalDate.of(1990, 1, 1));
		Object[][] admissions = { { "AY1", "2008-03-10", "2026-03-10" }, // 18 that day
				{ "AY2", "1995-06-16", "2026-06-15" }, // the day before 31
				{ "AY3", "1995-06-15", "2026-06-15" }, // 31 that day
				{ "AY4", "1992-02-29", "2023-02-28" }, // 30 still
				{ "AY5", "1992-02-29", "2023-03-01" } }; // 31
		for (Object[] a : admissions) {
			members.register(file((String) a[0], "Lê Thị " + a[0], LocalDate.parse((String) a[1])));
			members.record((String) a[0], admitted("AY.W.C1", (String) a[2], (String) a[2]), "x");
		}
		java.util.Map<Integer, List<String>> young = java.util.Map.of(2026, List.of("AY1", "AY2"), 2023, List.of("AY4"));
		MemberStatistics target = org.springframework.test.util.AopTestUtils.getTargetObject(statistics);
		young.forEach((year, expected) -> {
			LocalDate from = LocalDate.of(year, 1, 1);
			LocalDate to = LocalDate.of(year, 12, 31);
			var rows = java.util.Map.of("C1", organizations.subtreeSpans("AY.W.C1", from, to));
			for (boolean fromProjection : new boolean[] { true, false }) {
				MemberMovements counted = statistics.movementsByRow(rows, from, to, fromProjection).get("C1");
				assertThat(counted.admittedAged18To30()).as("%s, from the projection %s", year, fromProjection)
					.isEqualTo(expected.size());
				assertThat(counted.admitted()).as("%s, from the projection %s", year, fromProjection)
					.isEqualTo(year == 2026 ? 3 : 2);
			}
			for (boolean byMember : new boolean[] { true, false }) {
				target.eventsByMember = byMember;
				try {
					assertThat(statistics.movementEvents(rows.get("C1"), from, to, MovementKind.ADMITTED_AGED_18_TO_30,
							null, 10)).as("%s, by member %s", year, byMember)
						.extracting(MovementEventRow::memberNo)
						.containsExactlyElementsOf(expected);
				}
				finally {
					target.eventsByMember = null;
				}
			}
		});
	}

	/**
	 * Badge eligibility reads the ledgers of the candidates only (V29): members whose first admission decision can
	 * have reached a badge above the one they held on the day. Corrections of the ledger keep the facts true.
	 */
	@Test
	void readsTheLedgersOfBadgeCandidatesOnly() {
		tree("HH", LocalDate.of(1970, 1, 1));
		java.util.Map<String, Long> badges = new java.util.HashMap<>();
		record("HH01", "1990-01-05", null, badges); // 36 years, no badge: the 30-year one is due
		record("HH02", "1990-01-05", "2021-02-03", badges); // holds the 30-year badge, 40 not reached
		record("HH03", "1980-01-05", "2010-02-03", badges); // holds 30, has reached 45
		record("HH04", "2000-01-05", null, badges); // 26 years
		record("HH05", "1990-01-05", "2026-09-02", badges); // awarded after the day asked about
		record("HH06", "1990-01-05", "2021-02-03", badges); // its badge is voided below
		record("HH07", "1996-03-04", null, badges); // a day short of the month to spare for 30 years
		record("HH08", "1996-03-03", null, badges); // on the bound
		members.voidEvent("HH06", badges.get("HH06"), "Ghi nhầm", "canbo");

		LocalDate awardDay = LocalDate.of(2026, 2, 3);
		var candidates = new BadgeCandidates(java.util.Map.of(30, LocalDate.of(1996, 3, 3), 40, LocalDate.of(1986, 3, 3),
				45, LocalDate.of(1981, 3, 3)), awardDay);
		assertThat(roster.withLedgers(List.of("HH", "HH.W", "HH.W.C1"), awardDay, MemberStatus.OFFICIAL, candidates))
			.extracting(MemberWithLedger::memberNo)
			.containsExactlyInAnyOrder("HH01", "HH03", "HH05", "HH06", "HH08");
		// the ledgers come whole with them
		assertThat(roster.withLedgers(List.of("HH.W.C1"), awardDay, MemberStatus.OFFICIAL, candidates).stream()
			.filter(m -> m.memberNo().equals("HH03"))
			.findFirst()
			.orElseThrow()
			.ledger()
			.badgeYearsBy(awardDay)).isEqualTo(30);
		// without candidates, every official member
		assertThat(roster.withLedgers(List.of("HH.W.C1"), awardDay, MemberStatus.OFFICIAL)).hasSize(8);

		// the migration's backfill of existing databases gives the facts the application writes
		String facts = "select id, party_age_from, badge_years, badge_on from member order by id";
		var written = dsl.fetch(facts).intoArrays();
		dsl.execute("update member set party_age_from = null, badge_years = 0, badge_on = null");
		dsl.execute(backfill());
		assertThat(dsl.fetch(facts).intoArrays()).isDeepEqualTo(written);
		assertThat(java.util.Arrays.stream(written).map(row -> row[2])).contains(30);
		assertThat(java.util.Arrays.stream(written).map(row -> row[1])).contains(java.sql.Date.valueOf("1980-01-05"));
	}

	@Autowired
	org.jooq.DSLContext dsl;

	/** The statement of V29 that fills the facts of the members already recorded. */
	private static String backfill() {
		return vn.dangvu.TestDatabases.migration("V29__member_badge_facts.sql", "update member", "/* [jooq ignore stop] */");
	}

	/** The text of a migration from the start of {@code from} to {@code to}. */
	private void record(String no, String decided, String badgeOn, java.util.Map<String, Long> badges) {
		LocalDate decision = LocalDate.parse(decided);
		members.register(file(no, "Trần Văn Huy", LocalDate.of(1950, 1, 1)));
		members.record(no, new LedgerEvent(MemberEventType.ADMITTED, decision.plusDays(5), "HH.W.C1", "12-QĐ/ĐU",
				decision, null), "canbo");
		members.record(no, event(MemberEventType.RECOGNIZED, decision.plusDays(5).plusYears(1).toString(), null, null),
				"canbo");
		if (badgeOn != null) {
			badges.put(no, members.record(no, event(MemberEventType.BADGE_AWARDED, badgeOn, null, "30"), "canbo").eventId());
		}
	}

	@Autowired
	OrganizationMembership membership;

	/**
	 * The tree's count of a subtree's members (the organization page, R-ORG-1, R-ORG-2) is its members' list's total:
	 * the cells' members counted at the ward and the province, official ones apart, on the day of a change and the day
	 * before, and as the sum of its organizations' own counts.
	 */
	@Test
	void countsTheMembersOfASubtree() {
		tree("SM");
		members.register(file("SM01", "Lê Thị Lan", LocalDate.of(1980, 2, 29)));
		members.record("SM01", admitted("SM.W.C1", "2010-01-20", "2010-01-12"), "x");
		members.record("SM01", event(MemberEventType.RECOGNIZED, "2011-01-20", null, null), "x");
		members.register(file("SM02", "Phạm Văn Nam", LocalDate.of(1985, 5, 5)));
		members.record("SM02", admitted("SM.W.C2", "2024-03-01", "2024-02-20"), "x");
		members.register(file("SM03", "Đỗ Thị Hoa", LocalDate.of(1970, 7, 7)));
		members.record("SM03", admitted("SM.W.C1", "2000-05-01", "2000-04-20"), "x");
		members.record("SM03", event(MemberEventType.RECOGNIZED, "2001-05-01", null, null), "x");
		members.record("SM03", event(MemberEventType.DIED, "2024-06-01", null, null), "x");

		assertThat(membership.subtreeMembersOn("SM", LocalDate.of(2024, 5, 31)))
			.isEqualTo(new SubtreeMembers(3, 2));
		assertThat(membership.subtreeMembersOn("SM", LocalDate.of(2024, 6, 1)))
			.isEqualTo(new SubtreeMembers(2, 1));
		assertThat(membership.subtreeMembersOn("SM.W", LocalDate.of(2024, 1, 31)))
			.isEqualTo(new SubtreeMembers(2, 2));
		assertThat(membership.subtreeMembersOn("SM.W.C2", LocalDate.of(2024, 6, 1)))
			.isEqualTo(new SubtreeMembers(1, 0));
		for (LocalDate day : List.of(LocalDate.of(2010, 1, 19), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31))) {
			long own = 0;
			long official = 0;
			for (String code : List.of("SM", "SM.W", "SM.W.C1", "SM.W.C2")) {
				own += membership.membersOn(code, day);
				official += membership.officialMembersOn(code, day);
			}
			assertThat(membership.subtreeMembersOn("SM", day)).as("on %s", day)
				.isEqualTo(new SubtreeMembers(own, official));
		}
	}

	@Test
	void admitsRecognizesAndListsAMemberOfTheSubtree() {
		tree("A");
		members.register(file("A001", "Nguyễn Thị Mỹ Hạnh", LocalDate.of(1990, 4, 1)));
		members.record("A001", admitted("A.W.C1", "2015-03-20", "2015-03-02"), "canbo");
		members.record("A001", event(MemberEventType.RECOGNIZED, "2016-03-20", null, null), "canbo");

		MemberView view = roster.find("A001", LocalDate.of(2020, 1, 1)).orElseThrow();
		assertThat(view.status()).isEqualTo(MemberStatus.OFFICIAL);
		assertThat(view.orgCode()).isEqualTo("A.W.C1");
		assertThat(view.partyAgeMonths()).isEqualTo(57L); // from the decision 2/3/2015 to 1/1/2020
		assertThat(roster.list(MemberQuery.of("A", LocalDate.of(2020, 1, 1))).items())
			.extracting(MemberRow::memberNo, MemberRow::partyAgeMonths)
			.containsExactly(tuple("A001", 57L)); // the list shows the same R-AGE-1 party age as the page
		// probationary on 1/3/2016: listed, without a party age
		assertThat(roster.list(MemberQuery.of("A", LocalDate.of(2016, 3, 1))).items())
			.extracting(MemberRow::memberNo, MemberRow::partyAgeMonths)
			.containsExactly(tuple("A001", null));
		assertThat(roster.list(MemberQuery.of("A", LocalDate.of(2015, 3, 19))).total()).isZero();
		assertThat(roster.search("nguyen thi my", "A", 10)).extracting(MemberRow::memberNo).containsExactly("A001");
		assertThat(roster.search("hanh nguyen", "A", 10)).extracting(MemberRow::memberNo).containsExactly("A001");
	}

	@Test
	void refusesARecognitionOtherThanTwelveMonthsAfterTheCeremonyAndWritesNothing() {
		tree("B");
		members.register(file("B001", "Trần Văn Bình", LocalDate.of(1995, 1, 1)));
		members.record("B001", admitted("B.W.C1", "2020-06-10", "2020-06-01"), "canbo");
		assertThatThrownBy(() -> members.record("B001", event(MemberEventType.RECOGNIZED, "2021-06-09", null, null), "x"))
			.isInstanceOf(MemberRejectedException.class)
			.hasMessageContaining("R-ADM-4");
		assertThat(roster.find("B001", LocalDate.of(2022, 1, 1)).orElseThrow().events()).hasSize(1);
		assertThat(roster.find("B001", LocalDate.of(2022, 1, 1)).orElseThrow().status()).isEqualTo(MemberStatus.PROBATIONARY);
	}

	@Test
	void refusesAdmissionUnder18AndAnyEventAfterDeath() {
		tree("C");
		members.register(file("C001", "Lê Văn Cường", LocalDate.of(2004, 5, 10)));
		assertThatThrownBy(() -> members.record("C001", admitted("C.W.C1", "2022-05-20", "2022-05-09"), "x"))
			.isInstanceOf(MemberRejectedException.class)
			.hasMessageContaining("R-ADM-1");
		members.record("C001", admitted("C.W.C1", "2022-05-20", "2022-05-10"), "x"); // full 18 on the decision date
		members.record("C001", event(MemberEventType.DIED, "2022-08-01", null, null), "x");
		assertThatThrownBy(() -> members.record("C001", event(MemberEventType.TRANSFERRED, "2022-09-01", "C.W.C2", null), "x"))
			.isInstanceOf(MemberRejectedException.class)
			.hasMessageContaining("từ trần");
	}

	@Test
	void refusesDismissalOfAProbationaryMember() {
		tree("D");
		members.register(file("D001", "Phạm Thị Dung", LocalDate.of(1990, 1, 1)));
		members.record("D001", admitted("D.W.C1", "2024-01-15", "2024-01-08"), "x");
		assertThatThrownBy(() -> members.record("D001", event(MemberEventType.DISCIPLINED, "2024-05-01", null, "DISMISSAL"), "x"))
			.hasMessageContaining("R-DIS-1");
		members.record("D001", event(MemberEventType.DISCIPLINED, "2024-05-01", null, "WARNING"), "x");
	}

	@Test
	void voidingAnEventKeepsItVisibleAndRebuildsTheState() {
		tree("E");
		members.register(file("E001", "Hoàng Văn Em", LocalDate.of(1980, 1, 1)));
		members.record("E001", admitted("E.W.C1", "2010-01-20", "2010-01-12"), "x");
		members.record("E001", event(MemberEventType.RECOGNIZED, "2011-01-20", null, null), "x");
		long transfer = members.record("E001", event(MemberEventType.TRANSFERRED, "2015-01-01", "E.W.C2", null), "x").eventId();
		assertThat(roster.find("E001", LocalDate.of(2016, 1, 1)).orElseThrow().orgCode()).isEqualTo("E.W.C2");

		members.voidEvent("E001", transfer, "Ghi nhầm tổ chức nhận", "x");

		MemberView view = roster.find("E001", LocalDate.of(2016, 1, 1)).orElseThrow();
		assertThat(view.orgCode()).isEqualTo("E.W.C1");
		assertThat(view.events()).hasSize(3).filteredOn(MemberEventView::voided).hasSize(1);
		// voiding the admission would leave the recognition out of order: refused
		long admission = view.events().get(0).id();
		assertThatThrownBy(() -> members.voidEvent("E001", admission, "x", "x")).isInstanceOf(MemberRejectedException.class);
	}

	@Test
	void membersFollowAMergeAndBlockADissolve() {
		tree("F");
		members.register(file("F001", "Đặng Thị Phương", LocalDate.of(1985, 2, 2)));
		members.record("F001", admitted("F.W.C1", "2010-01-20", "2010-01-12"), "x");
		LocalDate on = LocalDate.of(2020, 7, 1);
		Decision d = new Decision("9-QĐ/ĐU", on, null);
		assertThatThrownBy(() -> restructurings.apply(new DissolveOrganization("F.W.C1", on, d), "x"))
			.isInstanceOf(RestructuringRefusedException.class)
			.hasMessageContaining("1 đảng viên");
		restructurings.apply(new MergeOrganizations(List.of("F.W.C1"), "F.W.C2", null, null, on, d), "x");

		assertThat(roster.find("F001", on.minusDays(1)).orElseThrow().orgCode()).isEqualTo("F.W.C1");
		assertThat(roster.find("F001", on).orElseThrow().orgCode()).isEqualTo("F.W.C2");
		assertThat(roster.list(MemberQuery.of("F.W.C2", on)).items()).extracting(MemberRow::memberNo).containsExactly("F001");
	}

	@Test
	void listsInVietnameseNameOrderAndFilters() {
		tree("G");
		String[][] people = { { "G1", "Trần Văn Bình" }, { "G2", "Nguyễn Thị Ánh" }, { "G3", "Lê Văn An" },
				{ "G4", "Đặng Văn An" }, { "G5", "Phạm Minh Đức" }, { "G6", "Hoàng Văn Dũng" } };
		for (String[] p : people) {
			members.register(file(p[0], p[1], LocalDate.of(1990, 1, 1)));
			members.record(p[0], admitted("G.W.C1", "2015-03-20", "2015-03-02"), "x");
		}
		MemberPage page = roster.list(MemberQuery.of("G", LocalDate.of(2020, 1, 1)));
		assertThat(page.items()).extracting(MemberRow::fullName)
			.containsExactly("Đặng Văn An", "Lê Văn An", "Nguyễn Thị Ánh", "Trần Văn Bình", "Hoàng Văn Dũng", "Phạm Minh Đức");
		MemberQuery probationary = new MemberQuery("G", LocalDate.of(2015, 6, 1), "dang", Set.of(MemberStatus.PROBATIONARY),
				null, AgeBand.UP_TO_30, null, null, null, null, null, null, 0, 2);
		assertThat(roster.list(probationary).items()).extracting(MemberRow::memberNo).containsExactly("G4");
		MemberQuery paged = new MemberQuery("G", LocalDate.of(2020, 1, 1), null, null, null, null, null, null, null, null,
				null, null, 1, 4);
		assertThat(roster.list(paged)).extracting(MemberPage::total, MemberPage::pages).containsExactly(6L, 2);
		assertThat(roster.list(paged).items()).extracting(MemberRow::memberNo).containsExactly("G6", "G5");
		// the total counts the file's conditions too (the periods alone are counted without them)
		MemberQuery dang = new MemberQuery("G", LocalDate.of(2020, 1, 1), "dang", null, Gender.FEMALE, null, null, null,
				null, null, null, null, 0, 50);
		assertThat(listed(roster, dang)).extracting(MemberPage::total).isEqualTo(1L);
		assertThat(listed(roster, dang).items()).extracting(MemberRow::memberNo).containsExactly("G4");
		// a member's number, and words in any order with the last a prefix, in name order
		assertThat(listed(roster, new MemberQuery("G", LocalDate.of(2020, 1, 1), "G4", null, null, null, null, null, null,
				null, null, null, 0, 50)).items()).extracting(MemberRow::memberNo).containsExactly("G4");
		MemberQuery van = new MemberQuery("G", LocalDate.of(2020, 1, 1), "van a", null, null, null, null, null, null, null,
				null, null, 0, 50);
		assertThat(listed(roster, van)).extracting(MemberPage::total).isEqualTo(2L);
		assertThat(listed(roster, van).items()).extracting(MemberRow::memberNo).containsExactly("G4", "G3");
		// its second page of one, and a page past the last: the total still told
		MemberQuery second = new MemberQuery("G", LocalDate.of(2020, 1, 1), "van a", null, null, null, null, null, null,
				null, null, null, 1, 1);
		assertThat(listed(roster, second)).extracting(MemberPage::total).isEqualTo(2L);
		assertThat(listed(roster, second).items()).extracting(MemberRow::memberNo).containsExactly("G3");
		MemberQuery past = new MemberQuery("G", LocalDate.of(2020, 1, 1), "van a", null, null, null, null, null, null,
				null, null, null, 5, 1);
		assertThat(listed(roster, past)).extracting(MemberPage::total).isEqualTo(2L);
		assertThat(listed(roster, past).items()).isEmpty();
		MemberQuery byBirth = new MemberQuery("G", LocalDate.of(2020, 1, 1), "an van", null, null, null, null, null, null,
				null, null, MemberSort.BIRTH_DATE, 0, 1);
		assertThat(listed(roster, byBirth)).extracting(MemberPage::total).isEqualTo(2L);
		assertThat(listed(roster, byBirth).items()).extracting(MemberRow::memberNo).containsExactly("G4");
		MemberQuery men = new MemberQuery("G", LocalDate.of(2020, 1, 1), null, null, Gender.MALE, null, null, null,
				null, null, null, null, 0, 50);
		assertThat(roster.list(men)).extracting(MemberPage::total).isEqualTo(0L);
	}

	/**
	 * A subtree's list in name order walks its province's members (V30); those of the subtree on the day who belong
	 * to another province today — transferred out since, or their province merged away — are sorted in with them, on
	 * every page.
	 */
	@Test
	void listsTheMembersWhoLeftTheProvinceSinceInNameOrder() {
		tree("H");
		tree("I");
		String[][] people = { { "H1", "Trần Văn Bình" }, { "H2", "Nguyễn Thị Ánh" }, { "H3", "Lê Văn An" },
				{ "H4", "Đặng Văn An" }, { "H5", "Phạm Minh Đức" }, { "H6", "Hoàng Văn Dũng" } };
		for (String[] p : people) {
			members.register(file(p[0], p[1], LocalDate.of(1990, 1, 1)));
			members.record(p[0], admitted("H.W.C1", "2015-03-20", "2015-03-02"), "x");
		}
		// two of them leave for the other province in 2021: the first of the list, and one in the middle
		members.record("H4", event(MemberEventType.TRANSFERRED, "2021-01-04", "I.W.C1", null), "x");
		members.record("H1", event(MemberEventType.TRANSFERRED, "2021-01-04", "I.W.C2", null), "x");
		List<String> inOrder = List.of("H4", "H3", "H2", "H1", "H6", "H5");
		LocalDate before = LocalDate.of(2020, 12, 31);
		assertThat(listed(roster, MemberQuery.of("H", before)).items()).extracting(MemberRow::memberNo)
			.containsExactlyElementsOf(inOrder);
		List<String> paged = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			MemberPage p = listed(roster, new MemberQuery("H.W", before, null, null, null, null, null, null, null, null, null,
					null, page, 2));
			assertThat(p.total()).isEqualTo(6);
			paged.addAll(p.items().stream().map(MemberRow::memberNo).toList());
		}
		assertThat(paged).containsExactlyElementsOf(inOrder);
		assertThat(listed(roster, MemberQuery.of("H", LocalDate.of(2021, 6, 1))).items()).extracting(MemberRow::memberNo)
			.containsExactly("H3", "H2", "H6", "H5");
		assertThat(listed(roster, MemberQuery.of("I", LocalDate.of(2021, 6, 1))).items()).extracting(MemberRow::memberNo)
			.containsExactly("H4", "H1");
		// a walk of the province's name order cut short of the page (a small subtree of a large province): the
		// subtree's members are sorted instead
		members.register(file("H7", "Vũ Văn Yên", LocalDate.of(1990, 1, 1)));
		members.record("H7", admitted("H.W.C2", "2015-03-20", "2015-03-02"), "x");
		members.register(file("H8", "Vũ Thị Xuân", LocalDate.of(1990, 1, 1)));
		members.record("H8", admitted("H.W.C2", "2015-03-20", "2015-03-02"), "x");
		// the bean is a transactional proxy: the walk's length is the target's
		MemberRoster walker = org.springframework.test.util.AopTestUtils.getTargetObject(roster);
		walker.walkLength = 1;
		walker.walkMin = 1;
		try {
			// pages of one: the walk reads one and two members of the province, both of the other cell
			for (int page = 0; page < 2; page++) {
				assertThat(listed(roster, new MemberQuery("H.W.C2", before, null, null, null, null, null, null, null, null,
						null, null, page, 1)).items()).extracting(MemberRow::memberNo)
					.containsExactly(page == 0 ? "H8" : "H7");
			}
			assertThat(listed(roster, MemberQuery.of("H", before)).items()).extracting(MemberRow::memberNo)
				.containsExactly("H4", "H3", "H2", "H1", "H6", "H5", "H8", "H7");
			// with a condition on the file: its walk as long, or counted and sorted in one statement when it is cut short
			// (a page past the last counted apart); ten times as long, walked
			for (int fileWalk : new int[] { 1, MemberRoster.FILE_WALK }) {
				walker.fileWalk = fileWalk;
				for (int page = 0; page < 3; page++) {
					MemberPage women = listed(roster, new MemberQuery("H.W.C2", before, null, null, Gender.FEMALE, null,
							null, null, null, null, null, null, page, 1));
					assertThat(women.total()).isEqualTo(2);
					assertThat(women.items()).extracting(MemberRow::memberNo)
						.containsExactlyElementsOf(page == 0 ? List.of("H8") : page == 1 ? List.of("H7") : List.of());
				}
			}
			walker.fileWalk = 1;
			MemberPage men = listed(roster, new MemberQuery("H", before, null, null, Gender.MALE, null, null, null, null,
					null, null, null, 0, 50));
			assertThat(men.total()).isZero();
			assertThat(men.items()).isEmpty();
		}
		finally {
			walker.walkLength = MemberRoster.WALK;
			walker.walkMin = MemberRoster.WALK_MIN;
			walker.fileWalk = MemberRoster.FILE_WALK;
		}
		// a first walk too short for the page (two members, both of the other cell), longer ones after it: the same pages
		walker.walkFirst = 1;
		try {
			for (int page = 0; page < 2; page++) {
				assertThat(listed(roster, new MemberQuery("H.W.C2", before, null, null, null, null, null, null, null, null,
						null, null, page, 1)).items()).extracting(MemberRow::memberNo)
					.containsExactly(page == 0 ? "H8" : "H7");
			}
		}
		finally {
			walker.walkFirst = MemberRoster.WALK_FIRST;
		}
		// the province merged into the other one: as of before, every member of it belongs elsewhere today
		LocalDate merged = LocalDate.of(2022, 7, 1);
		restructurings.apply(new MergeOrganizations(List.of("H"), "I", null, null, merged,
				new Decision("5-QĐ/TW", merged, null)), "x");
		assertThat(listed(roster, MemberQuery.of("H.W", before)).items()).extracting(MemberRow::memberNo)
			.containsExactly("H4", "H3", "H2", "H1", "H6", "H5", "H8", "H7");
		assertThat(listed(roster, new MemberQuery("H.W", before, null, null, null, null, null, null, null, null, null, null, 1, 4))
			.items()).extracting(MemberRow::memberNo).containsExactly("H6", "H5", "H8", "H7");
		// another order than the name's reads the subtree as before
		assertThat(listed(roster, new MemberQuery("H", before, null, null, null, null, null, null, null, null, null,
				MemberSort.MEMBER_NO, 0, 50)).items()).extracting(MemberRow::memberNo)
			.containsExactly("H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8");
		ListScopeChecks.assertStraysEqualARebuild(dsl);
	}

	/**
	 * A subtree's list by birth date walks its province's members in that order (V42), those born the same day in name
	 * order; the subtree's members on the day who belong to another province today are sorted in with them, on every
	 * page, and a walk cut short of the page gives way to the subtree's members sorted.
	 */
	@Test
	void listsByBirthDateWalkingTheProvinceWithItsStrays() {
		tree("BD");
		tree("BE");
		Object[][] people = { { "BD1", "Trần Văn Bình", "1985-05-01" }, { "BD2", "Nguyễn Thị Ánh", "1970-02-02" },
				{ "BD3", "Lê Văn An", "1985-05-01" }, { "BD4", "Đặng Văn An", "1960-12-31" },
				{ "BD5", "Phạm Minh Đức", "2000-02-29" }, { "BD6", "Hoàng Văn Dũng", "1970-02-02" } };
		for (Object[] p : people) {
			members.register(file((String) p[0], (String) p[1], LocalDate.parse((String) p[2])));
			members.record((String) p[0], admitted("BD.W.C1", "2020-03-20", "2020-03-02"), "x");
		}
		// two of them leave for the other province in 2021: one born the same day as another, and the youngest
		members.record("BD2", event(MemberEventType.TRANSFERRED, "2021-01-04", "BE.W.C1", null), "x");
		members.record("BD5", event(MemberEventType.TRANSFERRED, "2021-01-04", "BE.W.C2", null), "x");
		List<String> inOrder = List.of("BD4", "BD2", "BD6", "BD3", "BD1", "BD5");
		LocalDate before = LocalDate.of(2020, 12, 31);
		assertThat(listed(roster, byBirthDate("BD", before, 0, 50)).items()).extracting(MemberRow::memberNo)
			.containsExactlyElementsOf(inOrder);
		List<String> paged = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			MemberPage p = listed(roster, byBirthDate("BD.W", before, page, 2));
			assertThat(p.total()).isEqualTo(6);
			paged.addAll(p.items().stream().map(MemberRow::memberNo).toList());
		}
		assertThat(paged).containsExactlyElementsOf(inOrder);
		LocalDate after = LocalDate.of(2021, 6, 1);
		assertThat(listed(roster, byBirthDate("BD", after, 0, 50)).items()).extracting(MemberRow::memberNo)
			.containsExactly("BD4", "BD6", "BD3", "BD1");
		assertThat(listed(roster, byBirthDate("BE", after, 0, 50)).items()).extracting(MemberRow::memberNo)
			.containsExactly("BD2", "BD5");
		// a filter on the file and a search: the walk reads them as the sorted list does
		assertThat(listed(roster, new MemberQuery("BD", before, "van", null, null, null, null, null, null, null, null,
				MemberSort.BIRTH_DATE, 0, 50)).items()).extracting(MemberRow::memberNo)
			.containsExactly("BD4", "BD6", "BD3", "BD1");
		// a walk of the province cut short of the page (a small cell of a large province): the cell's members sorted
		members.register(file("BD7", "Vũ Văn Yên", LocalDate.of(1960, 9, 1)));
		members.record("BD7", admitted("BD.W.C2", "2020-03-20", "2020-03-02"), "x");
		members.register(file("BD8", "Vũ Thị Xuân", LocalDate.of(1960, 6, 1)));
		members.record("BD8", admitted("BD.W.C2", "2020-03-20", "2020-03-02"), "x");
		MemberRoster walker = org.springframework.test.util.AopTestUtils.getTargetObject(roster);
		walker.walkLength = 1;
		walker.walkMin = 1;
		walker.walkFirst = 1;
		walker.birthDateWalk = 1;
		try {
			// pages of one: the walk reads the oldest one or two members of the province, both of the other cell
			for (int page = 0; page < 2; page++) {
				assertThat(listed(roster, byBirthDate("BD.W.C1", before, page, 1)).items())
					.extracting(MemberRow::memberNo)
					.containsExactly(page == 0 ? "BD4" : "BD2");
			}
			List<String> everyOne = List.of("BD8", "BD7", "BD4", "BD2", "BD6", "BD3", "BD1", "BD5");
			assertThat(listed(roster, byBirthDate("BD", before, 0, 50)).items()).extracting(MemberRow::memberNo)
				.containsExactlyElementsOf(everyOne);
			// the province's pages of one: each walks as many of its members as the page's end, the oldest first
			for (int page = 0; page < everyOne.size(); page++) {
				assertThat(listed(roster, byBirthDate("BD", before, page, 1)).items()).extracting(MemberRow::memberNo)
					.containsExactly(everyOne.get(page));
			}
		}
		finally {
			walker.walkLength = MemberRoster.WALK;
			walker.walkMin = MemberRoster.WALK_MIN;
			walker.walkFirst = MemberRoster.WALK_FIRST;
			walker.birthDateWalk = MemberRoster.BIRTH_DATE_WALK;
		}
	}

	private static MemberQuery byBirthDate(String org, LocalDate asOf, int page, int size) {
		return new MemberQuery(org, asOf, null, null, null, null, null, null, null, null, null, MemberSort.BIRTH_DATE,
				page, size);
	}

	/**
	 * The header search looks up the words of the names (V31): in any order, the last as a prefix, diacritics ignored,
	 * among the members of the subtree today; a corrected name is found by its new words only; the numbers are found
	 * whole. V31's fill of existing databases gives the words the application writes.
	 */
	@Test
	void searchesTheWordsOfNamesInTheSubtreeAndFollowsACorrectedName() {
		tree("S");
		tree("T");
		String[][] people = { { "S1", "Khúc Thị Mỹ Hạnh", "S.W.C1" }, { "S2", "Trần Hạnh Khuê", "S.W.C2" },
				{ "S3", "Khúc Văn Hải", "S.W.C1" }, { "S4", "Khúc Hạnh", "T.W.C1" }, { "S5", "Đỗ Thị Hà-Linh", "S.W.C2" } };
		for (String[] p : people) {
			members.register(file(p[0], p[1], LocalDate.of(1990, 1, 1)));
			members.record(p[0], admitted(p[2], "2015-03-20", "2015-03-02"), "x");
		}
		// in the Vietnamese order of given names: Hạnh before Khuê
		assertThat(roster.search("hanh khu", "S", 10)).extracting(MemberRow::memberNo).containsExactly("S1", "S2");
		assertThat(roster.search("KHÚC H", "S", 10)).extracting(MemberRow::memberNo).containsExactly("S3", "S1");
		assertThat(roster.search("ha", "S", 10)).extracting(MemberRow::memberNo).containsExactly("S5", "S3", "S1", "S2");
		assertThat(roster.search("ha", "S.W.C1", 10)).extracting(MemberRow::memberNo).containsExactly("S3", "S1");
		assertThat(roster.search("ha", "S", 2)).extracting(MemberRow::memberNo).containsExactly("S5", "S3");
		assertThat(roster.search("linh do", "S", 10)).extracting(MemberRow::memberNo).containsExactly("S5");
		assertThat(roster.search("hanh khuc", null, 10)).extracting(MemberRow::memberNo).containsExactly("S4", "S1");
		assertThat(roster.search("S4", "S", 10)).isEmpty();
		assertThat(roster.search("S4", "T", 10)).extracting(MemberRow::memberNo).containsExactly("S4");
		assertThat(roster.search("thi hai", "S", 10)).isEmpty();
		assertThat(roster.search(" - ", "S", 10)).isEmpty();
		// whichever of its words the search walks (the rarest by the words' statistics), it finds the same members
		dsl.execute("analyze member_name_word");
		assertThat(roster.search("khuc m", "S", 10)).extracting(MemberRow::memberNo).containsExactly("S1");
		assertThat(roster.search("van khuc h", "S", 10)).extracting(MemberRow::memberNo).containsExactly("S3");
		for (String text : List.of("hanh khu", "khuc h", "khuc m", "khuc thi my h", "linh do", "thi hai", "ha ha",
				"van khuc h")) {
			for (String org : java.util.Arrays.asList("S", "S.W.C1", null)) {
				List<MemberRow> found = roster.search(text, org, 10);
				for (int walked = 0; walked < text.split(" ").length; walked++) {
					assertThat(roster.search(text, org, 10, walked)).as(text + " walked from word " + walked)
						.isEqualTo(found);
				}
			}
		}

		members.correct(file("S3", "Khúc Văn Hoà", LocalDate.of(1990, 1, 1)));
		assertThat(roster.search("khuc van hai", "S", 10)).isEmpty();
		assertThat(roster.search("hoa khuc", "S", 10)).extracting(MemberRow::memberNo).containsExactly("S3");
		// the list's text filter looks up the same words
		assertThat(listed(roster, new MemberQuery("S", LocalDate.of(2020, 1, 1), "khuc h", null, null, null, null, null,
				null, null, null, null, 0, 50)).items()).extracting(MemberRow::memberNo).containsExactly("S1", "S3");

		List<String> written = vn.dangvu.TestDatabases.nameWords(dsl);
		assertThat(written).anySatisfy(w -> assertThat(w).contains(", hoa, "))
			.anySatisfy(w -> assertThat(w).contains(", linh, ")).noneSatisfy(w -> assertThat(w).contains(", hai, "));
		vn.dangvu.TestDatabases.refillNameWordsAsV31(dsl);
		assertThat(vn.dangvu.TestDatabases.nameWords(dsl)).isEqualTo(written);
	}

}
