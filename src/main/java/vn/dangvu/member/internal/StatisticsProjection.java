package vn.dangvu.member.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.common.database.CopyLane;
import vn.dangvu.common.database.CopyRows;
import vn.dangvu.organization.Organizations;

/**
 * Keeps the statistics projection (V26, ARCHITECTURE.md data principle 6): {@code member_movement_stat}, the events
 * of each day by the organization the member was in, {@code member_stock_stat}, the members of each organization
 * on each 31 December of the horizon, {@code member_headcount_stat} (V33), the changes of each day in them, and the
 * movements, stock and changes of each day summed by the province of each organization on the day (V34, V39:
 * {@code member_movement_province_stat}, {@code member_stock_province_stat} and
 * {@code member_headcount_province_stat}). All are sums of each member's
 * contribution, computed here in SQL from the member's file, events and periods. A write first
 * {@linkplain #retract takes out} the member's contribution — the member is then pending — and, once the member's
 * periods are written again, {@linkplain #restore puts back} the new one. While any member is pending, readers count
 * from the members' rows instead ({@link #state}).
 */
@Repository
public class StatisticsProjection {

	/**
	 * What a reader needs to know: the years of the stock, whether every member's contribution is in, and the last
	 * day of any change of each day (V38; null for none): none comes after it.
	 */
	public record State(int firstYear, int lastYear, boolean complete, LocalDate changesUntil) {

		public boolean holdsYear(int year) {
			return complete && year >= firstYear && year <= lastYear;
		}

		/** Whether the day is a 31 December whose year the stock {@linkplain #holdsYear holds}. */
		public boolean holdsYearEnd(LocalDate day) {
			return day.getMonthValue() == 12 && day.getDayOfMonth() == 31 && holdsYear(day.getYear());
		}

		/**
		 * The year-end whose stock a day's figures are counted from with the changes between the two (V33), null when
		 * none: the day itself when it is a held year-end; else the 31 December before it, when held, for a day of the
		 * first half of its year (to 2 July) or of a year not held; else the one after it. The changes of each day are
		 * kept from the horizon's first year-end on only, so the year-end after a day is taken only when the one
		 * before it is held too.
		 */
		public LocalDate yearEndFor(LocalDate day) {
			int y = day.getYear();
			if (holdsYearEnd(day)) {
				return day;
			}
			if (holdsYear(y - 1) && (day.getDayOfYear() <= 183 || !holdsYear(y))) {
				return LocalDate.of(y - 1, 12, 31);
			}
			if (holdsYear(y - 1) && holdsYear(y)) {
				return LocalDate.of(y, 12, 31);
			}
			return null;
		}

	}

	/**
	 * How an event of {@code member_event e} is attributed (R-STAT-1): to the organization of the member's period on
	 * its date ({@code p}) and, for a transfer, the one of the period that ended on it ({@code q}); with the member's
	 * file ({@code m}). The projection and the counts from the members' rows use this one text.
	 */
	public static final String EVENT_ATTRIBUTION = """
			join member m on m.id = e.member_id
			join member_period p on p.member_id = e.member_id
			     and p.valid_from <= e.effective_on and e.effective_on < p.valid_to
			left join member_period q on q.member_id = e.member_id and e.type = 'TRANSFERRED'
			     and q.valid_from < e.effective_on and e.effective_on <= q.valid_to""";

	/**
	 * The statement {@code sql} with the parts of the members that the statistics count apart by their file {@code m}
	 * (R-STAT-1) put in for {@code {female}}, {@code {minority}} and {@code {religious}}: a woman, a member of an
	 * ethnic minority, a religious believer. The projection and the counts from the members' rows use these texts.
	 */
	public static String fileParts(String sql) {
		return sql.replace("{female}", "m.gender = 'FEMALE'")
			.replace("{minority}", "lower(m.ethnicity) <> 'kinh'")
			.replace("{religious}", "m.religion is not null");
	}

	/**
	 * The statement {@code sql} with the parts of an admission {@code e} of member {@code m} that the movements count
	 * apart (R-STAT-1) put in: {@link #fileParts}' and, for {@code {young}}, aged 18 to 30 on the day. The projection,
	 * the counts from the members' rows and the list of the members behind a number use these texts.
	 */
	public static String admissionParts(String sql) {
		return fileParts(sql)
			.replace("{young}", "extract(year from age(e.effective_on, m.birth_date)) between 18 and 30");
	}

	/** Members added per statement when the pending ones are applied (an import's new files). */
	static final int BATCH = 20_000;

	/** How a row of the stock adds to the one already there (by organization or by province). */
	private static final String STOCK_ADDED = """
			total = t.total + excluded.total, official = t.official + excluded.official,
			probationary = t.probationary + excluded.probationary, female = t.female + excluded.female,
			minority = t.minority + excluded.minority, religious = t.religious + excluded.religious,
			exempted = t.exempted + excluded.exempted, under30 = t.under30 + excluded.under30""";

	/**
	 * The contribution of the members (those of the condition on {@code p.member_id} put in its {@code %s}) to the
	 * stock, times a sign ({@code ?}), for the years of the horizon from {@code ?} on, as rows of
	 * {@code member_stock_stat} with its breakdown (V40, {@link StockBreakdown}): a period counts on 31 December of
	 * year y when it covers that day (y ≥ year(valid_from), y ≤ year(valid_to) − 1). Each period's year is one row
	 * of {@code x}, its values computed there once ({@code offset 0} keeps PostgreSQL from pulling the subquery up and
	 * computing them again in every sum that tests them): the first load's statement for the nation's 90 million
	 * years of periods, by hand, summed the breakdown in 173–183 s so, in 247 s with each band's birth dates compared
	 * in its own sums (118–132 s without the breakdown; 268 s within a first load of the projection, whose other
	 * steps were faster than the import's).
	 */
	private static final String STOCK_ROWS = """
			select x.year, x.org_code,""" + StockBreakdown.FIGURES + """
			,
			       x.sign * count(*) filter (where x.under30) as under30""" + StockBreakdown.sums() + """

			from (select s.sign, y.year, p.org_code, p.status, p.exempted, {female} as female, {minority} as minority,
			             {religious} as religious,
			             m.birth_date > make_date(y.year, 12, 31) - interval '30 years' as under30,
			             y.year - date_part('year', m.birth_date)::int as age, m.professional_level, m.political_theory
			      from (select ?::bigint as sign, ?::int as from_year) s
			      cross join member_stat_horizon h
			      join member_period p on %s and p.status in ('OFFICIAL', 'PROBATIONARY')
			           and p.org_code is not null
			      join member m on m.id = p.member_id
			      cross join lateral generate_series(greatest(h.first_year, s.from_year, extract(year from p.valid_from)::int),
			                                         least(h.last_year, extract(year from p.valid_to)::int - 1)) as y (year)
			      offset 0) x
			group by 1, 2, x.sign""".transform(StatisticsProjection::fileParts);

	/**
	 * The stock's figures and breakdown (R-STAT-1; its columns but {@code under30}) of each organization on a day,
	 * counted from the members' periods and files ({@code %s}: the relation of the periods {@code p} and files
	 * {@code m}, with {@code s}, the sign and the day's number yyyymmdd of each row, and a condition of its
	 * {@code where} last): the age in whole years on the day is the day's number less the birth date's, in ten
	 * thousands — a birthday on 29 February comes on 1 March of other years, as PostgreSQL's {@code age} counts it,
	 * whose calls, six a member in the bands' cases, were half of Hồ Chí Minh City's 11.5 s. Each member's values are
	 * computed once, as {@link #STOCK_ROWS}' are; grouped by organization with the sums of each column, not by every
	 * combination of the values (663,000 groups for that city's 738,000 members, each a row to the application).
	 * Parameters: those of the relation, then the day twice.
	 */
	private static final String DAY_ROWS = """
			select x.org_code,""" + StockBreakdown.FIGURES + StockBreakdown.sums() + """

			from (select s.sign, p.org_code, p.status, p.exempted, {female} as female, {minority} as minority,
			             {religious} as religious,
			             (s.day - (date_part('year', m.birth_date)::int * 10000
			                       + date_part('month', m.birth_date)::int * 100
			                       + date_part('day', m.birth_date)::int)) / 10000 as age,
			             m.professional_level, m.political_theory
			      from %s
			        and p.valid_from <= ? and p.valid_to > ? and p.status in ('OFFICIAL', 'PROBATIONARY')
			      offset 0) x
			group by x.org_code, x.sign""".transform(StatisticsProjection::fileParts);

	/**
	 * {@link #DAY_ROWS}' relation of the periods of the organizations of an array. Parameters: the day's number, the
	 * codes.
	 */
	private static final String ORGANIZATIONS_ON_DAY = """
			(select 1 as sign, ?::int as day) s
			      cross join member_period p
			      join member m on m.id = p.member_id
			      where p.org_code = any(?::varchar[])""";

	/**
	 * {@link #DAY_ROWS}' relation of the periods of the members {@code candidate}, in the organizations of an array,
	 * counted on the day and taken out on the year-end. Parameters: the day's number, the year-end's, the codes.
	 */
	private static final String CANDIDATES_ON_DAY_AND_YEAR_END = """
			(values (1, ?::int), (-1, ?::int)) s (sign, day)
			      cross join candidate c
			      join member m on m.id = c.id
			      join member_period p on p.member_id = c.id
			      where p.org_code = any(?::varchar[])""";

	/**
	 * The members born within one of the ranges of two arrays (from, to) and of one of the provinces of an array or,
	 * nationally, of none (V42's index, whose first column is the province). Parameters: the two arrays, the
	 * provinces.
	 */
	private static final String BORN_WITHIN_NATION = """
			select b.id from unnest(?::date[], ?::date[]) r (born_from, born_to)
			cross join lateral (select id from member
			                    where province_code = any(?::varchar[]) and birth_date between r.born_from and r.born_to
			                    union all
			                    select id from member
			                    where province_code is null and birth_date between r.born_from and r.born_to) b""";

	/**
	 * The members born within one of the ranges of two arrays (from, to) who are of one of the provinces of an array
	 * (V42) or, belonging to another province or to none, have a period on a day in an organization of one of them
	 * today (its strays, V33). Parameters: the two arrays, the provinces, the provinces, the day twice, the two arrays.
	 */
	private static final String BORN_WITHIN_PROVINCES = """
			select b.id from unnest(?::date[], ?::date[]) r (born_from, born_to)
			cross join lateral (select id from member
			                    where province_code = any(?::varchar[]) and birth_date between r.born_from and r.born_to) b
			union
			select s.member_id from member_period_stray s
			join member m on m.id = s.member_id
			where s.org_province_code = any(?::varchar[]) and s.valid_from <= ? and s.valid_to > ?
			  and exists (select from unnest(?::date[], ?::date[]) r (born_from, born_to)
			              where m.birth_date between r.born_from and r.born_to)""";

	/**
	 * The figures of the stock ({@link #DAY_ROWS}' columns) of each organization of a day shifted from a year-end's
	 * ({@link #shiftedOn}): the year-end's stock of the organizations without a change between the two
	 * ({@code unchanged}), with, for those of their members whose age band differs between the two days
	 * ({@code candidate}), the day's row added and the year-end's taken out; and the day counted from the members'
	 * rows for the others. Parameters: those of the statement of the members found by birth date ({@code %5$s}), the
	 * year and the unchanged codes, {@link #DAY_ROWS}' of {@link #ORGANIZATIONS_ON_DAY} of the changed codes, those of
	 * {@link #CANDIDATES_ON_DAY_AND_YEAR_END} of the unchanged codes.
	 */
	private static final String SHIFTED_ROWS = """
			with candidate (id) as materialized (
			%5$s
			)
			select org_code, %1$s
			from (select org_code, total, official, probationary, female, minority, religious, exempted%2$s
			      from member_stock_stat where year = ? and org_code = any(?::varchar[])
			      union all
			%3$s
			      union all
			%4$s) u
			group by org_code""";

	/**
	 * A day's figures are shifted from a year-end's only when the organizations have at least this many: below, their
	 * members are counted at once in about the time the shift's estimates take.
	 */
	static final int SHIFT_MIN_ORGANIZATIONS = 1_000;

	/**
	 * The shift is taken when the members whose age band may differ between the two days are fewer than the
	 * members of the organizations without a change over this: each found costs its file and periods read by key
	 * (11 µs on the nation, warm), on both days, a member counted from its organization's periods about 5 µs.
	 */
	static final int SHIFT_SHARE_DIVISOR = 4;

	/**
	 * The organizations' changes between the two days are looked up only when the members whose age band may differ
	 * are fewer than all the organizations' members over this: they grow with the days in between, and so do the
	 * changes (Hồ Chí Minh City on 30/06/2025: 39,196 found, 17,215 of its 32,169 organizations changed, looked up in
	 * 0.32 s, and the shift, taken for the 183,316 members of the others, 0.3 s slower than counting its 516,132).
	 */
	static final int SHIFT_LOOKUP_DIVISOR = 16;

	/**
	 * The shift finds by birth date the members of a subtree's provinces and their strays when at most this many of
	 * its organizations have left it since the day, the nation's otherwise ({@link #bornWithin}).
	 */
	static final int SHIFT_PROVINCES_MAX_LEFT = 1_000;

	/**
	 * The columns of the select list {@code select} (of the stock's columns, or sums of them) over the rows of the
	 * organizations on the day counted as the stock's would be ({@link #DAY_ROWS}), of alias {@code d}; the periods
	 * reach the files by key ({@link FilesByKey}). In the caller's transaction.
	 */
	public org.jooq.Result<org.jooq.Record> countedOn(String select, java.util.Collection<String> orgCodes,
			LocalDate day) {
		return FilesByKey.read(dsl, () -> dsl.resultQuery(
				"select " + select + " from (" + DAY_ROWS.formatted(ORGANIZATIONS_ON_DAY) + ") d", number(day),
				orgCodes.toArray(String[]::new), day, day).fetch());
	}

	/**
	 * {@link #countedOn}'s rows on a day other than a year-end, shifted from the stock of the year-end the state
	 * gives for it ({@link State#yearEndFor}), or null when counting is expected to be cheaper (always when
	 * {@code shift} is false; never when it is true). Between the two days an organization's members change only
	 * with its periods or their ages: the organizations with a change of each day (V33) between them — a row for
	 * every day on which one of their counted periods begins or ends, kept when its sums come to zero — are counted
	 * on the day; the others keep their year-end's members, whose rows differ only in the age bands of those with a
	 * birthday in between at which a band begins (31, 41, …), found by birth date (V42) and added on the day and
	 * taken out on the year-end (a member found who does not cross a band adds nothing). On the nation, Hồ Chí Minh
	 * City's statistics of 06/12/2026 (its 738,572 members counted in about 3.5 s) read its 40,672 organizations' rows
	 * of 31/12/2026 and the nation's 46,705 members born within the five windows, 0.8 s, and since they are found in
	 * its province ({@link #bornWithin}) the page takes 1.4–2.5 s; on 30/06/2025 its 39,196 found over half a year are
	 * more than a sixteenth of its members, which are counted.
	 */
	public org.jooq.Result<org.jooq.Record> shiftedOn(String select, String rootCode,
			java.util.Collection<String> orgCodes, LocalDate day, Boolean shift, Boolean byProvinces) {
		LocalDate yearEnd = state().yearEndFor(day);
		if (yearEnd == null || yearEnd.equals(day) || Boolean.FALSE.equals(shift)
				|| (shift == null && orgCodes.size() < SHIFT_MIN_ORGANIZATIONS)) {
			return null;
		}
		LocalDate after = day.isBefore(yearEnd) ? day : yearEnd;
		LocalDate until = day.isBefore(yearEnd) ? yearEnd : day;
		String[] codes = orgCodes.toArray(String[]::new);
		// the members born 31, 41, … years before a day of the window, two days more on each side (a birthday on
		// 29 February): the windows of different bands, half a year at most, do not overlap
		List<java.sql.Date> from = new java.util.ArrayList<>();
		List<java.sql.Date> to = new java.util.ArrayList<>();
		for (vn.dangvu.member.AgeBand band : vn.dangvu.member.AgeBand.values()) {
			if (band.ordinal() > 0) {
				from.add(java.sql.Date.valueOf(after.minusYears(band.from()).minusDays(2)));
				to.add(java.sql.Date.valueOf(until.minusYears(band.from()).plusDays(2)));
			}
		}
		Born born = bornWithin(rootCode, from.toArray(java.sql.Date[]::new), to.toArray(java.sql.Date[]::new), day,
				byProvinces);
		// first the members found by birth date against the organizations' members on the year-end: both read in
		// their indexes, before the changes of every organization are looked up
		long candidates = 0;
		if (shift == null) {
			List<Object> parameters = new java.util.ArrayList<>(List.of(yearEnd.getYear(), codes));
			parameters.addAll(List.of(born.parameters()));
			var costs = dsl.fetchSingle("""
					select (select coalesce(sum(total), 0) from member_stock_stat
					        where year = ? and org_code = any(?::varchar[])),
					       (select count(*) from (%s) b)""".formatted(born.statement()), parameters.toArray());
			candidates = costs.get(1, Long.class);
			if (candidates * SHIFT_LOOKUP_DIVISOR >= costs.get(0, Long.class)) {
				return null;
			}
		}
		var found = dsl.fetchSingle("""
				with changed as materialized (
				    select distinct org_code from member_headcount_stat
				    where org_code = any(?::varchar[]) and on_date > ? and on_date <= ?)
				select array(select org_code from changed),
				       (select coalesce(sum(total), 0) from member_stock_stat
				        where year = ? and org_code = any(?::varchar[])
				          and org_code not in (select org_code from changed))""", codes, after, until,
				yearEnd.getYear(), codes);
		java.util.Set<String> changed = java.util.Set.of(found.get(0, String[].class));
		// then against the members of the organizations without a change, whose year-end's rows are kept
		if (shift == null && candidates * SHIFT_SHARE_DIVISOR >= found.get(1, Long.class)) {
			return null;
		}
		String[] unchanged = orgCodes.stream().filter(code -> !changed.contains(code)).toArray(String[]::new);
		String columns = "total, official, probationary, female, minority, religious, exempted"
				+ StockBreakdown.names();
		String sums = java.util.Arrays.stream(columns.split(", "))
			.map(c -> "sum(" + c + ")::bigint as " + c)
			.collect(java.util.stream.Collectors.joining(", "));
		String statement = "select " + select + " from (" + SHIFTED_ROWS.formatted(sums, StockBreakdown.names(),
				DAY_ROWS.formatted(ORGANIZATIONS_ON_DAY), DAY_ROWS.formatted(CANDIDATES_ON_DAY_AND_YEAR_END),
				born.statement()) + ") d";
		List<Object> parameters = new java.util.ArrayList<>(List.of(born.parameters()));
		parameters.addAll(List.of(yearEnd.getYear(), unchanged, number(day), changed.toArray(String[]::new), day, day,
				number(day), number(yearEnd), unchanged, day, day));
		return FilesByKey.read(dsl, () -> dsl.resultQuery(statement, parameters.toArray()).fetch());
	}

	/** A statement of the ids of the members found by birth date, with its parameters. */
	private record Born(String statement, Object[] parameters) {
	}

	/**
	 * The members born within the ranges (from, to) whose periods on the day in the subtree of {@code rootCode} may be
	 * theirs: of its provinces today and their strays on the day ({@link #BORN_WITHIN_PROVINCES}), or of the nation
	 * ({@link #BORN_WITHIN_NATION}) without a root, on a day after today or when more than
	 * {@value #SHIFT_PROVINCES_MAX_LEFT} of its organizations have left it since (read one by one, their provinces would
	 * cost more than the nation's members they spare); as {@code byProvinces} says when not null (tests take both).
	 * The subtree's provinces today are the root's and those of its organizations that have left it since the day:
	 * the others are still under the root. Reading the provinces of each of Hồ Chí Minh City's 44,320 organizations
	 * took 0.4–0.9 s.
	 */
	private Born bornWithin(String rootCode, java.sql.Date[] from, java.sql.Date[] to, LocalDate day,
			Boolean byProvinces) {
		LocalDate today = LocalDate.now();
		java.util.Set<String> provinces = new java.util.TreeSet<>();
		if (rootCode != null && !day.isAfter(today) && !Boolean.FALSE.equals(byProvinces)) {
			java.util.Set<String> left = organizations.leftSubtreeSince(rootCode, day, today);
			String root = organizations.provinceCodes(List.of(rootCode), today).get(rootCode);
			if (root != null && (left.size() <= SHIFT_PROVINCES_MAX_LEFT || Boolean.TRUE.equals(byProvinces))) {
				provinces.add(root);
				java.util.Map<String, String> ofLeft = organizations.provinceCodes(left, today);
				provinces.addAll(ofLeft.values());
				if (ofLeft.size() < left.size()) {
					provinces.clear(); // one without a province: the nation's
				}
			}
		}
		if (provinces.isEmpty()) {
			return new Born(BORN_WITHIN_NATION, new Object[] { from, to, provinces().toArray(String[]::new) });
		}
		String[] codes = provinces.toArray(String[]::new);
		return new Born(BORN_WITHIN_PROVINCES, new Object[] { from, to, codes, codes, day, day, from, to });
	}

	/** A day's number yyyymmdd, as {@link #DAY_ROWS} computes ages. */
	private static int number(LocalDate day) {
		return day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
	}

	/** The provinces of the members' files (their scale-out key), read from its index one after the other. */
	private List<String> provinces() {
		return dsl.fetch("""
				with recursive p (code) as (
				    select min(province_code) from member
				    union all
				    select (select min(province_code) from member where province_code > p.code) from p
				    where p.code is not null)
				select code from p where code is not null""").getValues(0, String.class);
	}

	/**
	 * {@link #STOCK_ROWS} ({@code %1$s}) added by organization and, in the same statement, by the province of each
	 * organization on that day (V34; {@code %2$s}, {@link #STOCK_BY_PROVINCE} of {@code c}).
	 */
	private static final String STOCK = """
			with c as (
			%1$s
			), by_organization as (
			    insert into member_stock_stat as t (year, org_code, total, official, probationary, female, minority,
			                                        religious, exempted, under30""" + StockBreakdown.names() + """
			)
			    select * from c order by 1, 2
			    on conflict (year, org_code) do update set
			""" + STOCK_ADDED + StockBreakdown.added() + """

			)
			%2$s""";

	/**
	 * The contribution of the members (those of the condition on {@code p.member_id} put in its {@code %s}) to the
	 * changes of each day (V33), times a sign ({@code ?}): a period of an official or probationary member adds one on
	 * its first day and takes one out on its end, for the days after the horizon's first year-end; of a woman, to the
	 * women too (V44), of a member of an ethnic minority or a believer, to those (V45), who are counted on each
	 * year-end with the stock.
	 */
	private static final String HEADCOUNT_ROWS = """
			select d.on_date, p.org_code,
			       s.sign * sum(d.delta) as total,
			       s.sign * coalesce(sum(d.delta) filter (where p.status = 'OFFICIAL'), 0) as official,
			       s.sign * coalesce(sum(d.delta) filter (where p.status = 'PROBATIONARY'), 0) as probationary,
			       s.sign * coalesce(sum(d.delta) filter (where p.exempted), 0) as exempted,
			       s.sign * coalesce(sum(d.delta) filter (where {female}), 0) as female,
			       s.sign * coalesce(sum(d.delta) filter (where {minority}), 0) as minority,
			       s.sign * coalesce(sum(d.delta) filter (where {religious}), 0) as religious
			from (select ?::bigint as sign) s
			cross join member_stat_horizon h
			join member_period p on %s and p.status in ('OFFICIAL', 'PROBATIONARY')
			     and p.org_code is not null
			join member m on m.id = p.member_id
			cross join lateral (values (p.valid_from, 1), (p.valid_to, -1)) as d (on_date, delta)
			where d.on_date > make_date(h.first_year, 12, 31) and d.on_date < date '9999-12-31'
			group by 1, 2, s.sign""".transform(StatisticsProjection::fileParts);

	/**
	 * Moves the last day of a change of each day (V38) on to the last of the rows of {@code %s}, when later: an
	 * upper bound, which a contribution taken out leaves where it was. The horizon's one row is locked only then, so
	 * that writers of changes on days already within it do not wait for each other.
	 */
	private static final String CHANGES_UNTIL = """
			update member_stat_horizon h set changes_until = w.last
			from (select max(on_date) as last from %s) w
			where w.last > coalesce(h.changes_until, date '-infinity')""";

	/** How a row of the changes of each day adds to the one already there (by organization or by province). */
	private static final String HEADCOUNT_ADDED = """
			total = t.total + excluded.total, official = t.official + excluded.official,
			probationary = t.probationary + excluded.probationary, exempted = t.exempted + excluded.exempted,
			female = t.female + excluded.female, minority = t.minority + excluded.minority,
			religious = t.religious + excluded.religious""";

	/**
	 * {@link #HEADCOUNT_ROWS} ({@code %1$s}) added by organization and, in the same statement, by the province of each
	 * organization on the row's day (V39; {@code %2$s}, {@link #HEADCOUNT_BY_PROVINCE} of {@code c}), the last day of a
	 * change moved on to theirs (V38).
	 */
	private static final String HEADCOUNT = """
			with c as (
			%1$s
			), written as (
			    insert into member_headcount_stat as t (on_date, org_code, total, official, probationary, exempted,
			                                            female, minority, religious)
			    select * from c order by 2, 1
			    on conflict (org_code, on_date) do update set
			""" + HEADCOUNT_ADDED + """

			    returning t.on_date
			), by_province as (
			%2$s
			)
			""" + CHANGES_UNTIL.formatted("written");

	/**
	 * The rows of one table of the projection by organization ({@code %1$s c}, with the condition {@code %3$s}) summed
	 * by the province of each organization on the row's day ({@code %2$s}) and by the row's own key, added to those by
	 * province ({@code %4$s}: the table's {@code on conflict}, or nothing into an empty table or the rows just
	 * deleted): the end of {@link #STOCK_BY_PROVINCE} and {@link #HEADCOUNT_BY_PROVINCE}, whose two first columns are
	 * the key and the province.
	 */
	private static final String SUMMED_BY_PROVINCE = """
			from %1$s c
			%2$s
			%3$s
			group by 1, 2
			order by 1, 2
			%4$s""";

	/** The changes of each day by organization summed by province (V39), {@link #SUMMED_BY_PROVINCE}. */
	private static final String HEADCOUNT_BY_PROVINCE = """
			insert into member_headcount_province_stat as t (province_code, on_date, total, official, probationary,
			                                                 exempted, female, minority, religious)
			select coalesce(r.province_code, ''), c.on_date, sum(c.total), sum(c.official), sum(c.probationary),
			       sum(c.exempted), sum(c.female), sum(c.minority), sum(c.religious)
			""" + SUMMED_BY_PROVINCE;

	private static final String HEADCOUNT_BY_PROVINCE_ADDED = "on conflict (province_code, on_date) do update set "
			+ HEADCOUNT_ADDED;

	/**
	 * The contribution of the members (those of the condition on {@code e.member_id} put in its {@code %1$s}) to
	 * the movements, times a sign ({@code ?}), as rows of {@code member_movement_stat}: each event that counts, in the
	 * organization of the member's period on its date and, for a transfer, the one of the period that ended on it —
	 * {@link #EVENT_ATTRIBUTION}, the {@code %2$s}.
	 */
	private static final String MOVEMENT_ROWS = """
			select e.effective_on as on_date, coalesce(p.org_code, '') as org_code,
			       coalesce(q.org_code, '') as was_code, e.type, coalesce(e.detail, '') as detail,
			       case when e.type = 'ADMITTED' then
			           case when {female} then 1 else 0 end
			         + case when {minority} then 2 else 0 end
			         + case when {young} then 4 else 0 end
			       else 0 end as flags,
			       s.sign * count(*) as n
			from (select ?::bigint as sign) s
			join member_event e on %1$s and e.voided_at is null
			%2$s
			group by 1, 2, 3, 4, 5, 6, s.sign""".transform(StatisticsProjection::admissionParts);

	/**
	 * {@link #MOVEMENT_ROWS} ({@code %1$s}) added by organization and, in the same statement, by the province of each
	 * of the two on the event's date (V34, {@link #BY_PROVINCE} of {@code c} in {@code %2$s}).
	 */
	private static final String MOVEMENTS = """
			with c as (
			%1$s
			), by_organization as (
			    insert into member_movement_stat as t (on_date, org_code, was_code, type, detail, flags, n)
			    select * from c order by 1, 2, 3, 4, 5, 6
			    on conflict (on_date, org_code, was_code, type, detail, flags) do update set n = t.n + excluded.n
			)
			%2$s""";

	/**
	 * The rows of the movements by organization ({@code %1$s c}, with the condition {@code %4$s}) summed by the province
	 * of each organization on the row's day ({@code %2$s}) and of the one a transfer came from ({@code %3$s}), added to
	 * those by province ({@code %5$s}: {@link #MOVEMENT_BY_PROVINCE_ADDED}, or nothing into an empty table).
	 */
	private static final String BY_PROVINCE = """
			insert into member_movement_province_stat as t (on_date, province_code, was_province_code, type, detail,
			                                                flags, n)
			select c.on_date, coalesce(r.province_code, ''), coalesce(w.province_code, ''), c.type, c.detail, c.flags,
			       sum(c.n)
			from %1$s c
			%2$s
			%3$s
			%4$s
			group by 1, 2, 3, 4, 5, 6
			order by 1, 2, 3, 4, 5, 6
			%5$s""";

	private static final String MOVEMENT_BY_PROVINCE_ADDED = """
			on conflict (on_date, province_code, was_province_code, type, detail, flags) do update set n = t.n + excluded.n""";

	/**
	 * The stock by organization summed by the province of each organization on the year-end (V34),
	 * {@link #SUMMED_BY_PROVINCE}.
	 */
	private static final String STOCK_BY_PROVINCE = """
			insert into member_stock_province_stat as t (year, province_code, total, official, probationary, female,
			                                             minority, religious, exempted, under30)
			select c.year, coalesce(r.province_code, ''), sum(c.total), sum(c.official), sum(c.probationary),
			       sum(c.female), sum(c.minority), sum(c.religious), sum(c.exempted), sum(c.under30)
			""" + SUMMED_BY_PROVINCE;

	private static final String STOCK_BY_PROVINCE_ADDED = "on conflict (year, province_code) do update set "
			+ STOCK_ADDED;

	/** The first year of {@link #STOCK_ROWS} that takes every year of the horizon (it starts in 2000). */
	private static final int EVERY_YEAR = 0;

	/** The tables of the projection (the first load drops their indexes and builds them after). */
	private static final List<String> TABLES = List.of("member_stock_stat", "member_headcount_stat",
			"member_movement_stat", "member_stock_province_stat", "member_movement_province_stat",
			"member_headcount_province_stat");

	private final DSLContext dsl;

	private final Organizations organizations;

	/** The province spans' query ({@link Organizations#provinceSpansQuery}) as text, once. */
	private volatile String provinceSpans;

	public StatisticsProjection(DSLContext dsl, Organizations organizations) {
		this.dsl = dsl;
		this.organizations = organizations;
	}

	/** The horizon and whether no member is pending, in the caller's transaction. */
	public State state() {
		var r = dsl.fetchSingle("""
				select first_year, last_year, not exists (select 1 from member_stat_pending), changes_until
				from member_stat_horizon""");
		return new State(r.get(0, Integer.class), r.get(1, Integer.class), r.get(2, Boolean.class),
				r.get(3, LocalDate.class));
	}

	/** Takes the member's contribution out before its file, events or periods change; nothing when already out. */
	public void retract(long memberId) {
		retract(new Long[] { memberId });
	}

	/** {@link #retract(long)} for several members at once. */
	public void retract(Long[] memberIds) {
		List<Long> taken = dsl.fetch("""
				insert into member_stat_pending (member_id) select unnest(?::bigint[]) on conflict do nothing
				returning member_id""", (Object) memberIds).getValues(0, Long.class);
		if (!taken.isEmpty()) {
			apply(taken.toArray(Long[]::new), -1);
		}
	}

	/**
	 * Puts the members' contribution back once their rows are written again; nothing for those in already. Answers how
	 * many were put back: those this transaction took off the pending list.
	 */
	public int restore(Long[] memberIds) {
		List<Long> back = dsl.fetch("delete from member_stat_pending where member_id = any(?::bigint[]) returning member_id",
				(Object) memberIds).getValues(0, Long.class);
		if (!back.isEmpty()) {
			apply(back.toArray(Long[]::new), 1);
		}
		return back.size();
	}

	/**
	 * A COPY of the ids of members loaded in bulk into the pending list, in the lane after their files: their
	 * contribution is not in yet ({@link #applyPending} adds it). New members only (a COPY has no {@code on conflict}).
	 */
	public CopyRows pending(CopyLane lane) {
		return lane.copy("copy member_stat_pending (member_id) from stdin");
	}

	/**
	 * Adds the contribution of every pending member, in batches; answers how many there were. On the first load of a
	 * database — every member pending, the tables empty — it sums all of them at once ({@link #loadFirst}): no batch
	 * then updates rows another batch inserted (at national scale, 324 batches took 22 minutes and left the stock's
	 * rows with many dead versions). In one transaction, the caller's if there is one.
	 */
	@Transactional
	public long applyPending(Consumer<String> progress) {
		if (firstLoad()) {
			long members = dsl.fetchSingle("select count(*) from member_stat_pending").get(0, Long.class);
			progress.accept("Cộng " + members + " đảng viên vào bảng thống kê (lần nạp đầu, một lượt)");
			loadFirst(progress);
			dsl.execute("truncate member_stat_pending");
			return members;
		}
		long done = 0;
		while (true) {
			// a batch is read, then put back as after a write (restore: deleted by its ids, those deleted added): taken
			// in one DELETE … IN (SELECT … LIMIT …), the list of keys (MemberStore.followPendingKeys) ran for over 16
			// minutes once the planner took it for empty (vacuumed while rows were being added) and ran the subquery
			// again for every pending row
			Long[] batch = dsl.fetch("select member_id from member_stat_pending order by member_id limit ?", BATCH)
				.getValues(0, Long.class)
				.toArray(Long[]::new);
			if (batch.length == 0) {
				return done;
			}
			int added = restore(batch);
			if (added == 0) {
				continue; // another transaction took them meanwhile
			}
			done += added;
			if (done % (BATCH * 10L) == 0) {
				progress.accept("Đã cộng " + done + " đảng viên vào bảng thống kê");
			}
		}
	}

	/**
	 * Extends the stock to 31 December of {@code year}, counting the new years from every member that is not pending
	 * (a pending one brings all the horizon's years when it is added).
	 */
	public void extendTo(int year) {
		State state = state();
		if (year <= state.lastYear()) {
			return;
		}
		int from = Math.max(state.firstYear(), state.lastYear() + 1);
		dsl.execute("update member_stat_horizon set last_year = ?", year);
		dsl.execute(stock("not exists (select 1 from member_stat_pending x where x.member_id = p.member_id)", false),
				1, from);
	}

	/** Whether the tables are empty and every member is pending: nothing to add to, everything to add. */
	private boolean firstLoad() {
		return dsl.fetchSingle("""
				select not exists (select from member_stock_stat) and not exists (select from member_movement_stat)
				       and not exists (select from member_headcount_stat)
				       and not exists (select from member_stock_province_stat)
				       and not exists (select from member_movement_province_stat)
				       and not exists (select from member_headcount_province_stat)
				       and exists (select from member_stat_pending)
				       and not exists (select from member m
				                       where not exists (select from member_stat_pending x where x.member_id = m.id))""")
			.get(0, Boolean.class);
	}

	private void apply(Long[] memberIds, int sign) {
		dsl.execute(stock("p.member_id = any(?::bigint[])", true), sign, EVERY_YEAR, memberIds);
		dsl.execute(HEADCOUNT.formatted(HEADCOUNT_ROWS.formatted("p.member_id = any(?::bigint[])"),
				headcountByProvince("c", "", true, HEADCOUNT_BY_PROVINCE_ADDED)), sign, memberIds);
		dsl.execute(movements("e.member_id = any(?::bigint[])", true), sign, memberIds);
	}

	/**
	 * Sums the rows by province again from the day on (V34, V39): a move, merge or split has changed the province of
	 * organizations from that day, so their rows from then on belong to another. The tables by province are locked
	 * against the writes of other members meanwhile.
	 */
	public void rebuildProvinces(LocalDate from) {
		dsl.execute("""
				lock table member_movement_province_stat, member_stock_province_stat, member_headcount_province_stat
				in share row exclusive mode""");
		dsl.execute("delete from member_movement_province_stat where on_date >= ?", from);
		// the changes of each day only when some come on the day or after (V38, read once the writers are locked
		// out): keyed by organization, the nation's 14.4 million rows are read whole for those of a day on, 4.2 s
		// for a merge dated after the last of them
		LocalDate changesUntil = state().changesUntil();
		boolean changes = changesUntil != null && !from.isAfter(changesUntil);
		if (changes) {
			dsl.execute("delete from member_headcount_province_stat where on_date >= ?", from);
		}
		// the year-ends from the day on: those of its year and after (by the stock's key: a condition on the
		// year-end's date read the nation's 9.5 million rows of every year, 10 s)
		dsl.execute("delete from member_stock_province_stat where year >= ?", from.getYear());
		dsl.execute(byProvince("member_movement_stat", "where c.on_date >= ?", false, ""), from);
		dsl.execute(stockByProvince("member_stock_stat", "where c.year >= ?", false, ""), from.getYear());
		if (changes) {
			dsl.execute(headcountByProvince("member_headcount_stat", "where c.on_date >= ?", false, ""), from);
		}
	}

	/**
	 * The first load, into empty tables: their indexes dropped and built after the rows; each table's rows summed
	 * into a temporary table first — a statement that only reads, which PostgreSQL can run in parallel, where an
	 * {@code INSERT … SELECT} runs in one process (at province scale the movements took 31 s in one statement with
	 * their inserts) — then inserted in their key's order, and summed by province from there. The movements are summed
	 * in parallel, the stock and the changes of each day {@linkplain #inOneProcessInMemory in one process}.
	 */
	private void loadFirst(Consumer<String> progress) {
		// one row, which autovacuum never analyzes (V37): the planner would take it for thousands
		dsl.execute("analyze member_stat_horizon");
		List<String> indexes = BulkLoadIndexes.drop(dsl, TABLES, true);
		loadFirst("1/3, số đảng viên cuối mỗi năm", progress, STOCK_ROWS.formatted("true"), true, "member_stock_stat",
				"1, 2", null, stockByProvince("stat_rows", "", false, ""), 1, EVERY_YEAR);
		loadFirst("2/3, số đảng viên từng ngày", progress, HEADCOUNT_ROWS.formatted("true"), true,
				"member_headcount_stat", "2, 1", CHANGES_UNTIL.formatted("stat_rows"),
				headcountByProvince("stat_rows", "", false, ""), 1);
		loadFirst("3/3, biến động đảng viên", progress, MOVEMENT_ROWS.formatted("true", EVENT_ATTRIBUTION), false,
				"member_movement_stat", "1, 2, 3, 4, 5, 6", null, byProvince("stat_rows", "", false, ""), 1);
		progress.accept("Đang lập lại " + indexes.size() + " chỉ mục và khóa của bảng thống kê");
		BulkLoadIndexes.build(dsl, indexes, progress);
		dsl.execute("analyze " + String.join(", ", TABLES));
	}

	/**
	 * Runs the work with the sums of its statements made by one process in memory, then the transaction's settings as
	 * they were. The stock and the changes of each day have many groups for their rows (the nation: 7.6 million from
	 * some 90 million years of periods, 14.4 million from 33 million starts and ends): summed in parallel, each
	 * process summed its share on disk and the shares were sorted and summed again; one process with room for all
	 * the groups took 105 s instead of 158 s and 52 s instead of 99 s (03/12, the national data). Only for the sums:
	 * in the national import that gave the inserts and the sums by province these settings too, they were slower
	 * (63 s against 28 s for the 14.4 million changes) — the insert timed alone afterwards showed no clear difference
	 * (51–70 s either way), so they keep the transaction's settings. The movements, whose rows come from joins that
	 * run well in parallel, are left as they are.
	 */
	private void inOneProcessInMemory(Runnable work) {
		var before = dsl.fetchSingle("""
				select current_setting('work_mem'), current_setting('max_parallel_workers_per_gather'),
				       current_setting('enable_memoize')""");
		setLocally("2GB", "0", "off");
		work.run();
		setLocally(before.get(0, String.class), before.get(1, String.class), before.get(2, String.class));
	}

	/** Sets {@code work_mem}, the parallel workers of a query and memoizing for the rest of the transaction. */
	private void setLocally(String workMem, String parallelWorkers, String memoize) {
		dsl.fetch("select set_config('work_mem', ?, true), set_config('max_parallel_workers_per_gather', ?, true), "
				+ "set_config('enable_memoize', ?, true)", workMem, parallelWorkers, memoize);
	}

	/**
	 * One table's first load: its rows summed into {@code stat_rows} ({@link #inOneProcessInMemory} or not), inserted
	 * in the order given, followed by the statement {@code recorded} on them if any, summed by province if it has sums
	 * by province; each step announced to {@code progress} with the table's {@code title}.
	 */
	private void loadFirst(String title, Consumer<String> progress, String rows, boolean oneProcess, String table,
			String order, String recorded, String byProvince, Object... bindings) {
		progress.accept("Bảng thống kê " + title + ": đang cộng");
		// the values inlined: a CREATE TABLE AS takes no parameters
		int[] summed = new int[1];
		Runnable sum = () -> summed[0] = dsl.execute(
				dsl.renderInlined(DSL.query("create temporary table stat_rows on commit drop as " + rows, bindings)));
		if (oneProcess) {
			inOneProcessInMemory(sum);
		}
		else {
			sum.run();
		}
		progress.accept("Bảng thống kê " + title + ": đang ghi " + summed[0] + " dòng");
		dsl.execute("insert into " + table + " select * from stat_rows order by " + order);
		if (recorded != null) {
			dsl.execute(recorded);
		}
		if (byProvince != null) {
			progress.accept("Bảng thống kê " + title + ": đang cộng theo tỉnh");
			dsl.execute(byProvince);
		}
		dsl.execute("drop table stat_rows");
	}

	/** {@link #STOCK} of the members of the condition, their provinces {@linkplain #provinceOf probed} or not. */
	private String stock(String members, boolean probe) {
		return STOCK.formatted(STOCK_ROWS.formatted(members), stockByProvince("c", "", probe, STOCK_BY_PROVINCE_ADDED));
	}

	/** {@link #STOCK_BY_PROVINCE} of the rows of the relation and condition given. */
	private String stockByProvince(String rows, String condition, boolean probe, String added) {
		return summedByProvince(STOCK_BY_PROVINCE, "make_date(c.year, 12, 31)", rows, condition, probe, added);
	}

	/** {@link #HEADCOUNT_BY_PROVINCE} of the rows of the relation and condition given. */
	private String headcountByProvince(String rows, String condition, boolean probe, String added) {
		return summedByProvince(HEADCOUNT_BY_PROVINCE, "c.on_date", rows, condition, probe, added);
	}

	/** A statement of {@link #SUMMED_BY_PROVINCE}, each row's organization in its province of the {@code day}. */
	private String summedByProvince(String statement, String day, String rows, String condition, boolean probe,
			String added) {
		return statement.formatted(rows, provinceOf("r", "c.org_code", day, probe), condition, added);
	}

	/** {@link #MOVEMENTS} of the members of the condition, their provinces {@linkplain #provinceOf probed} or not. */
	private String movements(String members, boolean probe) {
		return MOVEMENTS.formatted(MOVEMENT_ROWS.formatted(members, EVENT_ATTRIBUTION),
				byProvince("c", "", probe, MOVEMENT_BY_PROVINCE_ADDED));
	}

	/** {@link #BY_PROVINCE} of the rows of the relation and condition given. */
	private String byProvince(String rows, String condition, boolean probe, String added) {
		return BY_PROVINCE.formatted(rows, provinceOf("r", "c.org_code", "c.on_date", probe),
				provinceOf("w", "c.was_code", "c.on_date", probe), condition, added);
	}

	/**
	 * The join that gives {@code alias.province_code}, the province of the organization {@code code} on {@code day}
	 * (null for none). Probed for each row when a few members' rows are added: four index probes a row, where a join
	 * with every organization's spans was planned as a hash of the nation's 782,000 spans (3.3 s for one member's
	 * stock). Joined by hash for the rows of a whole table (the first load, a rebuild).
	 */
	private String provinceOf(String alias, String code, String day, boolean probe) {
		String spans = provinceSpans();
		if (probe) {
			return """
					left join lateral (select x.province_code from (%s) x
					                   where x.code = %s and x.valid_from <= %s and %s < x.valid_to limit 1) %s on true"""
				.formatted(spans, code, day, day, alias);
		}
		return "left join (%s) %s on %s.code = %s and %s.valid_from <= %s and %s < %s.valid_to".formatted(spans, alias,
				alias, code, alias, day, day, alias);
	}

	private String provinceSpans() {
		if (provinceSpans == null) {
			provinceSpans = dsl.renderInlined(organizations.provinceSpansQuery());
		}
		return provinceSpans;
	}

}
