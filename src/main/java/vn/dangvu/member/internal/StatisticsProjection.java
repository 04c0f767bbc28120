package vn.dangvu.member.internal;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Keeps the statistics projection (V26, ARCHITECTURE.md data principle 6): {@code member_movement_stat}, the events
 * of each day by the organization the member was in, {@code member_stock_stat}, the members of each organization
 * on each 31 December of the horizon, and {@code member_headcount_stat} (V33), the changes of each day in them. All
 * are sums of each member's contribution, computed here in SQL from the
 * member's file, events and periods. A write first {@linkplain #retract takes out} the member's contribution — the
 * member is then pending — and, once the member's periods are written again, {@linkplain #restore puts back} the new
 * one. While any member is pending, readers count from the members' rows instead ({@link #state}).
 */
@Repository
public class StatisticsProjection {

	/** What a reader needs to know: the years of the stock, and whether every member's contribution is in. */
	public record State(int firstYear, int lastYear, boolean complete) {

		public boolean holdsYear(int year) {
			return complete && year >= firstYear && year <= lastYear;
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

	/** Members added per statement when the pending ones are applied (an import's new files). */
	static final int BATCH = 20_000;

	/**
	 * The contribution of the members (those of the condition on {@code p.member_id} put in its {@code %s}) to the
	 * stock, times a sign ({@code ?}), for the years of the horizon from {@code ?} on: a period counts on 31 December
	 * of year y when it covers that day (y ≥ year(valid_from), y ≤ year(valid_to) − 1).
	 */
	private static final String STOCK = """
			insert into member_stock_stat as t (year, org_code, total, official, probationary, female, minority,
			                                    religious, exempted, under30)
			select y.year, p.org_code,
			       s.sign * count(*),
			       s.sign * count(*) filter (where p.status = 'OFFICIAL'),
			       s.sign * count(*) filter (where p.status = 'PROBATIONARY'),
			       s.sign * count(*) filter (where m.gender = 'FEMALE'),
			       s.sign * count(*) filter (where lower(m.ethnicity) <> 'kinh'),
			       s.sign * count(*) filter (where m.religion is not null),
			       s.sign * count(*) filter (where p.exempted),
			       s.sign * count(*) filter (where m.birth_date > make_date(y.year, 12, 31) - interval '30 years')
			from (select ?::bigint as sign, ?::int as from_year) s
			cross join member_stat_horizon h
			join member_period p on %s and p.status in ('OFFICIAL', 'PROBATIONARY')
			     and p.org_code is not null
			join member m on m.id = p.member_id
			cross join lateral generate_series(greatest(h.first_year, s.from_year, extract(year from p.valid_from)::int),
			                                   least(h.last_year, extract(year from p.valid_to)::int - 1)) as y (year)
			group by 1, 2, s.sign
			order by 1, 2
			on conflict (year, org_code) do update set
			    total = t.total + excluded.total, official = t.official + excluded.official,
			    probationary = t.probationary + excluded.probationary, female = t.female + excluded.female,
			    minority = t.minority + excluded.minority, religious = t.religious + excluded.religious,
			    exempted = t.exempted + excluded.exempted, under30 = t.under30 + excluded.under30
			""";

	/**
	 * The contribution of the members (those of the condition on {@code p.member_id} put in its {@code %s}) to the
	 * changes of each day (V33), times a sign ({@code ?}): a period of an official or probationary member adds one on
	 * its first day and takes one out on its end, for the days after the horizon's first year-end.
	 */
	private static final String HEADCOUNT = """
			insert into member_headcount_stat as t (on_date, org_code, total, official, probationary, exempted)
			select d.on_date, p.org_code,
			       s.sign * sum(d.delta),
			       s.sign * coalesce(sum(d.delta) filter (where p.status = 'OFFICIAL'), 0),
			       s.sign * coalesce(sum(d.delta) filter (where p.status = 'PROBATIONARY'), 0),
			       s.sign * coalesce(sum(d.delta) filter (where p.exempted), 0)
			from (select ?::bigint as sign) s
			cross join member_stat_horizon h
			join member_period p on %s and p.status in ('OFFICIAL', 'PROBATIONARY')
			     and p.org_code is not null
			cross join lateral (values (p.valid_from, 1), (p.valid_to, -1)) as d (on_date, delta)
			where d.on_date > make_date(h.first_year, 12, 31) and d.on_date < date '9999-12-31'
			group by 1, 2, s.sign
			order by 2, 1
			on conflict (org_code, on_date) do update set
			    total = t.total + excluded.total, official = t.official + excluded.official,
			    probationary = t.probationary + excluded.probationary, exempted = t.exempted + excluded.exempted
			""";

	/**
	 * The contribution of the members (those of the condition on {@code e.member_id} put in its first {@code %s}) to
	 * the movements, times a sign ({@code ?}): each event that counts, in the organization of the member's period on
	 * its date and, for a transfer, the one of the period that ended on it — {@link #EVENT_ATTRIBUTION}, the second
	 * {@code %s}.
	 */
	private static final String MOVEMENTS = """
			insert into member_movement_stat as t (on_date, org_code, was_code, type, detail, flags, n)
			select e.effective_on, coalesce(p.org_code, ''), coalesce(q.org_code, ''), e.type, coalesce(e.detail, ''),
			       case when e.type = 'ADMITTED' then
			           case when m.gender = 'FEMALE' then 1 else 0 end
			         + case when lower(m.ethnicity) <> 'kinh' then 2 else 0 end
			         + case when extract(year from age(e.effective_on, m.birth_date)) between 18 and 30 then 4 else 0 end
			       else 0 end,
			       s.sign * count(*)
			from (select ?::bigint as sign) s
			join member_event e on %s and e.voided_at is null
			%s
			group by 1, 2, 3, 4, 5, 6, s.sign
			order by 1, 2, 3, 4, 5, 6
			on conflict (on_date, org_code, was_code, type, detail, flags) do update set n = t.n + excluded.n
			""";

	private final DSLContext dsl;

	public StatisticsProjection(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The horizon and whether no member is pending, in the caller's transaction. */
	public State state() {
		var r = dsl.fetchSingle("""
				select first_year, last_year, not exists (select 1 from member_stat_pending) from member_stat_horizon""");
		return new State(r.get(0, Integer.class), r.get(1, Integer.class), r.get(2, Boolean.class));
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

	/** Puts the members' contribution back once their rows are written again; nothing for those in already. */
	public void restore(Long[] memberIds) {
		List<Long> back = dsl.fetch("delete from member_stat_pending where member_id = any(?::bigint[]) returning member_id",
				(Object) memberIds).getValues(0, Long.class);
		if (!back.isEmpty()) {
			apply(back.toArray(Long[]::new), 1);
		}
	}

	/** Marks members loaded in bulk, whose contribution is not in yet ({@link #applyPending} adds it). */
	public void pending(Collection<Long> memberIds) {
		if (!memberIds.isEmpty()) {
			dsl.execute("insert into member_stat_pending (member_id) select unnest(?::bigint[]) on conflict do nothing",
					(Object) memberIds.toArray(Long[]::new));
		}
	}

	/**
	 * Adds the contribution of every pending member, in batches; answers how many there were. On the first load of a
	 * database — every member pending, both tables empty — it sums all of them at once, each table in one statement:
	 * no batch then updates rows another batch inserted (at national scale, 324 batches took 22 minutes and left
	 * the stock's rows with many dead versions).
	 */
	public long applyPending(Consumer<String> progress) {
		if (firstLoad()) {
			long members = dsl.fetchSingle("select count(*) from member_stat_pending").get(0, Long.class);
			progress.accept("Cộng " + members + " đảng viên vào bảng thống kê (lần nạp đầu, một lượt)");
			dsl.execute(STOCK.formatted("true"), 1, Integer.MIN_VALUE);
			dsl.execute(HEADCOUNT.formatted("true"), 1);
			dsl.execute(MOVEMENTS.formatted("true", EVENT_ATTRIBUTION), 1);
			dsl.execute("truncate member_stat_pending");
			return members;
		}
		long done = 0;
		while (true) {
			List<Long> ids = dsl.fetch("""
					delete from member_stat_pending where member_id in (
					  select member_id from member_stat_pending order by member_id limit ?)
					returning member_id""", BATCH).getValues(0, Long.class);
			if (ids.isEmpty()) {
				return done;
			}
			apply(ids.toArray(Long[]::new), 1);
			done += ids.size();
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
		dsl.execute(STOCK.formatted("not exists (select 1 from member_stat_pending x where x.member_id = p.member_id)"), 1,
				from);
	}

	/** Whether both tables are empty and every member is pending: nothing to add to, everything to add. */
	private boolean firstLoad() {
		return dsl.fetchSingle("""
				select not exists (select from member_stock_stat) and not exists (select from member_movement_stat)
				       and not exists (select from member_headcount_stat)
				       and exists (select from member_stat_pending)
				       and not exists (select from member m
				                       where not exists (select from member_stat_pending x where x.member_id = m.id))""")
			.get(0, Boolean.class);
	}

	private void apply(Long[] memberIds, int sign) {
		dsl.execute(STOCK.formatted("p.member_id = any(?::bigint[])"), sign, Integer.MIN_VALUE, memberIds);
		dsl.execute(HEADCOUNT.formatted("p.member_id = any(?::bigint[])"), sign, memberIds);
		dsl.execute(MOVEMENTS.formatted("e.member_id = any(?::bigint[])", EVENT_ATTRIBUTION), sign, memberIds);
	}

}
