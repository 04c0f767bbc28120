package vn.dangvu.member;

import static vn.dangvu.member.internal.schema.Tables.MEMBER;
import static vn.dangvu.member.internal.schema.Tables.MEMBER_PERIOD;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organization.SubtreeSpan;

/**
 * Counts over members for statistics and summaries, as of a date and over a period (R-STAT-1). The state on a date D
 * is the state after every event with {@code effective_on ≤ D}.
 */
@Service
@Transactional(readOnly = true)
public class MemberStatistics {

	private final DSLContext dsl;

	MemberStatistics(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Official and probationary members of the organizations on the date. */
	public MemberCountsOn countsOn(Collection<String> orgCodes, LocalDate date) {
		var official = MEMBER_PERIOD.STATUS.eq("OFFICIAL");
		var r = dsl.select(DSL.count(), DSL.count().filterWhere(official),
				DSL.count().filterWhere(MEMBER_PERIOD.STATUS.eq("PROBATIONARY")),
				DSL.count().filterWhere(MEMBER.GENDER.eq("FEMALE")),
				DSL.count().filterWhere(DSL.lower(MEMBER.ETHNICITY).ne("kinh")),
				DSL.count().filterWhere(MEMBER.RELIGION.isNotNull()), DSL.count().filterWhere(MEMBER_PERIOD.EXEMPTED),
				DSL.count().filterWhere(MEMBER.BIRTH_DATE.gt(date.minusYears(30))))
			.from(MEMBER_PERIOD)
			.join(MEMBER).on(MEMBER.ID.eq(MEMBER_PERIOD.MEMBER_ID))
			.where(MEMBER_PERIOD.ORG_CODE.in(orgCodes))
			.and(MEMBER_PERIOD.VALID_FROM.le(date))
			.and(MEMBER_PERIOD.VALID_TO.gt(date))
			.and(MEMBER_PERIOD.STATUS.in("OFFICIAL", "PROBATIONARY"))
			.fetchSingle();
		return new MemberCountsOn(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
				r.value8());
	}

	/** Official and probationary members on the date, broken down per organization code. */
	public Map<String, MemberBreakdown> breakdownByOrganization(Collection<String> orgCodes, LocalDate date) {
		Map<String, MemberBreakdown> result = new HashMap<>();
		if (orgCodes.isEmpty()) {
			return result;
		}
		var age = DSL.field("extract(year from age(cast({0} as date), {1}))", Integer.class, DSL.val(date), MEMBER.BIRTH_DATE);
		var band = DSL.when(age.le(30), "UP_TO_30")
			.when(age.le(40), "FROM_31_TO_40")
			.when(age.le(50), "FROM_41_TO_50")
			.when(age.le(60), "FROM_51_TO_60")
			.when(age.le(70), "FROM_61_TO_70")
			.otherwise("OVER_70");
		dsl.select(MEMBER_PERIOD.ORG_CODE, MEMBER_PERIOD.STATUS, MEMBER.GENDER,
				DSL.lower(MEMBER.ETHNICITY).ne("kinh").as("minority"), MEMBER.RELIGION.isNotNull().as("religious"),
				MEMBER_PERIOD.EXEMPTED, band.as("band"), DSL.coalesce(MEMBER.PROFESSIONAL_LEVEL, "UNKNOWN").as("level"),
				DSL.coalesce(MEMBER.POLITICAL_THEORY, "UNKNOWN").as("theory"), DSL.count())
			.from(MEMBER_PERIOD)
			.join(MEMBER).on(MEMBER.ID.eq(MEMBER_PERIOD.MEMBER_ID))
			.where(MEMBER_PERIOD.ORG_CODE.in(orgCodes))
			.and(MEMBER_PERIOD.VALID_FROM.le(date))
			.and(MEMBER_PERIOD.VALID_TO.gt(date))
			.and(MEMBER_PERIOD.STATUS.in("OFFICIAL", "PROBATIONARY"))
			.groupBy(DSL.inline(1), DSL.inline(2), DSL.inline(3), DSL.inline(4), DSL.inline(5), DSL.inline(6),
					DSL.inline(7), DSL.inline(8), DSL.inline(9))
			.forEach(r -> {
				long n = r.value10();
				boolean official = "OFFICIAL".equals(r.value2());
				MemberBreakdown one = new MemberBreakdown(n, official ? n : 0, official ? 0 : n,
						"FEMALE".equals(r.value3()) ? n : 0, Boolean.TRUE.equals(r.value4()) ? n : 0,
						Boolean.TRUE.equals(r.value5()) ? n : 0, Boolean.TRUE.equals(r.value6()) ? n : 0,
						Map.of(r.value7(), n), Map.of(r.value8(), n), Map.of(r.value9(), n));
				result.merge(r.value1(), one, MemberBreakdown::plus);
			});
		return result;
	}

	/**
	 * The events with {@code effective_on} in [from, to] of members who belonged on the event's date to an
	 * organization that was then in the subtree; a transfer counts only when it crosses the subtree's boundary.
	 */
	public MemberMovements movements(List<SubtreeSpan> subtree, LocalDate from, LocalDate to) {
		String[] codes = subtree.stream().map(SubtreeSpan::code).toArray(String[]::new);
		Date[] starts = subtree.stream().map(s -> Date.valueOf(s.validFrom())).toArray(Date[]::new);
		Date[] ends = subtree.stream().map(s -> Date.valueOf(s.validTo())).toArray(Date[]::new);
		Map<String, Long> counts = new HashMap<>();
		Map<String, Long> badges = new HashMap<>();
		Map<String, Long> grades = new HashMap<>();
		// the subtree's spans joined by code (a hash join), not probed per event: at most one span of a code covers a day
		dsl.resultQuery("""
				with sub (code, valid_from, valid_to) as (
				    select * from unnest(?::varchar[], ?::date[], ?::date[])
				)
				select e.type, e.detail, s_in.code is not null as inside, s_was.code is not null as was_inside, count(*)
				from member_event e
				join member_period p on p.member_id = e.member_id
				     and p.valid_from <= e.effective_on and e.effective_on < p.valid_to
				left join member_period q on q.member_id = e.member_id and e.type = 'TRANSFERRED'
				     and q.valid_from < e.effective_on and e.effective_on <= q.valid_to
				left join sub s_in on s_in.code = p.org_code
				     and s_in.valid_from <= e.effective_on and e.effective_on < s_in.valid_to
				left join sub s_was on s_was.code = q.org_code
				     and s_was.valid_from <= e.effective_on and e.effective_on < s_was.valid_to
				where e.voided_at is null and e.effective_on between ? and ?
				group by 1, 2, 3, 4
				""", codes, starts, ends, from, to).forEach(r -> {
			String type = r.get(0, String.class);
			String detail = r.get(1, String.class);
			boolean inside = Boolean.TRUE.equals(r.get(2, Boolean.class));
			boolean wasInside = Boolean.TRUE.equals(r.get(3, Boolean.class));
			long n = r.get(4, Long.class);
			switch (type) {
				case "TRANSFERRED" -> {
					if (inside && !wasInside) {
						counts.merge("IN", n, Long::sum);
					}
					else if (!inside && wasInside) {
						counts.merge("OUT", n, Long::sum);
					}
				}
				case "BADGE_AWARDED" -> {
					if (inside) {
						badges.merge(detail, n, Long::sum);
					}
				}
				case "ASSESSED" -> {
					if (inside) {
						grades.merge(detail, n, Long::sum);
					}
				}
				default -> {
					if (inside) {
						counts.merge(type, n, Long::sum);
					}
				}
			}
		});
		return new MemberMovements(counts.getOrDefault("ADMITTED", 0L), counts.getOrDefault("READMITTED", 0L),
				counts.getOrDefault("RECOGNIZED", 0L), counts.getOrDefault("NOT_RECOGNIZED", 0L),
				counts.getOrDefault("IN", 0L), counts.getOrDefault("OUT", 0L), counts.getOrDefault("DIED", 0L),
				counts.getOrDefault("REMOVED", 0L), counts.getOrDefault("EXPELLED", 0L), counts.getOrDefault("LEFT", 0L),
				badges, grades);
	}

}
