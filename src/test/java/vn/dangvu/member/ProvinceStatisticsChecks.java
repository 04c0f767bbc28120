package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import vn.dangvu.organization.Organizations;

/**
 * Checks of the statistics summed by province (V34, V39): tables equal to the rows by organization summed again by each
 * organization's top-level ancestor on the day, and the figures of whole provinces read from them equal to those of
 * their subtrees' spans, from the projection and counted from the members' rows.
 */
public final class ProvinceStatisticsChecks {

	private ProvinceStatisticsChecks() {
	}

	/** The top-level ancestor of the organization of {@code %1$s} on the day {@code %2$s}, '' for none. */
	private static final String PROVINCE_ON = """
			coalesce((select a.code from organization o
			          join organization_closure c on c.descendant_id = o.id and c.valid_from <= %2$s and %2$s < c.valid_to
			          join organization a on a.id = c.ancestor_id
			          where o.code = %1$s
			          order by c.depth desc limit 1), '')""";

	/** The tables by province, without their rows of zero, against the rows by organization summed by province. */
	public static void assertProvinceTablesEqualARebuild(DSLContext dsl) {
		String movements = """
				select on_date, province_code, was_province_code, type, detail, flags, n
				from member_movement_province_stat where n <> 0 order by 1, 2, 3, 4, 5, 6""";
		String rebuiltMovements = """
				select on_date, province, was_province, type, detail, flags, sum(n)::bigint
				from (select s.*, %s as province, %s as was_province from member_movement_stat s) s
				group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0 order by 1, 2, 3, 4, 5, 6"""
			.formatted(PROVINCE_ON.formatted("s.org_code", "s.on_date"), PROVINCE_ON.formatted("s.was_code", "s.on_date"));
		assertThat(dsl.fetch(movements).intoArrays()).as("the movements by province")
			.isDeepEqualTo(dsl.fetch(rebuiltMovements).intoArrays());
		String stock = """
				select year, province_code, total, official, probationary, female, minority, religious, exempted, under30
				from member_stock_province_stat where total <> 0 order by 1, 2""";
		String rebuiltStock = """
				select year, province, sum(total)::bigint, sum(official)::bigint, sum(probationary)::bigint,
				       sum(female)::bigint, sum(minority)::bigint, sum(religious)::bigint, sum(exempted)::bigint,
				       sum(under30)::bigint
				from (select s.*, %s as province from member_stock_stat s) s
				group by 1, 2 having sum(total) <> 0 order by 1, 2"""
			.formatted(PROVINCE_ON.formatted("s.org_code", "make_date(s.year, 12, 31)"));
		assertThat(dsl.fetch(stock).intoArrays()).as("the stock by province")
			.isDeepEqualTo(dsl.fetch(rebuiltStock).intoArrays());
		String headcount = """
				select province_code, on_date, total, official, probationary, exempted, female, minority, religious
				from member_headcount_province_stat
				where total <> 0 or official <> 0 or probationary <> 0 or exempted <> 0 or female <> 0 or minority <> 0
				   or religious <> 0
				order by 1, 2""";
		String rebuiltHeadcount = """
				select province, on_date, sum(total)::bigint, sum(official)::bigint, sum(probationary)::bigint,
				       sum(exempted)::bigint, sum(female)::bigint, sum(minority)::bigint, sum(religious)::bigint
				from (select s.*, %s as province from member_headcount_stat s) s
				group by 1, 2
				having sum(total) <> 0 or sum(official) <> 0 or sum(probationary) <> 0 or sum(exempted) <> 0
				    or sum(female) <> 0 or sum(minority) <> 0 or sum(religious) <> 0
				order by 1, 2""".formatted(PROVINCE_ON.formatted("s.org_code", "s.on_date"));
		assertThat(dsl.fetch(headcount).intoArrays()).as("the changes of each day by province")
			.isDeepEqualTo(dsl.fetch(rebuiltHeadcount).intoArrays());
	}

	/**
	 * Of each year from {@code firstYear} to {@code lastYear} and of each period given ({from, to} pairs): the members
	 * on its last day, when that is a year-end, and the movements of the provinces read by province, against those
	 * of their subtrees' spans from the projection and counted from the members' rows.
	 */
	public static void assertProvinceFiguresEqualTheSubtrees(MemberStatistics statistics, Organizations organizations,
			List<String> provinces, int firstYear, int lastYear, LocalDate... periods) {
		List<LocalDate> ends = new java.util.ArrayList<>(List.of(periods));
		for (int year = firstYear; year <= lastYear; year++) {
			ends.add(LocalDate.of(year, 1, 1));
			ends.add(LocalDate.of(year, 12, 31));
		}
		for (int i = 0; i < ends.size(); i += 2) {
			LocalDate from = ends.get(i);
			LocalDate to = ends.get(i + 1);
			assertThat(organizations.topLevelThroughout(provinces, from, to)).as("%s top-level in [%s, %s]", provinces,
					from, to).isTrue();
			if (to.getMonthValue() == 12 && to.getDayOfMonth() == 31) {
				assertThat(statistics.provinceCountsOn(provinces, to)).as("members of %s on %s", provinces, to)
					.contains(statistics.countsOnByRow(organizations.subtreeCodesQuery(provinces, to), provinces, to));
			}
			Map<String, java.util.List<vn.dangvu.organization.SubtreeSpan>> rows = organizations.subtreeSpans(provinces,
					from, to);
			Map<String, MemberMovements> counted = statistics.movementsByRow(rows, from, to, false);
			assertThat(statistics.movementsByRow(rows, from, to, true)).as("movements of %s in [%s, %s]", provinces, from,
					to).isEqualTo(counted);
			assertThat(statistics.provinceMovements(provinces, from, to)).as("movements by province of %s in [%s, %s]",
					provinces, from, to).contains(counted);
		}
	}

}
