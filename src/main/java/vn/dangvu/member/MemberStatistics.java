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
		dsl.resultQuery("""
				with sub (code, valid_from, valid_to) as (
				    select * from unnest(?::varchar[], ?::date[], ?::date[])
				)
				select e.type, e.detail,
				       exists (select 1 from sub where sub.code = p.org_code
				               and sub.valid_from <= e.effective_on and e.effective_on < sub.valid_to) as inside,
				       exists (select 1 from sub where sub.code = q.org_code
				               and sub.valid_from <= e.effective_on and e.effective_on < sub.valid_to) as was_inside,
				       count(*)
				from member_event e
				join member_period p on p.member_id = e.member_id
				     and p.valid_from <= e.effective_on and e.effective_on < p.valid_to
				left join member_period q on q.member_id = e.member_id and e.type = 'TRANSFERRED'
				     and q.valid_from < e.effective_on and e.effective_on <= q.valid_to
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

	/**
	 * The events of a type that take effect on the date (voided ones left out), of the members who belonged that day to
	 * one of the organizations: e.g. the grades of a year ({@code ASSESSED} on 31 December) per organization.
	 */
	public List<MemberEventOn> eventsOn(MemberEventType type, LocalDate date, Collection<String> orgCodes) {
		if (orgCodes.isEmpty()) {
			return List.of();
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
			.and(MEMBER_PERIOD.ORG_CODE.in(orgCodes))
			.fetch(r -> new MemberEventOn(r.value1(), r.value2(), r.value3(), r.value4()));
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
			.and(MEMBER.MEMBER_NO.in(memberNos))
			.orderBy(e.ID)
			.forEach(r -> result.put(r.value1(), r.value2()));
		return result;
	}

}
