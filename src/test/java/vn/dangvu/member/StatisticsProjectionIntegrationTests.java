package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangvu.member.ListScopeChecks.listed;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.dangvu.TestDatabases;
import vn.dangvu.common.Decision;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.RestructuringCommand.MergeOrganizations;
import vn.dangvu.organization.RestructuringCommand.MoveOrganization;
import vn.dangvu.organization.Restructurings;
import vn.dangvu.organization.SubtreeSpan;

/**
 * The statistics projection (V26) kept through every kind of write: after each, the counts read from it equal the
 * counts made from the members' rows, per organization and for the subtree, on each year-end and over each year; and
 * the tables equal what a rebuild from all members' rows gives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class StatisticsProjectionIntegrationTests {

	static final String P = "SP";

	@Autowired
	Members members;

	@Autowired
	MemberStatistics statistics;

	@Autowired
	Restructurings restructurings;

	@Autowired
	Organizations organizations;

	@Autowired
	DSLContext dsl;

	@Autowired
	MemberRoster roster;

	@Test
	void everyWriteKeepsTheProjectionEqualToTheMembersRows() {
		LocalDate start = LocalDate.of(1985, 1, 1);
		Decision d = new Decision("1", start, null);
		restructurings.apply(new EstablishOrganization(P, "Đảng bộ tỉnh Thống Kê", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, d), "t");
		for (String cell : List.of("1", "2", "3")) {
			restructurings.apply(new EstablishOrganization(P + "." + cell, "Chi bộ " + cell,
					OrganizationType.GRASSROOTS_CELL, OrganizationField.WARD, P, start, d), "t");
		}
		// A: female, Khmer, 22 when admitted, under 30 on 31/12/2025 and not on 31/12/2026
		register("SPA", Gender.FEMALE, LocalDate.of(1996, 3, 1), "Khmer", null, ProfessionalLevel.BACHELOR,
				PoliticalTheory.ELEMENTARY);
		record("SPA", MemberEventType.ADMITTED, LocalDate.of(2018, 5, 19), P + ".1", null);
		record("SPA", MemberEventType.RECOGNIZED, LocalDate.of(2019, 5, 19), null, null);
		record("SPA", MemberEventType.ASSESSED, LocalDate.of(2024, 12, 31), null, "EXCELLENT");
		// B: religious, transferred across cells, assessed
		register("SPB", Gender.MALE, LocalDate.of(1970, 2, 28), "Kinh", "Phật giáo", null, PoliticalTheory.INTERMEDIATE);
		record("SPB", MemberEventType.ADMITTED, LocalDate.of(2005, 2, 3), P + ".2", null);
		record("SPB", MemberEventType.RECOGNIZED, LocalDate.of(2006, 2, 3), null, null);
		long transfer = record("SPB", MemberEventType.TRANSFERRED, LocalDate.of(2021, 6, 1), P + ".1", null);
		record("SPB", MemberEventType.ASSESSED, LocalDate.of(2024, 12, 31), null, "GOOD");
		// C: exempted, then died
		register("SPC", Gender.MALE, LocalDate.of(1950, 1, 1), "Kinh", null, ProfessionalLevel.VOCATIONAL, null);
		record("SPC", MemberEventType.ADMITTED, LocalDate.of(1990, 1, 10), P + ".3", null);
		record("SPC", MemberEventType.RECOGNIZED, LocalDate.of(1991, 1, 10), null, null);
		record("SPC", MemberEventType.EXEMPTED, LocalDate.of(2015, 1, 1), null, null);
		record("SPC", MemberEventType.DIED, LocalDate.of(2023, 4, 1), null, null);
		assertProjectionEqualsRows();

		// a correction of the file: gender, ethnicity, birth date, professional level and political theory count in the
		// stock and in the admissions
		members.correct(new MemberFile("SPA", "Nguyễn Văn Sửa", Gender.MALE, LocalDate.of(1990, 3, 1), "Kinh", null,
				null, ProfessionalLevel.DOCTOR, null, null, null, null, null, null, null));
		assertProjectionEqualsRows();

		// a voided transfer, then another one back-dated to the year after
		members.voidEvent("SPB", transfer, "Nhập nhầm ngày", "t");
		assertProjectionEqualsRows();
		record("SPB", MemberEventType.TRANSFERRED, LocalDate.of(2022, 2, 1), P + ".3", null);
		assertProjectionEqualsRows();

		// a merge in the middle of 2024 moves the members of cell 3 into cell 2
		restructurings.apply(new MergeOrganizations(List.of(P + ".3"), P + ".2", null, null, LocalDate.of(2024, 7, 1),
				new Decision("2", LocalDate.of(2024, 6, 20), null)), "t");
		assertProjectionEqualsRows();
		assertThat(statistics.countsOn(codes(LocalDate.of(2024, 12, 31)), LocalDate.of(2024, 12, 31)).total())
			.isEqualTo(2);

		// a change in the second half of a year: a list of a day before it counts back from the year-end (V33)
		register("SPD", Gender.FEMALE, LocalDate.of(1995, 8, 8), "Kinh", null, ProfessionalLevel.MASTER,
				PoliticalTheory.ADVANCED);
		record("SPD", MemberEventType.ADMITTED, LocalDate.of(2025, 9, 15), P + ".1", null);
		assertProjectionEqualsRows();

		assertThat(dsl.fetchCount(dsl.selectFrom("member_stat_pending"))).isZero();
		assertTablesEqualARebuild();

		// members pending outside a first load (an import into a database that has members): their contribution out,
		// then added back by applyPending, a batch taken from the list and deleted by its ids
		Long[] some = dsl.fetch("select id from member order by id limit 3").getValues(0, Long.class)
			.toArray(Long[]::new);
		projection.retract(some);
		assertThat(dsl.fetchCount(dsl.selectFrom("member_stat_pending"))).isEqualTo(3);
		assertThat(projection.applyPending(line -> {
		})).isEqualTo(3);
		assertThat(dsl.fetchCount(dsl.selectFrom("member_stat_pending"))).isZero();
		assertProjectionEqualsRows();
		assertTablesEqualARebuild();

		// the first load of a database: every member pending, both tables empty, all summed at once, the tables'
		// indexes dropped and built again after the rows
		List<String> before = TestDatabases.keysAndIndexes(dsl, "member\\_%\\_stat");
		assertThat(before).hasSizeGreaterThanOrEqualTo(12);
		dsl.execute("""
				truncate member_stock_stat, member_movement_stat, member_headcount_stat, member_stock_province_stat,
				         member_movement_province_stat, member_headcount_province_stat""");
		dsl.execute("insert into member_stat_pending (member_id) select id from member");
		// as in a database never loaded: the first load records the last day of a change (V38)
		dsl.execute("update member_stat_horizon set changes_until = null");
		List<String> progress = new java.util.ArrayList<>();
		assertThat(projection.applyPending(progress::add)).isEqualTo(dsl.fetchCount(dsl.selectFrom("member")));
		// each step announced before it starts: the first load of the nation takes minutes
		assertThat(progress.get(0)).contains("lần nạp đầu");
		assertThat(progress).contains("Bảng thống kê 1/3, số đảng viên cuối mỗi năm: đang cộng",
				"Bảng thống kê 2/3, số đảng viên từng ngày: đang cộng", "Bảng thống kê 3/3, biến động đảng viên: đang cộng",
				"Bảng thống kê 2/3, số đảng viên từng ngày: đang cộng theo tỉnh",
				"Bảng thống kê 3/3, biến động đảng viên: đang cộng theo tỉnh")
			.anySatisfy(line -> assertThat(line).matches("Bảng thống kê 1/3, số đảng viên cuối mỗi năm: đang ghi [1-9]\\d* dòng"))
			.anySatisfy(line -> assertThat(line).matches("Đang lập lại \\d+ chỉ mục và khóa của bảng thống kê"))
			.anySatisfy(line -> assertThat(line).matches("Khóa 1/\\d+: member_\\w+_stat_pkey \\(member_\\w+_stat\\)"))
			.anySatisfy(line -> assertThat(line).matches("Chỉ mục \\d+/\\d+: member_movement_stat_org \\(member_movement_stat\\)"));
		assertThat(dsl.fetchCount(dsl.selectFrom("member_stat_pending"))).isZero();
		assertTablesEqualARebuild();
		assertProjectionEqualsRows();
		assertThat(TestDatabases.keysAndIndexes(dsl, "member\\_%\\_stat")).isEqualTo(before);

		// the keys are back: a write after the first load adds to the rows there
		record("SPD", MemberEventType.RECOGNIZED, LocalDate.of(2026, 9, 15), null, null);
		assertProjectionEqualsRows();
		assertTablesEqualARebuild();

		// on 31/12/2025, from the stock: A (corrected: 35, a doctor, no theory) and D (a woman of 30, a master,
		// advanced) in cell 1, B (55, no level recorded, intermediate) in cell 2 since the merge; C died in 2023
		LocalDate end2025 = LocalDate.of(2025, 12, 31);
		MemberBreakdown ward = statistics.breakdownByOrganization(codes(end2025), end2025)
			.values()
			.stream()
			.reduce(MemberBreakdown.empty(), MemberBreakdown::plus);
		assertThat(ward.total()).isEqualTo(3);
		assertThat(ward.ageBands()).isEqualTo(Map.of("UP_TO_30", 1L, "FROM_31_TO_40", 1L, "FROM_51_TO_60", 1L));
		assertThat(ward.professionalLevels()).isEqualTo(Map.of("DOCTOR", 1L, "MASTER", 1L, "UNKNOWN", 1L));
		assertThat(ward.politicalTheory()).isEqualTo(Map.of("ADVANCED", 1L, "INTERMEDIATE", 1L, "UNKNOWN", 1L));
		assertThat(statistics.ageBandsByGender(codes(end2025), end2025)).containsExactlyInAnyOrder(
				new AgeGenderCount(AgeBand.UP_TO_30, Gender.FEMALE, 1), new AgeGenderCount(AgeBand.FROM_31_TO_40, Gender.MALE, 1),
				new AgeGenderCount(AgeBand.FROM_51_TO_60, Gender.MALE, 1));
		// a year later D is 31, in the band of A, who is 36
		LocalDate end2026 = LocalDate.of(2026, 12, 31);
		assertThat(statistics.ageBandsByGender(codes(end2026), end2026)).containsExactlyInAnyOrder(
				new AgeGenderCount(AgeBand.FROM_31_TO_40, Gender.FEMALE, 1), new AgeGenderCount(AgeBand.FROM_31_TO_40, Gender.MALE, 1),
				new AgeGenderCount(AgeBand.FROM_51_TO_60, Gender.MALE, 1));

		// on another day, counted from the files: the age in whole years on the day — D is 30 the day before her 31st
		// birthday (08/08/2026) and 31 on it; A 36, B 56
		LocalDate eve = LocalDate.of(2026, 8, 7);
		assertThat(statistics.breakdownByOrganization(codes(eve), eve)
			.values()
			.stream()
			.reduce(MemberBreakdown.empty(), MemberBreakdown::plus)
			.ageBands()).isEqualTo(Map.of("UP_TO_30", 1L, "FROM_31_TO_40", 1L, "FROM_51_TO_60", 1L));
		assertThat(statistics.ageBandsByGender(codes(eve), eve)).containsExactlyInAnyOrder(
				new AgeGenderCount(AgeBand.UP_TO_30, Gender.FEMALE, 1), new AgeGenderCount(AgeBand.FROM_31_TO_40, Gender.MALE, 1),
				new AgeGenderCount(AgeBand.FROM_51_TO_60, Gender.MALE, 1));
		LocalDate birthday = LocalDate.of(2026, 8, 8);
		MemberBreakdown onBirthday = statistics.breakdownByOrganization(codes(birthday), birthday)
			.values()
			.stream()
			.reduce(MemberBreakdown.empty(), MemberBreakdown::plus);
		assertThat(onBirthday.ageBands()).isEqualTo(Map.of("FROM_31_TO_40", 2L, "FROM_51_TO_60", 1L));
		assertThat(onBirthday.total()).isEqualTo(3);
		assertThat(onBirthday.female()).isEqualTo(1);
		assertThat(onBirthday.professionalLevels()).isEqualTo(Map.of("DOCTOR", 1L, "MASTER", 1L, "UNKNOWN", 1L));
		assertThat(statistics.ageBandsByGender(codes(birthday), birthday)).containsExactlyInAnyOrder(
				new AgeGenderCount(AgeBand.FROM_31_TO_40, Gender.FEMALE, 1), new AgeGenderCount(AgeBand.FROM_31_TO_40, Gender.MALE, 1),
				new AgeGenderCount(AgeBand.FROM_51_TO_60, Gender.MALE, 1));

		// V40 on a database with its stock: the stock and its sums by province emptied, the horizon's years with them;
		// at the next start no year-end is read from it until StatisticsHorizon has extended it again, from every
		// member's rows
		dsl.execute("truncate member_stock_stat, member_stock_province_stat");
		dsl.execute("update member_stat_horizon set last_year = first_year - 1");
		assertThat(projection.state().holdsYearEnd(end2025)).isFalse();
		assertThat(statistics.ageBandsByGender(codes(end2025), end2025)).hasSize(3);
		projection.extendTo(LocalDate.now().getYear());
		assertThat(projection.state().holdsYearEnd(end2025)).isTrue();
		assertTablesEqualARebuild();
		assertProjectionEqualsRows();
	}

	@Autowired
	vn.dangvu.member.internal.StatisticsProjection projection;

	@Test
	void thePlannerKnowsTheHorizonForTheOneRowItIs() {
		// V37 analyzes it: never analyzed (reltuples -1), the planner took the table for 2,260 rows
		assertThat(dsl.fetchSingle("select reltuples from pg_class where relname = 'member_stat_horizon'")
			.get(0, Double.class)).isEqualTo(1.0);
		assertThat(dsl.fetchSingle("explain select * from member_stat_horizon").get(0, String.class))
			.contains("rows=1 ");
	}

	/**
	 * A member born on 29 February is a year older on 1 March of a year without one, as PostgreSQL's {@code age}
	 * counts: 29 on 28/02/2026, 30 on 28/02/2027, 31 on 01/03/2027, still 31 on 28/02/2028 (the eve of its birthday
	 * in a leap year). Counted on those days.
	 */
	@Test
	void aMemberBornOnTheTwentyNinthOfFebruaryIsOlderOnTheFirstOfMarch() {
		LocalDate start = LocalDate.of(2000, 1, 1);
		Decision d = new Decision("1", start, null);
		restructurings.apply(new EstablishOrganization("SPL", "Đảng bộ tỉnh Nhuận", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, d), "t");
		restructurings.apply(new EstablishOrganization("SPL.1", "Chi bộ 1", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.WARD, "SPL", start, d), "t");
		register("SPL1", Gender.FEMALE, LocalDate.of(1996, 2, 29), "Kinh", null, null, null);
		record("SPL1", MemberEventType.ADMITTED, LocalDate.of(2020, 1, 10), "SPL.1", null);
		record("SPL1", MemberEventType.RECOGNIZED, LocalDate.of(2021, 1, 10), null, null);
		java.util.function.Function<LocalDate, Map<String, Long>> bands = day -> statistics
			.breakdownByOrganization(List.of("SPL", "SPL.1"), day)
			.get("SPL.1")
			.ageBands();
		assertThat(bands.apply(LocalDate.of(2027, 2, 28))).isEqualTo(Map.of("UP_TO_30", 1L));
		assertThat(bands.apply(LocalDate.of(2027, 3, 1))).isEqualTo(Map.of("FROM_31_TO_40", 1L));
		assertThat(bands.apply(LocalDate.of(2026, 2, 28))).isEqualTo(Map.of("UP_TO_30", 1L));
		assertThat(bands.apply(LocalDate.of(2028, 2, 28))).isEqualTo(Map.of("FROM_31_TO_40", 1L));
		assertThat(statistics.ageBandsByGender(List.of("SPL.1"), LocalDate.of(2027, 2, 28)))
			.containsExactly(new AgeGenderCount(AgeBand.UP_TO_30, Gender.FEMALE, 1));
		assertThat(statistics.ageBandsByGender(List.of("SPL.1"), LocalDate.of(2027, 3, 1)))
			.containsExactly(new AgeGenderCount(AgeBand.FROM_31_TO_40, Gender.FEMALE, 1));
	}

	/**
	 * A day's figures shifted from a year-end's stock (V42) and counted from the members' rows: every day of 2025 and
	 * of 2026 to today, in a province whose members cross an age band on days either side of the year-ends and the
	 * switch between them (2 and 3 July), one born on 29 February, and whose two cells swap two official members on
	 * one day — their changes of that day sum to zero in every column, and the two are of different gender, age and
	 * level; three who cross a band in the first half of 2026 belong today to another province or to none (a transfer,
	 * a departure, a cell moved to the other province since): the subtree's members found by birth date in its
	 * provinces and their strays, and in the nation.
	 */
	@Test
	void aDayShiftedFromAYearEndEqualsTheMembersCounted() {
		LocalDate start = LocalDate.of(1985, 1, 1);
		Decision d = new Decision("1", start, null);
		restructurings.apply(new EstablishOrganization("SQ", "Đảng bộ tỉnh Dời Ngày", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, d), "t");
		for (String cell : List.of("1", "2", "3")) {
			restructurings.apply(new EstablishOrganization("SQ." + cell, "Chi bộ " + cell,
					OrganizationType.GRASSROOTS_CELL, OrganizationField.WARD, "SQ", start, d), "t");
		}
		Object[][] people = { { "SQ1", Gender.FEMALE, "1995-12-20", "SQ.1", ProfessionalLevel.BACHELOR },
				{ "SQ2", Gender.MALE, "1984-02-29", "SQ.1", null }, { "SQ3", Gender.FEMALE, "1964-07-03", "SQ.2", null },
				{ "SQ4", Gender.MALE, "1960-05-05", "SQ.1", ProfessionalLevel.VOCATIONAL },
				{ "SQ5", Gender.FEMALE, "1990-10-10", "SQ.2", ProfessionalLevel.DOCTOR },
				{ "SQ6", Gender.MALE, "1994-01-02", "SQ.2", null }, { "SQ7", Gender.MALE, "1985-01-15", "SQ.1", null },
				{ "SQ8", Gender.FEMALE, "1965-03-10", "SQ.2", null }, { "SQ9", Gender.MALE, "1975-04-12", "SQ.3", null } };
		for (Object[] p : people) {
			register((String) p[0], (Gender) p[1], LocalDate.parse((String) p[2]), "Kinh", null,
					(ProfessionalLevel) p[4], null);
			record((String) p[0], MemberEventType.ADMITTED, LocalDate.of(2019, 5, 2), (String) p[3], null);
			record((String) p[0], MemberEventType.RECOGNIZED, LocalDate.of(2020, 5, 2), null, null);
		}
		LocalDate swap = LocalDate.of(2025, 4, 1);
		record("SQ4", MemberEventType.TRANSFERRED, swap, "SQ.2", null);
		record("SQ5", MemberEventType.TRANSFERRED, swap, "SQ.1", null);
		// and one leaves the party in the second half of the year
		record("SQ6", MemberEventType.LEFT, LocalDate.of(2025, 10, 20), null, null);
		// two who cross a band (41, 61) in the first half of 2026 belong to another province or to none since its
		// second half: strays of the province (V33), found by birth date among them
		restructurings.apply(new EstablishOrganization("SR", "Đảng bộ tỉnh Nhận Về", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, d), "t");
		restructurings.apply(new EstablishOrganization("SR.1", "Chi bộ 1", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.WARD, "SR", start, d), "t");
		record("SQ7", MemberEventType.TRANSFERRED, LocalDate.of(2026, 9, 1), "SR.1", null);
		record("SQ8", MemberEventType.LEFT, LocalDate.of(2026, 10, 1), null, null);
		// and a third (51 on 12/04/2026) belongs to the other province with his cell, moved there since
		restructurings.apply(new MoveOrganization("SQ.3", "SR", LocalDate.of(2026, 9, 1),
				new Decision("2", LocalDate.of(2026, 8, 25), null)), "t");
		assertThat(dsl.fetchOne("select province_code from member where member_no = 'SQ9'").into(String.class))
			.isEqualTo("SR");
		Integer strays = dsl.fetchOne("""
				select count(*)::int from member_period_stray s join member m on m.id = s.member_id
				where m.member_no in ('SQ7', 'SQ8') and s.org_province_code = 'SQ'""").into(Integer.class);
		assertThat(strays).as("the periods in the province of the two who left it").isEqualTo(2);
		Integer zero = dsl.fetchOne("""
				select count(*)::int from member_headcount_stat
				where org_code in ('SQ.1', 'SQ.2') and on_date = ? and total = 0 and official = 0""", swap)
			.into(Integer.class);
		assertThat(zero).as("the swap's changes of each day, zero in every column").isEqualTo(2);
		for (LocalDate day = LocalDate.of(2025, 1, 1); !day.isAfter(LocalDate.now()); day = day.plusDays(1)) {
			if (!(day.getMonthValue() == 12 && day.getDayOfMonth() == 31)) {
				assertShiftedEqualsCounted("SQ", day);
			}
		}
	}

	/**
	 * The basic statistics' breakdown and the dashboard's pyramid of the organizations on the day shifted from a
	 * year-end's stock (V42), as when counted from the members' rows.
	 */
	private void assertShiftedEqualsCounted(String root, LocalDate day) {
		List<String> codes = organizations.subtree(root, day).stream().map(OrganizationView::code).toList();
		// the bean is a transactional proxy: the switch is the target's
		MemberStatistics target = org.springframework.test.util.AopTestUtils.getTargetObject(statistics);
		target.shift = true;
		try {
			var breakdown = statistics.breakdownByOrganization(codes, day, false);
			var pyramid = statistics.ageBandsByGender(codes, day, false);
			// the members found by birth date in the subtree's provinces with their strays, and in the nation
			for (boolean byProvinces : new boolean[] { true, false }) {
				target.shiftByProvinces = byProvinces;
				assertThat(statistics.breakdownByOrganization(root, codes, day))
					.as("the breakdown on %s, shifted, found by provinces %s", day, byProvinces)
					.isEqualTo(breakdown);
				assertThat(statistics.ageBandsByGender(root, codes, day))
					.as("the pyramid on %s, shifted, found by provinces %s", day, byProvinces)
					.containsExactlyInAnyOrderElementsOf(pyramid);
			}
		}
		finally {
			target.shift = null;
			target.shiftByProvinces = null;
		}
	}

	private void register(String no, Gender gender, LocalDate birth, String ethnicity, String religion,
			ProfessionalLevel level, PoliticalTheory theory) {
		members.register(new MemberFile(no, "Trần Thị Đếm", gender, birth, ethnicity, religion, null, level, theory, null,
				null, null, null, null, null));
	}

	private long record(String no, MemberEventType type, LocalDate on, String org, String detail) {
		boolean decided = type == MemberEventType.ADMITTED || type == MemberEventType.TRANSFERRED;
		return members.record(no, new LedgerEvent(type, on, org, decided ? "9" : null, decided ? on.minusDays(5) : null,
				detail), "t").eventId();
	}

	private List<String> codes(LocalDate date) {
		return organizations.subtree(P, date).stream().map(OrganizationView::code).toList();
	}

	/** Each year-end and each year from 2017 to 2026, each cell and the whole subtree: projection against rows. */
	private void assertProjectionEqualsRows() {
		// the dashboard's series: the year-ends summed from the stock, a day in the middle of a year counted
		List<LocalDate> days = new java.util.ArrayList<>();
		for (int year = 2017; year <= 2026; year++) {
			days.add(LocalDate.of(year, 12, 31));
		}
		days.add(LocalDate.of(2024, 6, 30));
		List<SubtreeSpan> spans = organizations.subtreeSpans(P, LocalDate.of(2017, 1, 1), LocalDate.of(2026, 12, 31));
		assertThat(statistics.countsOnDates(spans, days)).as("members on each year-end")
			.isEqualTo(statistics.countsOnDates(spans, days, false));
		for (int year = 2017; year <= 2026; year++) {
			LocalDate from = LocalDate.of(year, 1, 1);
			LocalDate yearEnd = LocalDate.of(year, 12, 31);
			List<String> all = codes(yearEnd);
			assertThat(statistics.countsOn(all, yearEnd)).as("members on %s", yearEnd)
				.isEqualTo(statistics.countedOn(all, yearEnd));
			// the basic statistics' breakdown and the dashboard's pyramid from the stock's breakdown (V40)
			assertThat(statistics.breakdownByOrganization(all, yearEnd)).as("the breakdown on %s", yearEnd)
				.isEqualTo(statistics.breakdownByOrganization(all, yearEnd, false));
			assertThat(statistics.ageBandsByGender(all, yearEnd)).as("the pyramid on %s", yearEnd)
				.containsExactlyInAnyOrderElementsOf(statistics.ageBandsByGender(all, yearEnd, false));
			// and on other days, shifted from the stock of a year-end on either side (V42)
			for (LocalDate day : List.of(from, LocalDate.of(year, 2, 28), LocalDate.of(year, 3, 1),
					LocalDate.of(year, 6, 1), LocalDate.of(year, 7, 2), LocalDate.of(year, 7, 3),
					LocalDate.of(year, 12, 30))) {
				assertShiftedEqualsCounted(P, day);
			}
			for (String code : all) {
				assertThat(statistics.countsOn(List.of(code), yearEnd)).as("members of %s on %s", code, yearEnd)
					.isEqualTo(statistics.countedOn(List.of(code), yearEnd));
			}
			// the year's grades by organization, and the members behind each grade's count
			Map<String, Map<String, Long>> grades = statistics.detailsByOrganization(MemberEventType.ASSESSED, yearEnd,
					all, true);
			assertThat(grades).as("grades on %s", yearEnd)
				.isEqualTo(statistics.detailsByOrganization(MemberEventType.ASSESSED, yearEnd, all, false));
			MemberStatistics statisticsTarget = org.springframework.test.util.AopTestUtils.getTargetObject(statistics);
			for (String grade : java.util.Arrays.asList("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED", null)) {
				// the members read by those of the organizations, among the nation's such events, and as chosen
				for (List<String> asked : List.of(all, List.of(P + ".1"),
						all.stream().filter(code -> !code.equals(P + ".1")).toList())) {
					List<List<MemberEventOn>> ways = new java.util.ArrayList<>();
					for (Boolean byMember : java.util.Arrays.asList(true, false, null)) {
						statisticsTarget.eventsByMember = byMember;
						try {
							ways.add(statistics.eventsOn(MemberEventType.ASSESSED, yearEnd, asked, grade)
								.stream()
								.sorted(java.util.Comparator.comparing(MemberEventOn::memberNo))
								.toList());
						}
						finally {
							statisticsTarget.eventsByMember = null;
						}
					}
					assertThat((long) ways.get(0).size()).as("members of %s graded %s on %s", asked, grade, yearEnd)
						.isEqualTo(asked.stream()
							.map(code -> grades.getOrDefault(code, Map.of()))
							.mapToLong(g -> grade == null ? g.values().stream().mapToLong(Long::longValue).sum()
									: g.getOrDefault(grade, 0L))
							.sum());
					assertThat(ways.get(1)).as("the same among the nation's").isEqualTo(ways.get(0));
					assertThat(ways.get(2)).as("the same as chosen").isEqualTo(ways.get(0));
					// chosen by the members the caller knows of, either way
					for (long members : new long[] { 0, Long.MAX_VALUE }) {
						assertThat(statistics.eventsOn(MemberEventType.ASSESSED, yearEnd, asked, grade, members)
							.stream()
							.sorted(java.util.Comparator.comparing(MemberEventOn::memberNo))
							.toList()).as("the same as chosen for %s members", members).isEqualTo(ways.get(0));
					}
				}
			}
			Map<String, List<SubtreeSpan>> rows = new LinkedHashMap<>();
			for (String cell : List.of("1", "2", "3")) {
				rows.put(cell, organizations.subtreeSpans(P + "." + cell, from, yearEnd));
			}
			assertThat(statistics.movementsByRow(rows, from, yearEnd, true)).as("movements per cell in %s", year)
				.isEqualTo(statistics.movementsByRow(rows, from, yearEnd, false));
			Map<String, List<SubtreeSpan>> whole = Map.of("", organizations.subtreeSpans(P, from, yearEnd));
			assertThat(statistics.movementsByRow(whole, from, yearEnd, true)).as("movements in %s", year)
				.isEqualTo(statistics.movementsByRow(whole, from, yearEnd, false));
			// the cells' rows and the three cells as one subtree (a transfer between two of them not counted there),
			// from one read, either way
			Map<String, List<SubtreeSpan>> together = Map.of("",
					rows.values().stream().flatMap(List::stream).toList());
			for (boolean fromProjection : new boolean[] { true, false }) {
				TableMovements table = statistics.tableMovements(rows, from, yearEnd, fromProjection);
				assertThat(table.rows()).as("the table's rows in %s, from the projection %s", year, fromProjection)
					.isEqualTo(statistics.movementsByRow(rows, from, yearEnd, fromProjection));
				assertThat(table.whole()).as("the table's whole in %s, from the projection %s", year, fromProjection)
					.isEqualTo(statistics.movementsByRow(together, from, yearEnd, fromProjection)
						.getOrDefault("", MemberMovements.none()));
			}
			// the admissions alone (the dashboard's), either way: the same numbers of admissions, every other zero
			java.util.Set<MemberEventType> admissions = java.util.EnumSet.of(MemberEventType.ADMITTED,
					MemberEventType.READMITTED);
			for (Map<String, List<SubtreeSpan>> asked : List.of(rows, whole)) {
				Map<String, MemberMovements> every = statistics.movementsByRow(asked, from, yearEnd, false);
				for (boolean fromProjection : new boolean[] { true, false }) {
					Map<String, MemberMovements> admitted = statistics.movementsByRow(asked, from, yearEnd, admissions,
							fromProjection);
					assertThat(every.keySet()).as("rows with admissions in %s", year).containsAll(admitted.keySet());
					for (Map.Entry<String, MemberMovements> e : every.entrySet()) {
						MemberMovements m = e.getValue();
						assertThat(admitted.getOrDefault(e.getKey(), MemberMovements.none()))
							.as("the admissions of row '%s' in %s, from the projection %s", e.getKey(), year,
									fromProjection)
							.isEqualTo(new MemberMovements(m.admitted(), m.admittedFemale(), m.admittedEthnicMinority(),
									m.admittedAged18To30(), m.readmitted(), 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of()));
					}
				}
			}
			// the events behind each number of a cell's row are as many as it counts
			for (String cell : rows.keySet()) {
				MemberMovements counted = statistics.movementsByRow(rows, from, yearEnd, false)
					.getOrDefault(cell, MemberMovements.none());
				Map<MovementKind, Long> numbers = Map.ofEntries(Map.entry(MovementKind.ADMITTED, counted.admitted()),
						Map.entry(MovementKind.ADMITTED_FEMALE, counted.admittedFemale()),
						Map.entry(MovementKind.ADMITTED_ETHNIC_MINORITY, counted.admittedEthnicMinority()),
						Map.entry(MovementKind.ADMITTED_AGED_18_TO_30, counted.admittedAged18To30()),
						Map.entry(MovementKind.READMITTED, counted.readmitted()),
						Map.entry(MovementKind.RECOGNIZED, counted.recognized()),
						Map.entry(MovementKind.NOT_RECOGNIZED, counted.notRecognized()),
						Map.entry(MovementKind.TRANSFERRED_IN, counted.transferredIn()),
						Map.entry(MovementKind.TRANSFERRED_OUT, counted.transferredOut()),
						Map.entry(MovementKind.DIED, counted.died()), Map.entry(MovementKind.REMOVED, counted.removed()),
						Map.entry(MovementKind.EXPELLED, counted.expelled()), Map.entry(MovementKind.LEFT, counted.left()));
				MemberStatistics target = org.springframework.test.util.AopTestUtils.getTargetObject(statistics);
				for (Map.Entry<MovementKind, Long> number : numbers.entrySet()) {
					// read among the nation's events of the type, and by the members of the cell's organizations
					List<List<MovementEventRow>> ways = new java.util.ArrayList<>();
					for (boolean byMember : new boolean[] { false, true }) {
						target.eventsByMember = byMember;
						try {
							ways.add(statistics.movementEvents(rows.get(cell), from, yearEnd, number.getKey(), null,
									10_000));
						}
						finally {
							target.eventsByMember = null;
						}
					}
					assertThat((long) ways.get(0).size()).as("%s of cell %s in %s", number.getKey(), cell, year)
						.isEqualTo(number.getValue());
					assertThat(ways.get(1)).as("%s of cell %s in %s, by member", number.getKey(), cell, year)
						.isEqualTo(ways.get(0));
				}
			}
		}
		// the province's figures summed by province (V34), of each year and across the merge
		ProvinceStatisticsChecks.assertProvinceFiguresEqualTheSubtrees(statistics, organizations, List.of(P), 2017, 2026,
				LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 30));
		// a list's total from the stock and the changes of each day (V33), on days each side of the events' and
		// around year-ends and the middle of the year (counted forward from the year-end before, or back from the one
		// after), today
		for (LocalDate day : List.of(LocalDate.of(2018, 5, 18), LocalDate.of(2018, 5, 19), LocalDate.of(2021, 5, 31),
				LocalDate.of(2021, 6, 1), LocalDate.of(2022, 1, 31), LocalDate.of(2022, 2, 1), LocalDate.of(2023, 3, 31),
				LocalDate.of(2023, 4, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 1),
				LocalDate.of(2024, 12, 30), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 9, 14), LocalDate.of(2025, 9, 15),
				LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 15), LocalDate.of(2000, 6, 1), LocalDate.of(1999, 12, 31),
				LocalDate.now())) {
			for (String code : List.of(P, P + ".1", P + ".2", P + ".3")) {
				for (Boolean exempted : java.util.Arrays.asList(null, true, false)) {
					listed(roster, new MemberQuery(code, day, null, null, null, null, null, null, null, null, exempted,
							null, 0, 50));
				}
				for (MemberStatus status : List.of(MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY)) {
					listed(roster, new MemberQuery(code, day, null, java.util.Set.of(status), null, null, null, null, null,
							null, null, MemberSort.MEMBER_NO, 0, 50));
				}
				// its women and its men, its ethnic minorities and the others, its believers and the others: among the
				// changes of each day (V44, V45)
				for (Gender gender : Gender.values()) {
					listed(roster, new MemberQuery(code, day, null, null, gender, null, null, null, null, null, null,
							null, 0, 50));
				}
				for (boolean of : new boolean[] { true, false }) {
					listed(roster, new MemberQuery(code, day, null, null, null, null, of, null, null, null, null, null,
							0, 50));
					listed(roster, new MemberQuery(code, day, null, null, null, null, null, of, null, null, null, null,
							0, 50));
				}
			}
		}
	}

	/** The maintained tables, without their rows of zero, against the same sums over every member's rows. */
	private void assertTablesEqualARebuild() {
		var horizon = dsl.fetchSingle("select first_year, last_year from member_stat_horizon");
		assertThat(horizon.get(1, Integer.class)).isGreaterThanOrEqualTo(LocalDate.now().getYear());
		// the last day of a change (V38): no change of each day comes after it
		assertThat(dsl.fetchSingle("""
				select h.changes_until >= (select max(on_date) from member_headcount_stat)
				       or not exists (select from member_headcount_stat)
				from member_stat_horizon h""").get(0, Boolean.class)).as("the last day of a change").isTrue();
		String stock = """
				select year, org_code, total, official, probationary, female, minority, religious, exempted, under30
				from member_stock_stat where total <> 0 or under30 <> 0 order by 1, 2""";
		String rebuiltStock = """
				select y.year, p.org_code, count(*), count(*) filter (where p.status = 'OFFICIAL'),
				       count(*) filter (where p.status = 'PROBATIONARY'), count(*) filter (where m.gender = 'FEMALE'),
				       count(*) filter (where lower(m.ethnicity) <> 'kinh'), count(*) filter (where m.religion is not null),
				       count(*) filter (where p.exempted),
				       count(*) filter (where m.birth_date > make_date(y.year, 12, 31) - interval '30 years')
				from member_stat_horizon h
				cross join generate_series(h.first_year, h.last_year) y (year)
				join member_period p on p.valid_from <= make_date(y.year, 12, 31) and make_date(y.year, 12, 31) < p.valid_to
				     and p.status in ('OFFICIAL', 'PROBATIONARY') and p.org_code is not null
				join member m on m.id = p.member_id
				group by 1, 2 order by 1, 2""";
		assertThat(dsl.fetch(stock).intoArrays()).isDeepEqualTo(dsl.fetch(rebuiltStock).intoArrays());
		String movements = """
				select on_date, org_code, was_code, type, detail, sum(n)::bigint from member_movement_stat
				group by 1, 2, 3, 4, 5 having sum(n) <> 0 order by 1, 2, 3, 4, 5""";
		String rebuiltMovements = """
				select e.effective_on, coalesce(p.org_code, ''), coalesce(q.org_code, ''), e.type,
				       coalesce(e.detail, ''), count(*)
				from member_event e
				join member_period p on p.member_id = e.member_id
				     and p.valid_from <= e.effective_on and e.effective_on < p.valid_to
				left join member_period q on q.member_id = e.member_id and e.type = 'TRANSFERRED'
				     and q.valid_from < e.effective_on and e.effective_on <= q.valid_to
				where e.voided_at is null
				group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5""";
		assertThat(dsl.fetch(movements).intoArrays()).isDeepEqualTo(dsl.fetch(rebuiltMovements).intoArrays());
		String headcount = """
				select on_date, org_code, total, official, probationary, exempted, female, minority, religious
				from member_headcount_stat
				where total <> 0 or official <> 0 or probationary <> 0 or exempted <> 0 or female <> 0 or minority <> 0
				   or religious <> 0
				order by 1, 2""";
		String rebuiltHeadcount = """
				select d.on_date, p.org_code, sum(d.delta),
				       coalesce(sum(d.delta) filter (where p.status = 'OFFICIAL'), 0),
				       coalesce(sum(d.delta) filter (where p.status = 'PROBATIONARY'), 0),
				       coalesce(sum(d.delta) filter (where p.exempted), 0),
				       coalesce(sum(d.delta) filter (where m.gender = 'FEMALE'), 0),
				       coalesce(sum(d.delta) filter (where lower(m.ethnicity) <> 'kinh'), 0),
				       coalesce(sum(d.delta) filter (where m.religion is not null), 0)
				from member_stat_horizon h
				join member_period p on p.status in ('OFFICIAL', 'PROBATIONARY') and p.org_code is not null
				join member m on m.id = p.member_id
				cross join lateral (values (p.valid_from, 1), (p.valid_to, -1)) as d (on_date, delta)
				where d.on_date > make_date(h.first_year, 12, 31) and d.on_date < date '9999-12-31'
				group by 1, 2
				having sum(d.delta) <> 0 or coalesce(sum(d.delta) filter (where p.status = 'OFFICIAL'), 0) <> 0
				    or coalesce(sum(d.delta) filter (where p.status = 'PROBATIONARY'), 0) <> 0
				    or coalesce(sum(d.delta) filter (where p.exempted), 0) <> 0
				    or coalesce(sum(d.delta) filter (where m.gender = 'FEMALE'), 0) <> 0
				    or coalesce(sum(d.delta) filter (where lower(m.ethnicity) <> 'kinh'), 0) <> 0
				    or coalesce(sum(d.delta) filter (where m.religion is not null), 0) <> 0
				order by 1, 2""";
		assertThat(dsl.fetch(headcount).intoArrays()).as("the changes of each day")
			.isDeepEqualTo(dsl.fetch(rebuiltHeadcount).intoArrays());
		ProvinceStatisticsChecks.assertProvinceTablesEqualARebuild(dsl);
	}

}
