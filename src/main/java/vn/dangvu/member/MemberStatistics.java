package vn.dangvu.member;

import static vn.dangvu.member.internal.schema.Tables.MEMBER;
import static vn.dangvu.member.internal.schema.Tables.MEMBER_PERIOD;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Record4;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.member.internal.StatisticsProjection;
import vn.dangvu.member.internal.StockBreakdown;
import vn.dangvu.organization.SubtreeSpan;

/**
 * Counts over members for statistics and summaries, as of a date and over a period (R-STAT-1). The state on a date D
 * is the state after every event with {@code effective_on ≤ D}.
 */
@Service
@Transactional(readOnly = true)
public class MemberStatistics {

	/**
	 * Above this many organization spans, and when they are also a large share of all organizations (a city's whole
	 * tree, not one province of the nation), reading all the period's events beats finding the subtree's members
	 * first. A province of the national data (about 10,000 of 352,000 organizations) read the nation's 5.9 million
	 * events of a year in 181 s; through its members' periods, in seconds.
	 */
	static final int SMALL_SUBTREE_SPANS = 300;

	/** The share of all organizations from which a subtree reads all the period's events: a quarter. */
	static final int LARGE_SHARE_DIVISOR = 4;

	/** The movements of every type of event. */
	private static final Set<MemberEventType> EVERY_TYPE = EnumSet.allOf(MemberEventType.class);

	private static final String SUBTREE_MEMBERS_EVENTS = """
			and e.member_id in (select mp.member_id from member_period mp
			                    where mp.org_code in (select code from sub) and mp.valid_from <= {2} and mp.valid_to > {1})
			""";

	/**
	 * The movements of the spans' rows counted per event: the organization of the member's period on the event's date
	 * and, for a transfer, of the period that ended on it.
	 */
	private static final String EVENT_MOVEMENTS = """
			with sub (row_key, code, valid_from, valid_to) as ({0})
			select e.type, e.detail, s_in.row_key as row_in, s_was.row_key as row_was,
			       e.type = 'ADMITTED' and {female} as female,
			       e.type = 'ADMITTED' and {minority} as minority,
			       e.type = 'ADMITTED' and {young} as young,
			       count(*)
			from member_event e
			%s
			-- the spans joined by code (a hash join), not probed per event; rows never cover one organization twice a day
			left join sub s_in on s_in.code = p.org_code
			     and s_in.valid_from <= e.effective_on and e.effective_on < s_in.valid_to
			left join sub s_was on s_was.code = q.org_code
			     and s_was.valid_from <= e.effective_on and e.effective_on < s_was.valid_to
			where e.voided_at is null and e.effective_on between {1} and {2} and {3}
			  -- for a small subtree, only its members' events (through the index on periods); a large one reads them all
			  %s
			group by 1, 2, 3, 4, 5, 6, 7
			""".transform(StatisticsProjection::admissionParts);

	/**
	 * The movements of the spans' rows from the projection (V26), which holds the same attribution per day and
	 * organization: the rows of the period, of all organizations or ({@link #PROJECTED_SUBTREE}) of the subtree's.
	 */
	private static final String PROJECTED_MOVEMENTS = """
			with sub (row_key, code, valid_from, valid_to) as ({0}), stat as (
			    %s
			)
			select s.type, s.detail, s_in.row_key as row_in, s_was.row_key as row_was, s.flags::int, sum(s.n)::bigint
			from stat s
			left join sub s_in on s_in.code = s.org_code
			     and s_in.valid_from <= s.on_date and s.on_date < s_in.valid_to
			left join sub s_was on s_was.code = s.was_code
			     and s_was.valid_from <= s.on_date and s.on_date < s_was.valid_to
			group by 1, 2, 3, 4, 5
			having sum(s.n) <> 0
			""";

	/** All the period's rows of the projection (of the types asked for: {3}). */
	private static final String PROJECTED_ALL = """
			select * from member_movement_stat where on_date between {1} and {2} and {3}""";

	/** The period's rows of the projection into the subtree's organizations (of the types asked for: {3}). */
	private static final String PROJECTED_SUBTREE = """
			select * from member_movement_stat where on_date between {1} and {2} and {3}
			    and org_code in (select code from sub)""";

	/** The period's transfers out of the subtree's organizations into others, read when transfers are asked for. */
	private static final String PROJECTED_TRANSFERS_OUT = """
			    union all
			    select * from member_movement_stat where on_date between {1} and {2} and type = 'TRANSFERRED'
			           and was_code in (select code from sub) and was_code <> '' and org_code not in (select code from sub)""";

	private final DSLContext dsl;

	private final StatisticsProjection projection;

	/**
	 * Whether a day's figures other than a year-end's are shifted from a year-end's stock
	 * ({@code StatisticsProjection.shiftedOn}): when null, as its estimates say; tests set it both ways to compare.
	 */
	Boolean shift;

	/**
	 * Whether the shift finds the members by birth date in the subtree's provinces and their strays, or in the nation
	 * ({@code StatisticsProjection.shiftedOn}): when null, as the organizations that have left the subtree since the
	 * day say; tests set it both ways.
	 */
	Boolean shiftByProvinces;

	/**
	 * Whether the events behind a number are read by the members of its organizations or among the nation's of their
	 * type ({@link #movementEvents}): when null, whichever are fewer; tests set it both ways.
	 */
	Boolean eventsByMember;

	MemberStatistics(DSLContext dsl, StatisticsProjection projection) {
		this.dsl = dsl;
		this.projection = projection;
	}

	/**
	 * Official and probationary members of the organizations on the date: on a 31 December of the projection's
	 * horizon, the sum of the organizations' rows in it (V26); on another day, counted from the members' periods.
	 */
	public MemberCountsOn countsOn(Collection<String> orgCodes, LocalDate date) {
		return countsOnByRow(Map.of("", orgCodes), date).get("");
	}

	/**
	 * {@link #countsOn} of several rows at once, each a set of organizations (the subtrees of the nation's provinces):
	 * every row has an entry. On a year-end of the projection's horizon, one statement sums the stock of all of them.
	 */
	public Map<String, MemberCountsOn> countsOnByRow(Map<String, ? extends Collection<String>> rows, LocalDate date) {
		return countsOnByRow(codeRows(rows), rows.keySet(), date);
	}

	/**
	 * {@link #countsOnByRow(Map, LocalDate)} of rows given as a query of two columns, {@code row_key} and
	 * {@code code} (the organization module's {@code subtreeCodesQuery}), so that the nation's 352,000 codes stay in
	 * the database; every key has an entry.
	 */
	public Map<String, MemberCountsOn> countsOnByRow(Select<? extends Record2<String, String>> rows,
			Collection<String> keys, LocalDate date) {
		return countsOnByRow((QueryPart) rows, keys, date);
	}

	private Map<String, MemberCountsOn> countsOnByRow(QueryPart rows, Collection<String> keys, LocalDate date) {
		Map<String, MemberCountsOn> counts = new HashMap<>();
		boolean stock = projection.state().holdsYearEnd(date);
		(stock ? dsl.resultQuery("""
				with sub (row_key, code) as ({0})
				select sub.row_key, sum(total)::bigint, sum(official)::bigint, sum(probationary)::bigint,
				       sum(female)::bigint, sum(minority)::bigint, sum(religious)::bigint, sum(exempted)::bigint,
				       sum(under30)::bigint
				from sub join member_stock_stat s on s.org_code = sub.code and s.year = {1}
				group by sub.row_key""", rows, DSL.val(date.getYear())) : countedQuery(rows, date))
			.forEach(r -> counts.put(r.get(0, String.class), counts(r)));
		keys.forEach(key -> counts.putIfAbsent(key, new MemberCountsOn(0, 0, 0, 0, 0, 0, 0, 0)));
		return counts;
	}

	/** The counts of a row keyed by its first column: total, official, …, under 30 in the next eight. */
	private static MemberCountsOn counts(Record r) {
		return new MemberCountsOn(r.get(1, Long.class), r.get(2, Long.class), r.get(3, Long.class), r.get(4, Long.class),
				r.get(5, Long.class), r.get(6, Long.class), r.get(7, Long.class), r.get(8, Long.class));
	}

	/**
	 * {@link #countsOnByRow} of whole provinces (organizations top-level on the date, each row one's subtree), from
	 * the stock summed by province (V34): every province has an entry. Empty when the projection cannot tell (not a
	 * year-end of its horizon, or a member pending).
	 */
	public Optional<Map<String, MemberCountsOn>> provinceCountsOn(Collection<String> provinces, LocalDate date) {
		if (!projection.state().holdsYearEnd(date)) {
			return Optional.empty();
		}
		Map<String, MemberCountsOn> counts = new HashMap<>();
		dsl.resultQuery("""
				select province_code, total, official, probationary, female, minority, religious, exempted, under30
				from member_stock_province_stat where year = ? and province_code = any(?::varchar[])""",
				date.getYear(), provinces.toArray(String[]::new))
			.forEach(r -> counts.put(r.get(0, String.class), counts(r)));
		provinces.forEach(key -> counts.putIfAbsent(key, new MemberCountsOn(0, 0, 0, 0, 0, 0, 0, 0)));
		return Optional.of(counts);
	}

	/**
	 * {@link #movementsByRow} of whole provinces (organizations top-level on every day of the period, each row one's
	 * subtree), from the movements summed by province (V34): about 7,000 rows a province and year instead of its
	 * organizations' 40,000. Empty while a member is pending.
	 */
	public Optional<Map<String, MemberMovements>> provinceMovements(Collection<String> provinces, LocalDate from,
			LocalDate to) {
		if (!projection.state().complete()) {
			return Optional.empty();
		}
		String[] codes = provinces.toArray(String[]::new);
		Tally tally = new Tally(false);
		countProjected(tally, dsl.resultQuery("""
				select type, detail, case when province_code = any(?::varchar[]) then province_code end,
				       case when was_province_code = any(?::varchar[]) then was_province_code end, flags::int,
				       sum(n)::bigint
				from member_movement_province_stat
				where on_date between ? and ?
				  and (province_code = any(?::varchar[]) or was_province_code = any(?::varchar[]))
				group by 1, 2, 3, 4, 5
				having sum(n) <> 0""", codes, codes, from, to, codes, codes).fetch());
		return Optional.of(movements(tally.rows));
	}

	/** {@link #countsOn} counted from the members' periods, whatever the day. */
	MemberCountsOn countedOn(Collection<String> orgCodes, LocalDate date) {
		return countedQuery(codeRows(Map.of("", orgCodes)), date).fetchOptional()
			.map(MemberStatistics::counts)
			.orElse(new MemberCountsOn(0, 0, 0, 0, 0, 0, 0, 0));
	}

	/** The counts of {@link MemberCountsOn} per row key, from the members' periods on the date. */
	private ResultQuery<Record> countedQuery(QueryPart rows, LocalDate date) {
		return dsl.resultQuery("""
				with sub (row_key, code) as ({0})
				select sub.row_key, count(*), count(*) filter (where p.status = 'OFFICIAL'),
				       count(*) filter (where p.status = 'PROBATIONARY'), count(*) filter (where {female}),
				       count(*) filter (where {minority}), count(*) filter (where {religious}),
				       count(*) filter (where p.exempted), count(*) filter (where m.birth_date > {2})
				from member_period p
				join sub on sub.code = p.org_code
				join member m on m.id = p.member_id
				where p.valid_from <= {1} and p.valid_to > {1} and p.status in ('OFFICIAL', 'PROBATIONARY')
				group by sub.row_key""".transform(StatisticsProjection::fileParts), rows, DSL.val(date),
				DSL.val(date.minusYears(30)));
	}

	/** Rows of organization codes given in the application, as the relation (row_key, code) of the statements. */
	private static QueryPart codeRows(Map<String, ? extends Collection<String>> rows) {
		List<String> keys = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		rows.forEach((key, orgCodes) -> orgCodes.forEach(code -> {
			keys.add(key);
			codes.add(code);
		}));
		return DSL.sql("select * from unnest(?::varchar[], ?::varchar[])", keys.toArray(String[]::new),
				codes.toArray(String[]::new));
	}

	/**
	 * Official and probationary members on the date, broken down per organization code (those with none have no
	 * entry): on a 31 December of the projection's horizon from the organizations' rows of its stock (V26, V40),
	 * on another day shifted from a year-end's stock or counted from the members' files and periods ({@link #rowsOn}).
	 */
	public Map<String, MemberBreakdown> breakdownByOrganization(Collection<String> orgCodes, LocalDate date) {
		return breakdown(null, orgCodes, date, true);
	}

	/**
	 * {@link #breakdownByOrganization(Collection, LocalDate)} of the organizations of the subtree of {@code rootCode}
	 * on the date (all of them, or some): a day shifted from a year-end's stock finds the members whose age band may
	 * differ in the subtree's provinces ({@code StatisticsProjection.shiftedOn}), not in the nation.
	 */
	public Map<String, MemberBreakdown> breakdownByOrganization(String rootCode, Collection<String> orgCodes,
			LocalDate date) {
		return breakdown(rootCode, orgCodes, date, true);
	}

	/** {@link #breakdownByOrganization(Collection, LocalDate)}, from the stock only when {@code fromStock}. */
	Map<String, MemberBreakdown> breakdownByOrganization(Collection<String> orgCodes, LocalDate date,
			boolean fromStock) {
		return breakdown(null, orgCodes, date, fromStock);
	}

	private Map<String, MemberBreakdown> breakdown(String rootCode, Collection<String> orgCodes, LocalDate date,
			boolean fromStock) {
		Map<String, MemberBreakdown> result = new HashMap<>();
		if (orgCodes.isEmpty()) {
			return result;
		}
		String select = "org_code, total, official, probationary, female, minority, religious, exempted"
				+ StockBreakdown.names();
		for (Record r : rowsOn(rootCode, orgCodes, date, select, fromStock)) {
			MemberBreakdown one = new MemberBreakdown(r.get("total", Long.class), r.get("official", Long.class),
					r.get("probationary", Long.class), r.get("female", Long.class), r.get("minority", Long.class),
					r.get("religious", Long.class), r.get("exempted", Long.class),
					byValue(r, AgeBand.values(), StockBreakdown::age, false),
					byValue(r, ProfessionalLevel.values(), StockBreakdown::level, true),
					byValue(r, PoliticalTheory.values(), StockBreakdown::theory, true));
			// a row of zeros: its members' contributions taken out again
			if (!one.equals(MemberBreakdown.empty())) {
				result.put(r.get("org_code", String.class), one);
			}
		}
		return result;
	}

	/**
	 * The movements of a period for several rows at once, each row a set of spans of organizations (a child
	 * organization's subtree as it stood over the period, or a year of one subtree): each event is counted in the row
	 * whose span covers the member's organization on the event's date, a transfer in the row it went to and the one
	 * it came from when they differ. The spans of different rows must not cover the same organization on the same day.
	 * Rows without any event are left out.
	 */
	public Map<String, MemberMovements> movementsByRow(Map<String, List<SubtreeSpan>> rows, LocalDate from,
			LocalDate to) {
		return movementsByRow(rows, from, to, EVERY_TYPE);
	}

	/**
	 * {@link #movementsByRow(Map, LocalDate, LocalDate)} of the events of the given types only, the others counted
	 * zero: the dashboard's ten years of admissions read the admissions of the projection, not its transfers, grades
	 * and badges (Cần Thơ's largest district: 389,791 rows of all types, 447 ms).
	 */
	public Map<String, MemberMovements> movementsByRow(Map<String, List<SubtreeSpan>> rows, LocalDate from,
			LocalDate to, Set<MemberEventType> types) {
		return movementsByRow(rows, from, to, types, projection.state().complete());
	}

	/**
	 * {@link #movementsByRow(Map, LocalDate, LocalDate)} of rows given as a query of four columns, {@code row_key},
	 * {@code code}, {@code valid_from} and {@code valid_to} (the organization module's {@code subtreeSpansQuery}), of
	 * about {@code spans} spans in all (the size the statement is planned for): the nation's 500,000 spans stay in the
	 * database.
	 */
	public Map<String, MemberMovements> movementsByRow(
			Select<? extends Record4<String, String, LocalDate, LocalDate>> rows, int spans, LocalDate from, LocalDate to) {
		Tally tally = new Tally(false);
		count(tally, rows, spans, from, to, EVERY_TYPE, projection.state().complete());
		return movements(tally.rows);
	}

	/** {@link #movementsByRow} from the projection's counts per day and organization, or from the members' events. */
	Map<String, MemberMovements> movementsByRow(Map<String, List<SubtreeSpan>> rows, LocalDate from, LocalDate to,
			boolean fromProjection) {
		return movementsByRow(rows, from, to, EVERY_TYPE, fromProjection);
	}

	/** {@link #movementsByRow} of the given types, from the projection when asked. */
	Map<String, MemberMovements> movementsByRow(Map<String, List<SubtreeSpan>> rows, LocalDate from, LocalDate to,
			Set<MemberEventType> types, boolean fromProjection) {
		return movements(tally(rows, from, to, types, fromProjection, false).rows);
	}

	/**
	 * The movements of a table's rows ({@link #movementsByRow(Map, LocalDate, LocalDate)}) and of all its rows as one
	 * subtree — a transfer between two of them not counted —, from one read of the events: the movements of a province
	 * were read twice, for its rows and for its total (Hồ Chí Minh City's year, about 1.5 s each).
	 */
	public TableMovements tableMovements(Map<String, List<SubtreeSpan>> rows, LocalDate from, LocalDate to) {
		return tableMovements(rows, from, to, projection.state().complete());
	}

	/** {@link #tableMovements(Map, LocalDate, LocalDate)}, from the projection when asked. */
	TableMovements tableMovements(Map<String, List<SubtreeSpan>> rows, LocalDate from, LocalDate to,
			boolean fromProjection) {
		Tally tally = tally(rows, from, to, EVERY_TYPE, fromProjection, true);
		return new TableMovements(movements(tally.rows),
				tally.whole.containsKey("") ? tally.whole.get("").movements() : MemberMovements.none());
	}

	/** The events of the spans' rows counted, and of all of them as one row when asked ({@code whole}). */
	private Tally tally(Map<String, List<SubtreeSpan>> rows, LocalDate from, LocalDate to, Set<MemberEventType> types,
			boolean fromProjection, boolean whole) {
		Tally tally = new Tally(whole);
		List<String> keys = new ArrayList<>();
		List<SubtreeSpan> spans = new ArrayList<>();
		rows.forEach((key, list) -> list.forEach(span -> {
			keys.add(key);
			spans.add(span);
		}));
		if (spans.isEmpty()) {
			return tally;
		}
		QueryPart sub = DSL.sql("select * from unnest(?::varchar[], ?::varchar[], ?::date[], ?::date[])",
				keys.toArray(String[]::new), spans.stream().map(SubtreeSpan::code).toArray(String[]::new),
				spans.stream().map(s -> Date.valueOf(s.validFrom())).toArray(Date[]::new),
				spans.stream().map(s -> Date.valueOf(s.validTo())).toArray(Date[]::new));
		count(tally, sub, spans.size(), from, to, types, fromProjection);
		return tally;
	}

	/**
	 * Counts into the tally the events of the spans' relation (row_key, code, valid_from, valid_to) of {@code spans}
	 * rows ({@link #movementsByRow}).
	 */
	private void count(Tally tally, QueryPart sub, int spans, LocalDate from, LocalDate to,
			Set<MemberEventType> types, boolean fromProjection) {
		if (spans == 0) {
			return;
		}
		customPlans();
		boolean all = readsAllEvents(spans);
		// every type: no condition at all, so that the summaries' plans are those they had before the types
		Field<String[]> names = DSL.val(types.stream().map(Enum::name).toArray(String[]::new),
				SQLDataType.VARCHAR.array());
		boolean every = types.containsAll(EVERY_TYPE);
		if (fromProjection) {
			// the rows are grouped into a few thousand (types by rows), which the planner cannot know from the spans'
			// subquery: it estimated 1.4 million groups for the nation's year and sorted the 1.4 million day rows on
			// disk before grouping them (2 of its 6 s); hashing them is the plan for any size
			dsl.execute("set local enable_sort = off");
			String stat = all ? PROJECTED_ALL
					: types.contains(MemberEventType.TRANSFERRED) ? PROJECTED_SUBTREE + PROJECTED_TRANSFERS_OUT
							: PROJECTED_SUBTREE;
			var rows = dsl.resultQuery(PROJECTED_MOVEMENTS.formatted(stat), sub, DSL.val(from), DSL.val(to),
					every ? DSL.trueCondition() : DSL.condition("type = any({0})", names))
				.fetch();
			dsl.execute("set local enable_sort = on");
			countProjected(tally, rows);
		}
		else {
			dsl.resultQuery(EVENT_MOVEMENTS.formatted(StatisticsProjection.EVENT_ATTRIBUTION,
					all ? "" : SUBTREE_MEMBERS_EVENTS), sub, DSL.val(from), DSL.val(to),
					every ? DSL.trueCondition() : DSL.condition("e.type = any({0})", names))
				.forEach(r -> tally.count(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
						r.get(3, String.class), Boolean.TRUE.equals(r.get(4, Boolean.class)),
						Boolean.TRUE.equals(r.get(5, Boolean.class)), Boolean.TRUE.equals(r.get(6, Boolean.class)),
						r.get(7, Long.class)));
		}
	}

	private static Map<String, MemberMovements> movements(Map<String, Counter> counters) {
		Map<String, MemberMovements> result = new HashMap<>();
		counters.forEach((key, c) -> result.put(key, c.movements()));
		return result;
	}

	/**
	 * Counts the rows of the projection read as (type, detail, row in, row it came from, flags, n): the detail ''
	 * for none, the flags of an admission as {@code member_movement_stat} keeps them.
	 */
	private static void countProjected(Tally tally, List<? extends Record> rows) {
		rows.forEach(r -> {
			int flags = r.get(4, Integer.class);
			String detail = r.get(1, String.class);
			tally.count(r.get(0, String.class), detail.isEmpty() ? null : detail, r.get(2, String.class),
					r.get(3, String.class), (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, r.get(5, Long.class));
		});
	}

	/**
	 * Counts n events of a type in the row they came into ({@code in}) and, for a transfer, the one they left
	 * ({@code was}): a transfer only when it crosses between rows.
	 */
	private static void count(Map<String, Counter> counters, String type, String detail, String in, String was,
			boolean female, boolean minority, boolean young, long n) {
		if ("TRANSFERRED".equals(type)) {
			if (!java.util.Objects.equals(in, was)) {
				if (in != null) {
					counters.computeIfAbsent(in, k -> new Counter()).add("IN", n);
				}
				if (was != null) {
					counters.computeIfAbsent(was, k -> new Counter()).add("OUT", n);
				}
			}
			return;
		}
		if (in == null) {
			return;
		}
		Counter c = counters.computeIfAbsent(in, k -> new Counter());
		switch (type) {
			case "BADGE_AWARDED" -> c.badges.merge(detail, n, Long::sum);
			case "ASSESSED" -> c.grades.merge(detail, n, Long::sum);
			case "ADMITTED" -> {
				c.add(type, n);
				c.add(female ? "ADMITTED_FEMALE" : "-", n);
				c.add(minority ? "ADMITTED_MINORITY" : "-", n);
				c.add(young ? "ADMITTED_YOUNG" : "-", n);
			}
			default -> c.add(type, n);
		}
	}

	/**
	 * Plans this transaction's statements for their parameters every time. After five executions the JDBC driver
	 * prepares a statement on the server, and PostgreSQL may then settle on a generic plan that ignores how large the
	 * subtree and the period are — one plan for a commune and for Hà Nội —, and in which a filter {@code = any(?)}
	 * compares each row with the array's codes one by one: planned for the array, PostgreSQL hashes it. Planning takes
	 * milliseconds, these queries up to seconds.
	 */
	private void customPlans() {
		dsl.execute("set local plan_cache_mode = force_custom_plan");
	}

	/** Whether a subtree of this many spans reads all the period's events, against the organizations recorded now. */
	private boolean readsAllEvents(int spans) {
		if (spans <= SMALL_SUBTREE_SPANS) {
			return false;
		}
		long organizations = dsl.fetchOptional("""
				select greatest(reltuples, 0)::bigint from pg_class
				where relname = 'organization' and relnamespace = to_regnamespace(current_schema())""")
			.map(r -> r.get(0, Long.class))
			.orElse(0L);
		return readsAllEvents(spans, organizations);
	}

	/**
	 * True when a subtree of this many spans is better counted by reading all the period's events: more than
	 * {@link #SMALL_SUBTREE_SPANS} spans and at least a quarter of the organizations (as the planner's statistics
	 * estimate them; none known: every large subtree).
	 */
	static boolean readsAllEvents(int spans, long organizations) {
		return spans > SMALL_SUBTREE_SPANS && (long) spans * LARGE_SHARE_DIVISOR >= organizations;
	}

	/**
	 * The counts of the rows of {@link #movementsByRow} and, when asked, of all of them as one row (keyed ''): an
	 * event in any row is in it, a transfer counted there only when it crosses the rows' outer boundary — the spans of
	 * the rows are those of the whole, none covering an organization twice a day.
	 */
	private static final class Tally {

		private final Map<String, Counter> rows = new HashMap<>();

		private final Map<String, Counter> whole;

		Tally(boolean whole) {
			this.whole = whole ? new HashMap<>() : null;
		}

		void count(String type, String detail, String in, String was, boolean female, boolean minority,
				boolean young, long n) {
			MemberStatistics.count(rows, type, detail, in, was, female, minority, young, n);
			if (whole != null) {
				MemberStatistics.count(whole, type, detail, in == null ? null : "", was == null ? null : "", female,
						minority, young, n);
			}
		}

	}

	/** Counts of one row of {@link #movementsByRow}. */
	private static final class Counter {

		final Map<String, Long> counts = new HashMap<>();

		final Map<String, Long> badges = new HashMap<>();

		final Map<String, Long> grades = new HashMap<>();

		void add(String key, long n) {
			counts.merge(key, n, Long::sum);
		}

		long get(String key) {
			return counts.getOrDefault(key, 0L);
		}

		MemberMovements movements() {
			return new MemberMovements(get("ADMITTED"), get("ADMITTED_FEMALE"), get("ADMITTED_MINORITY"),
					get("ADMITTED_YOUNG"), get("READMITTED"), get("RECOGNIZED"), get("NOT_RECOGNIZED"), get("IN"),
					get("OUT"), get("DIED"), get("REMOVED"), get("EXPELLED"), get("LEFT"), Map.copyOf(badges),
					Map.copyOf(grades));
		}

	}

	/**
	 * Official and probationary members on each of the dates, of the organizations that were in the subtree on that
	 * date (the subtree's spans over a period covering the dates); every date has an entry. The 31 Decembers of the
	 * projection's horizon are summed from its stock (V26) — the ten year-ends of a city's dashboard counted from the
	 * periods took 1.5 s —, the other days counted.
	 */
	public Map<LocalDate, MemberCountsOn> countsOnDates(List<SubtreeSpan> subtree, List<LocalDate> dates) {
		return countsOnDates(subtree, dates, true);
	}

	/** {@link #countsOnDates(List, List)}, its year-ends from the stock only when {@code fromStock}. */
	Map<LocalDate, MemberCountsOn> countsOnDates(List<SubtreeSpan> subtree, List<LocalDate> dates, boolean fromStock) {
		Map<LocalDate, MemberCountsOn> result = new java.util.TreeMap<>();
		dates.forEach(d -> result.put(d, new MemberCountsOn(0, 0, 0, 0, 0, 0, 0, 0)));
		if (subtree.isEmpty() || dates.isEmpty()) {
			return result;
		}
		StatisticsProjection.State state = projection.state();
		java.util.function.Predicate<LocalDate> inStock = d -> fromStock && state.holdsYearEnd(d);
		List<LocalDate> stocked = dates.stream().filter(inStock).toList();
		List<LocalDate> counted = dates.stream().filter(inStock.negate()).toList();
		Object[] spans = { subtree.stream().map(SubtreeSpan::code).toArray(String[]::new),
				subtree.stream().map(s -> Date.valueOf(s.validFrom())).toArray(Date[]::new),
				subtree.stream().map(s -> Date.valueOf(s.validTo())).toArray(Date[]::new) };
		if (!stocked.isEmpty()) {
			dsl.resultQuery("""
					with sub (code, valid_from, valid_to) as (
					    select * from unnest(?::varchar[], ?::date[], ?::date[])
					), day (d) as (
					    select * from unnest(?::date[])
					)
					select day.d, sum(s.total)::bigint, sum(s.official)::bigint, sum(s.probationary)::bigint,
					       sum(s.female)::bigint, sum(s.minority)::bigint, sum(s.religious)::bigint,
					       sum(s.exempted)::bigint, sum(s.under30)::bigint
					from day
					join sub on sub.valid_from <= day.d and day.d < sub.valid_to
					join member_stock_stat s on s.org_code = sub.code and s.year = extract(year from day.d)::int
					group by day.d
					""", spans[0], spans[1], spans[2], stocked.stream().map(Date::valueOf).toArray(Date[]::new))
				.forEach(r -> result.put(r.get(0, LocalDate.class), counts(r)));
		}
		if (counted.isEmpty()) {
			return result;
		}
		customPlans();
		dsl.resultQuery("""
				with sub (code, valid_from, valid_to) as (
				    select * from unnest(?::varchar[], ?::date[], ?::date[])
				), day (d) as (
				    select * from unnest(?::date[])
				)
				select day.d, count(*),
				       count(*) filter (where p.status = 'OFFICIAL'),
				       count(*) filter (where p.status = 'PROBATIONARY'),
				       count(*) filter (where {female}),
				       count(*) filter (where {minority}),
				       count(*) filter (where {religious}),
				       count(*) filter (where p.exempted),
				       count(*) filter (where m.birth_date > day.d - interval '30 years')
				from day
				join member_period p on p.valid_from <= day.d and day.d < p.valid_to
				     and p.status in ('OFFICIAL', 'PROBATIONARY')
				join member m on m.id = p.member_id
				where exists (select 1 from sub where sub.code = p.org_code
				              and sub.valid_from <= day.d and day.d < sub.valid_to)
				group by day.d
				""".transform(StatisticsProjection::fileParts), spans[0], spans[1], spans[2],
				counted.stream().map(Date::valueOf).toArray(Date[]::new))
			.forEach(r -> result.put(r.get(0, LocalDate.class), counts(r)));
		return result;
	}

	/**
	 * Official and probationary members of the organizations on the date by age band and gender, the pairs with
	 * members only: on a 31 December of the projection's horizon from its stock (V40), on another day shifted from a
	 * year-end's or counted ({@link #rowsOn}).
	 */
	public List<AgeGenderCount> ageBandsByGender(Collection<String> orgCodes, LocalDate date) {
		return ageBands(null, orgCodes, date, true);
	}

	/**
	 * {@link #ageBandsByGender(Collection, LocalDate)} of the organizations of the subtree of {@code rootCode} on the
	 * date, as {@link #breakdownByOrganization(String, Collection, LocalDate)} reads them.
	 */
	public List<AgeGenderCount> ageBandsByGender(String rootCode, Collection<String> orgCodes, LocalDate date) {
		return ageBands(rootCode, orgCodes, date, true);
	}

	/** {@link #ageBandsByGender(Collection, LocalDate)}, from the stock only when {@code fromStock}. */
	List<AgeGenderCount> ageBandsByGender(Collection<String> orgCodes, LocalDate date, boolean fromStock) {
		return ageBands(null, orgCodes, date, fromStock);
	}

	private List<AgeGenderCount> ageBands(String rootCode, Collection<String> orgCodes, LocalDate date,
			boolean fromStock) {
		if (orgCodes.isEmpty()) {
			return List.of();
		}
		String sums = Arrays.stream(AgeBand.values())
			.map(b -> "sum(%1$s)::bigint as %1$s, sum(%2$s)::bigint as %2$s".formatted(StockBreakdown.age(b),
					StockBreakdown.femaleAge(b)))
			.collect(Collectors.joining(", "));
		List<AgeGenderCount> counts = new ArrayList<>();
		for (Record r : rowsOn(rootCode, orgCodes, date, sums, fromStock)) {
			for (AgeBand band : AgeBand.values()) {
				Long all = r.get(StockBreakdown.age(band), Long.class);
				Long women = r.get(StockBreakdown.femaleAge(band), Long.class);
				if (all == null) {
					continue; // no row: no member
				}
				if (all - women > 0) {
					counts.add(new AgeGenderCount(band, Gender.MALE, all - women));
				}
				if (women > 0) {
					counts.add(new AgeGenderCount(band, Gender.FEMALE, women));
				}
			}
		}
		return counts;
	}

	/**
	 * The select list (of the stock's columns, or sums of them: one row) over the organizations' rows of the stock on
	 * the date: on a year-end of the horizon its own ({@link #stockOf}), on another day shifted from a year-end's when
	 * that is cheaper ({@code StatisticsProjection.shiftedOn}), else counted from the members' rows; from the stock
	 * only when {@code fromStock}. The organizations are those of the subtree of {@code rootCode} on the date, when
	 * it is not null.
	 */
	private org.jooq.Result<Record> rowsOn(String rootCode, Collection<String> orgCodes, LocalDate date,
			String select, boolean fromStock) {
		if (fromStock && projection.state().holdsYearEnd(date)) {
			return stockOf(orgCodes, date, select);
		}
		// the shift tests the candidates' organizations against an array of codes
		customPlans();
		org.jooq.Result<Record> shifted = fromStock ? projection.shiftedOn(select, rootCode, orgCodes, date, shift,
				shiftByProvinces) : null;
		return shifted != null ? shifted : projection.countedOn(select, orgCodes, date);
	}

	/**
	 * The stock's rows (V26, V40) of the organizations on the year-end of the date, the select list given (of sums:
	 * one row). The codes in one array: a province's 44,320 as bind values came near PostgreSQL's 65,535.
	 */
	private org.jooq.Result<Record> stockOf(Collection<String> orgCodes, LocalDate date, String select) {
		return dsl.resultQuery("select " + select + " from member_stock_stat where year = ? and org_code = any(?::varchar[])",
				date.getYear(), orgCodes.toArray(String[]::new)).fetch();
	}

	/**
	 * A stock row's counts for each value of a dimension ({@link StockBreakdown}'s column of each), keyed by the
	 * value's name, and of none recorded under {@code "UNKNOWN"} when {@code unknown}; zeros left out, as counting
	 * the members gives no group for them.
	 */
	private static <E extends Enum<E>> Map<String, Long> byValue(Record r, E[] values,
			Function<E, String> column, boolean unknown) {
		Map<String, Long> counts = new HashMap<>();
		for (E value : values) {
			long n = r.get(column.apply(value), Long.class);
			if (n != 0) {
				counts.put(value.name(), n);
			}
		}
		long none = unknown ? r.get(column.apply(null), Long.class) : 0;
		if (none != 0) {
			counts.put("UNKNOWN", none);
		}
		return counts;
	}

	/**
	 * The events behind one number of {@link #movementsByRow}: those of the kind with {@code effective_on} in
	 * [from, to] attributed to the spans (a transfer in: into the spans from outside them; out: the other way),
	 * optionally with the given detail (a badge milestone, a grade), by date and name; at most {@code limit}.
	 */
	public List<MovementEventRow> movementEvents(List<SubtreeSpan> spans, LocalDate from, LocalDate to,
			MovementKind kind, String detail, int limit) {
		if (spans.isEmpty()) {
			return List.of();
		}
		// the spans joined by code (a code's spans do not overlap: one at most on the event's date), which PostgreSQL
		// hashes: tested in the select list, they were scanned for each event of the type nationally (the city's
		// 1,415 admissions of a year against its 5,484 spans, 2.6 s). A transfer counts on either side of it (in:
		// into the spans from outside them, out: the other way), any other event inside them only
		boolean transfer = kind.eventType() == MemberEventType.TRANSFERRED;
		customPlans(); // a generic plan takes the spans for ten (Cần Thơ's admissions of a year: 0.23 → 1.07 s)
		// the events read by member, those with a period in the spans' organizations over the window, when they are
		// fewer than the nation's events of the type in it ({@link #byMember}), each of which is otherwise attributed
		// before the spans keep the subtree's: Hồ Chí Minh City's district, its 78,962 members' admissions of a year
		// in 0.9 s, the nation's 154,012 in 2.8 s
		String[] codes = spans.stream().map(SubtreeSpan::code).distinct().toArray(String[]::new);
		boolean byMember = byMember(codes, from, to, kind.eventType(), detail, null);
		String events = byMember ? """
				(select distinct member_id from member_period
				 where org_code = any(?::varchar[]) and valid_from <= ? and valid_to >= ?) c
				join member_event e on e.member_id = c.member_id""" : "member_event e";
		String intoSpans = """
				join sub s on s.code = p.org_code
				     and s.valid_from <= e.effective_on and e.effective_on < s.valid_to""";
		String eitherSide = """
				left join sub s on s.code = p.org_code
				     and s.valid_from <= e.effective_on and e.effective_on < s.valid_to
				left join sub w on w.code = q.org_code
				     and w.valid_from <= e.effective_on and e.effective_on < w.valid_to""";
		// the events the number counts (R-STAT-1), chosen in the statement, which returns the first of them up to the
		// limit: the application received every event of the type in the spans (a transfer's on either side of them)
		// and chose there (Cần Thơ's transfers in of a year 2.1–2.4 → 0.8–1.0 s). The events are still all attributed
		// before they are sorted (Hồ Chí Minh City's admissions of a year: the nation's 154,012, 0.9 s)
		String counted = switch (kind) {
			case TRANSFERRED_IN -> "s.code is not null and w.code is null";
			case TRANSFERRED_OUT -> "s.code is null and w.code is not null";
			case ADMITTED_FEMALE -> "{female}";
			case ADMITTED_ETHNIC_MINORITY -> "{minority}";
			case ADMITTED_AGED_18_TO_30 -> "{young}";
			default -> "true";
		};
		List<Object> parameters = new ArrayList<>(List.of(spans.stream().map(SubtreeSpan::code).toArray(String[]::new),
				spans.stream().map(s -> Date.valueOf(s.validFrom())).toArray(Date[]::new),
				spans.stream().map(s -> Date.valueOf(s.validTo())).toArray(Date[]::new)));
		if (byMember) {
			parameters.addAll(List.of(codes, to, from));
		}
		parameters.addAll(java.util.Arrays.asList(from, to, kind.eventType().name(), detail, detail, limit));
		return dsl.resultQuery("""
				with sub (code, valid_from, valid_to) as (
				    select * from unnest(?::varchar[], ?::date[], ?::date[])
				)
				select m.member_no, m.full_name, m.gender, m.birth_date, m.ethnicity, e.type, e.effective_on,
				       p.org_code, q.org_code, e.decision_no, e.detail
				from %s
				%s
				%s
				where e.voided_at is null and e.effective_on between ? and ?
				  and e.type = ?
				  and (cast(? as varchar) is null or e.detail = ?)
				  and %s
				order by e.effective_on, m.name_folded, m.member_no
				limit ?
				""".formatted(events, StatisticsProjection.EVENT_ATTRIBUTION, transfer ? eitherSide : intoSpans, counted)
			.transform(StatisticsProjection::admissionParts), parameters.toArray())
			.fetch(r -> new MovementEventRow(r.get(0, String.class), r.get(1, String.class),
					Gender.valueOf(r.get(2, String.class)), r.get(3, LocalDate.class), r.get(4, String.class),
					MemberEventType.valueOf(r.get(5, String.class)), r.get(6, LocalDate.class), r.get(7, String.class),
					r.get(8, String.class), r.get(9, String.class), r.get(10, String.class)));
	}

	/**
	 * Whether the events of a type (and detail, when not null) in [from, to] are better read by the members with a
	 * period in the organizations over it than among the nation's: when those members are fewer than the nation's
	 * events, as the projection sums them by province (V34; counted in the ledger's index, the nation's admissions of a
	 * year took 150–300 ms, their sum by province 13 ms). The members are counted up to that number only, unless the
	 * caller knows how many they are ({@code members} not null).
	 */
	private boolean byMember(String[] codes, LocalDate from, LocalDate to, MemberEventType type, String detail,
			Long members) {
		if (eventsByMember != null) {
			return eventsByMember;
		}
		String events = """
				select coalesce(sum(n), 0) from member_movement_province_stat
				where on_date between ? and ? and type = ? and (cast(? as varchar) is null or detail = ?)""";
		return members != null
				? members < dsl.fetchSingle(events, from, to, type.name(), detail, detail).get(0, Long.class)
				: dsl.fetchSingle("""
						with n (events) as (%s)
						select (select count(*) from (select from member_period
						                              where org_code = any(?::varchar[]) and valid_from <= ? and valid_to >= ?
						                              limit (select events from n)) x) < (select events from n)"""
					.formatted(events), from, to, type.name(), detail, detail, codes, to, from)
					.get(0, Boolean.class);
	}

	/**
	 * The events of a type that take effect on the date (voided ones left out), of the members who belonged that day to
	 * one of the organizations, with the given detail only when it is not null: e.g. the members graded NOT_COMPLETED
	 * in a year ({@code ASSESSED} on 31 December). Read by the members of the organizations when they are fewer than
	 * the nation's such events ({@link #byMember}), else among those, found by the ledger's index of day, type and
	 * detail (V41), each one's organization that day looked up by its member: left to PostgreSQL, it hashed the
	 * periods of every organization instead (Hồ Chí Minh City's 114,556 for its 4,847 graded NOT_COMPLETED among the
	 * nation's 36,660: 0.76–1.2 s, looked up 0.27 s). The organizations are one array: a province's 44,000 codes as
	 * parameters of their own came near PostgreSQL's limit of 65,535.
	 */
	public List<MemberEventOn> eventsOn(MemberEventType type, LocalDate date, Collection<String> orgCodes,
			String detail) {
		return eventsOn(type, date, orgCodes, detail, null);
	}

	/**
	 * {@link #eventsOn(MemberEventType, LocalDate, Collection, String)} when the caller knows how many members the
	 * organizations had on the date ({@code members}; null: counted), as the assessment rates know them from the
	 * grades of each: counting their periods made HCM.KCQ's page 20–60 ms slower (medians of five).
	 */
	public List<MemberEventOn> eventsOn(MemberEventType type, LocalDate date, Collection<String> orgCodes,
			String detail, Long members) {
		if (orgCodes.isEmpty()) {
			return List.of();
		}
		String[] codes = orgCodes.toArray(String[]::new);
		customPlans(); // the codes are a filter of the day's events: hashed only when planned for them
		if (!byMember(codes, date, date, type, detail, members)) {
			return dsl.resultQuery("""
					with e as materialized (
					    select member_id, detail from member_event
					    where effective_on = ? and type = ? and voided_at is null
					      and (cast(? as varchar) is null or detail = ?)
					)
					select m.member_no, m.full_name, p.org_code, e.detail
					from e
					cross join lateral (select org_code from member_period
					                    where member_id = e.member_id and valid_from <= ? and ? < valid_to
					                    limit 1) p
					join member m on m.id = e.member_id
					where p.org_code = any(?::varchar[])""", date, type.name(), detail, detail, date, date, codes)
				.fetch(r -> new MemberEventOn(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
						r.get(3, String.class)));
		}
		var e = vn.dangvu.member.internal.schema.Tables.MEMBER_EVENT;
		return dsl.select(MEMBER.MEMBER_NO, MEMBER.FULL_NAME, MEMBER_PERIOD.ORG_CODE, e.DETAIL)
			.from(e)
			.join(MEMBER).on(MEMBER.ID.eq(e.MEMBER_ID))
			.join(MEMBER_PERIOD).on(MEMBER_PERIOD.MEMBER_ID.eq(e.MEMBER_ID)
				.and(MEMBER_PERIOD.VALID_FROM.le(date)).and(MEMBER_PERIOD.VALID_TO.gt(date)))
			.where(e.TYPE.eq(type.name()))
			.and(e.EFFECTIVE_ON.eq(date))
			.and(e.VOIDED_AT.isNull())
			.and(detail == null ? DSL.noCondition() : e.DETAIL.eq(detail))
			.and(MEMBER_PERIOD.ORG_CODE.eq(DSL.any(codes)))
			.fetch(r -> new MemberEventOn(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	/**
	 * How many events of a type take effect on the date (voided ones left out), by the organization the member
	 * belonged to that day, among the given ones, and by detail ('' for none): the grades of a year's assessment
	 * ({@code ASSESSED} on 31 December) per organization. From the projection's counts of the day (V26) when it holds
	 * every member: a province's 738,000 grades read event by event took 79 s; else counted from the events.
	 */
	public Map<String, Map<String, Long>> detailsByOrganization(MemberEventType type, LocalDate date,
			Collection<String> orgCodes) {
		return detailsByOrganization(type, date, orgCodes, projection.state().complete());
	}

	/** {@link #detailsByOrganization(MemberEventType, LocalDate, Collection)}, from the projection when asked. */
	Map<String, Map<String, Long>> detailsByOrganization(MemberEventType type, LocalDate date,
			Collection<String> orgCodes, boolean fromProjection) {
		Map<String, Map<String, Long>> counts = new HashMap<>();
		if (orgCodes.isEmpty()) {
			return counts;
		}
		String[] codes = orgCodes.toArray(String[]::new);
		// a generic plan tests each of the day's rows against the array one code after the other (the province's
		// grades: 1.9 s against 67 ms planned for the array, which is then hashed)
		customPlans();
		(fromProjection ? dsl.resultQuery("""
				select org_code, detail, sum(n)::bigint from member_movement_stat
				where on_date = ? and type = ? and org_code = any(?::varchar[])
				group by 1, 2
				having sum(n) <> 0""", date, type.name(), codes) : dsl.resultQuery("""
				select p.org_code, coalesce(e.detail, ''), count(*)
				from member_event e
				join member_period p on p.member_id = e.member_id and p.valid_from <= e.effective_on
				     and e.effective_on < p.valid_to
				where e.effective_on = ? and e.type = ? and e.voided_at is null and p.org_code = any(?::varchar[])
				group by 1, 2""", date, type.name(), codes))
			.forEach(r -> counts.computeIfAbsent(r.get(0, String.class), k -> new HashMap<>())
				.put(r.get(1, String.class), r.get(2, Long.class)));
		return counts;
	}

	/** The detail of the event of a type that takes effect on the date, per member number, for the given members. */
	public Map<String, String> detailsOn(MemberEventType type, LocalDate date, Collection<String> memberNos) {
		Map<String, String> result = new HashMap<>();
		if (memberNos.isEmpty()) {
			return result;
		}
		var e = vn.dangvu.member.internal.schema.Tables.MEMBER_EVENT;
		dsl.select(MEMBER.MEMBER_NO, e.DETAIL)
			.from(e)
			.join(MEMBER).on(MEMBER.ID.eq(e.MEMBER_ID))
			.where(e.TYPE.eq(type.name()))
			.and(e.EFFECTIVE_ON.eq(date))
			.and(e.VOIDED_AT.isNull())
			.and(MEMBER.MEMBER_NO.eq(DSL.any(memberNos.toArray(String[]::new)))) // one array: a province's thousands
			.orderBy(e.ID)
			.forEach(r -> result.put(r.value1(), r.value2()));
		return result;
	}

}
