package vn.dangvu.member.internal;

import static vn.dangvu.member.internal.schema.Tables.MEMBER;
import static vn.dangvu.member.internal.schema.Tables.MEMBER_EVENT;
import static vn.dangvu.member.internal.schema.Tables.MEMBER_PERIOD;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.dangvu.common.database.RenderedQuery;
import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.MemberLedger;
import vn.dangvu.member.MemberPeriods;
import vn.dangvu.member.MemberState;
import vn.dangvu.member.PoliticalTheory;
import vn.dangvu.member.ProfessionalLevel;

/** The write side of members: files, ledger events, projections. */
@Repository
public class MemberStore {

	/** A ledger event as stored, with its id and whether it was voided. */
	public record StoredEvent(long id, LedgerEvent event, OffsetDateTime recordedAt, String recordedBy,
			OffsetDateTime voidedAt, String voidedBy, String voidReason) {

		public boolean voided() {
			return voidedAt != null;
		}

	}

	/** Members whose events are read by one statement. */
	private static final int CHUNK = 10_000;

	private final DSLContext dsl;

	private final StatisticsProjection statistics;

	/** A member's events in their order: a member's page reads them, their SQL rendered once. */
	private final RenderedQuery eventsOfMember;

	public MemberStore(DSLContext dsl, StatisticsProjection statistics) {
		this.dsl = dsl;
		this.statistics = statistics;
		this.eventsOfMember = RenderedQuery.of(dsl, dsl.select(MEMBER_EVENT.fields())
			.from(MEMBER_EVENT)
			.where(MEMBER_EVENT.MEMBER_ID.eq(DSL.param("memberId", MEMBER_EVENT.MEMBER_ID.getDataType())))
			.orderBy(MEMBER_EVENT.EFFECTIVE_ON, MEMBER_EVENT.ID));
	}

	public Optional<Long> idOf(String memberNo) {
		return dsl.select(MEMBER.ID).from(MEMBER).where(MEMBER.MEMBER_NO.eq(memberNo)).fetchOptional(MEMBER.ID);
	}

	public boolean cardTaken(String cardNo, String exceptMemberNo) {
		return cardNo != null && dsl.fetchExists(MEMBER,
				MEMBER.CARD_NO.eq(cardNo).and(exceptMemberNo == null ? org.jooq.impl.DSL.trueCondition()
						: MEMBER.MEMBER_NO.ne(exceptMemberNo)));
	}

	public boolean nationalIdTaken(String nationalId, String exceptMemberNo) {
		return nationalId != null && dsl.fetchExists(MEMBER,
				MEMBER.NATIONAL_ID.eq(nationalId).and(exceptMemberNo == null ? org.jooq.impl.DSL.trueCondition()
						: MEMBER.MEMBER_NO.ne(exceptMemberNo)));
	}

	public long insert(MemberFile f) {
		var row = dsl.insertInto(MEMBER).set(MEMBER.MEMBER_NO, f.memberNo()).set(columns(f))
			.returning(MEMBER.ID, MEMBER.PROVINCE_CODE).fetchSingle();
		indexNames(row.getId(), f, row.getProvinceCode());
		return row.getId();
	}

	/** Changes the file; its contribution to the statistics waits for {@link #project}. */
	public void update(long id, MemberFile f) {
		statistics.retract(id);
		String province = dsl.update(MEMBER).set(columns(f)).where(MEMBER.ID.eq(id)).returning(MEMBER.PROVINCE_CODE)
			.fetchSingle(MEMBER.PROVINCE_CODE);
		indexNames(id, f, province);
	}

	/**
	 * The name words of a folded name, the header search's index (V31): each run of letters and digits once, in
	 * order. The one split of every writer of {@code member_name_word} (the forms here, the import's
	 * {@link MemberBulkWriter}), the same as the search's of the text typed ({@link VietnameseText#words}) and as V31's
	 * fill in SQL.
	 */
	static java.util.Set<String> nameWords(String folded) {
		return new java.util.LinkedHashSet<>(VietnameseText.words(folded));
	}

	/** Writes anew the name words of the member (V31) with its province ('' for none), after its name changed. */
	private void indexNames(long id, MemberFile f, String province) {
		dsl.execute("delete from member_name_word where member_id = ?", id);
		dsl.execute("insert into member_name_word (member_id, word, province_code) select ?, unnest(?::text[]), ?", id,
				nameWords(VietnameseText.fold(f.fullName())).toArray(String[]::new), province == null ? "" : province);
	}

	/** The columns of a file, with the given name and folded name derived from the full name. */
	private static java.util.Map<org.jooq.Field<?>, Object> columns(MemberFile f) {
		java.util.Map<org.jooq.Field<?>, Object> columns = new java.util.LinkedHashMap<>();
		columns.put(MEMBER.FULL_NAME, f.fullName());
		columns.put(MEMBER.GIVEN_NAME, VietnameseText.givenName(f.fullName()));
		columns.put(MEMBER.NAME_FOLDED, VietnameseText.fold(f.fullName()));
		columns.put(MEMBER.GENDER, f.gender().name());
		columns.put(MEMBER.BIRTH_DATE, f.birthDate());
		columns.put(MEMBER.ETHNICITY, f.ethnicity());
		columns.put(MEMBER.RELIGION, f.religion());
		columns.put(MEMBER.EDUCATION, f.education());
		columns.put(MEMBER.PROFESSIONAL_LEVEL, f.professionalLevel() == null ? null : f.professionalLevel().name());
		columns.put(MEMBER.POLITICAL_THEORY, f.politicalTheory() == null ? null : f.politicalTheory().name());
		columns.put(MEMBER.CARD_NO, f.cardNo());
		columns.put(MEMBER.NATIONAL_ID, f.nationalId());
		columns.put(MEMBER.PLACE_OF_BIRTH, f.placeOfBirth());
		columns.put(MEMBER.HOMETOWN, f.hometown());
		columns.put(MEMBER.RESIDENCE, f.residence());
		columns.put(MEMBER.OCCUPATION, f.occupation());
		return columns;
	}

	public Optional<MemberFile> file(long id) {
		return dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(id)).fetchOptional(MemberStore::file);
	}

	public static MemberFile file(Record r) {
		String level = r.get(MEMBER.PROFESSIONAL_LEVEL);
		String theory = r.get(MEMBER.POLITICAL_THEORY);
		return new MemberFile(r.get(MEMBER.MEMBER_NO), r.get(MEMBER.FULL_NAME), Gender.valueOf(r.get(MEMBER.GENDER)),
				r.get(MEMBER.BIRTH_DATE), r.get(MEMBER.ETHNICITY), r.get(MEMBER.RELIGION), r.get(MEMBER.EDUCATION),
				level == null ? null : ProfessionalLevel.valueOf(level), theory == null ? null : PoliticalTheory.valueOf(theory),
				r.get(MEMBER.CARD_NO), r.get(MEMBER.NATIONAL_ID), r.get(MEMBER.PLACE_OF_BIRTH), r.get(MEMBER.HOMETOWN),
				r.get(MEMBER.RESIDENCE), r.get(MEMBER.OCCUPATION));
	}

	/** The member's events in ledger order (effective date, then the order recorded). */
	public List<StoredEvent> events(long memberId) {
		return eventsOfMember.fetch(dsl, "memberId", memberId)
			.map(r -> new StoredEvent(r.get(MEMBER_EVENT.ID),
					new LedgerEvent(MemberEventType.valueOf(r.get(MEMBER_EVENT.TYPE)), r.get(MEMBER_EVENT.EFFECTIVE_ON),
							r.get(MEMBER_EVENT.ORG_CODE), r.get(MEMBER_EVENT.DECISION_NO),
							r.get(MEMBER_EVENT.DECISION_DATE), r.get(MEMBER_EVENT.DETAIL)),
					r.get(MEMBER_EVENT.RECORDED_AT), r.get(MEMBER_EVENT.RECORDED_BY), r.get(MEMBER_EVENT.VOIDED_AT),
					r.get(MEMBER_EVENT.VOIDED_BY), r.get(MEMBER_EVENT.VOID_REASON)));
	}

	/** Records an event; its contribution to the statistics waits for {@link #project}. */
	public long insertEvent(long memberId, LedgerEvent e, String recordedBy) {
		statistics.retract(memberId);
		return dsl.insertInto(MEMBER_EVENT)
			.set(MEMBER_EVENT.MEMBER_ID, memberId)
			.set(MEMBER_EVENT.TYPE, e.type().name())
			.set(MEMBER_EVENT.EFFECTIVE_ON, e.effectiveOn())
			.set(MEMBER_EVENT.ORG_CODE, e.orgCode())
			.set(MEMBER_EVENT.DECISION_NO, e.decisionNo())
			.set(MEMBER_EVENT.DECISION_DATE, e.decisionDate())
			.set(MEMBER_EVENT.DETAIL, e.detail())
			.set(MEMBER_EVENT.RECORDED_BY, recordedBy)
			.returning(MEMBER_EVENT.ID)
			.fetchSingle(MEMBER_EVENT.ID);
	}

	/** Voids an event; the change to the statistics waits for {@link #project}. */
	public int voidEvent(long memberId, long eventId, String by, String reason) {
		statistics.retract(memberId);
		return dsl.update(MEMBER_EVENT)
			.set(MEMBER_EVENT.VOIDED_AT, OffsetDateTime.now())
			.set(MEMBER_EVENT.VOIDED_BY, by)
			.set(MEMBER_EVENT.VOID_REASON, reason)
			.where(MEMBER_EVENT.ID.eq(eventId))
			.and(MEMBER_EVENT.MEMBER_ID.eq(memberId))
			.and(MEMBER_EVENT.VOIDED_AT.isNull())
			.execute();
	}

	/**
	 * What {@link #project} writes for one member: its periods, today's state, organization and province, and the
	 * ledger's badge facts (V29).
	 */
	public record Projection(long memberId, List<MemberPeriods.Period> periods, MemberState today, String todaysOrg,
			String provinceCode, BadgeFacts badges) {
	}

	/**
	 * The facts of a ledger that badge eligibility filters members by (V29): the first admission's decision date
	 * (null when never admitted), the highest badge awarded (0 for none) and its day.
	 */
	public record BadgeFacts(LocalDate partyAgeFrom, int badgeYears, LocalDate badgeOn) {

		public static BadgeFacts of(MemberLedger ledger) {
			var highest = ledger.highestBadgeBy(LocalDate.MAX);
			return new BadgeFacts(ledger.admissionDecision().orElse(null),
					highest.map(e -> Integer.parseInt(e.detail())).orElse(0),
					highest.map(LedgerEvent::effectiveOn).orElse(null));
		}

	}

	/**
	 * Replaces the members' periods and today's state, a statement per step for all of them; every row of a member
	 * carries its {@code provinceCode}, the province of today's organization (the scale-out key, ARCHITECTURE.md data
	 * principle 8). The members' contribution to the statistics projection is taken out before and put back after,
	 * and their strays (V33) are written again from {@code orgProvinces}, the province today of the organizations of
	 * their periods.
	 */
	public void project(List<Projection> all, Map<String, String> orgProvinces) {
		if (all.isEmpty()) {
			return;
		}
		Long[] ids = all.stream().map(Projection::memberId).toArray(Long[]::new);
		statistics.retract(ids);
		dsl.deleteFrom(MEMBER_PERIOD).where(MEMBER_PERIOD.MEMBER_ID.eq(DSL.any(ids))).execute();
		List<Long> member = new ArrayList<>();
		List<java.sql.Date> from = new ArrayList<>();
		List<java.sql.Date> to = new ArrayList<>();
		List<String> status = new ArrayList<>();
		List<String> org = new ArrayList<>();
		List<Boolean> exempted = new ArrayList<>();
		List<String> province = new ArrayList<>();
		for (Projection p : all) {
			for (MemberPeriods.Period period : p.periods()) {
				member.add(p.memberId());
				from.add(java.sql.Date.valueOf(period.validFrom()));
				to.add(java.sql.Date.valueOf(period.validTo()));
				status.add(period.status().name());
				org.add(period.orgCode());
				exempted.add(period.exempted());
				province.add(p.provinceCode());
			}
		}
		if (!member.isEmpty()) {
			dsl.execute("""
					insert into member_period (member_id, valid_from, valid_to, status, org_code, exempted, province_code)
					select * from unnest(?::bigint[], ?::date[], ?::date[], ?::varchar[], ?::varchar[], ?::boolean[],
					                     ?::varchar[])""", member.toArray(Long[]::new),
					from.toArray(java.sql.Date[]::new), to.toArray(java.sql.Date[]::new), status.toArray(String[]::new),
					org.toArray(String[]::new), exempted.toArray(Boolean[]::new), province.toArray(String[]::new));
		}
		Object[] states = { ids, all.stream().map(p -> p.today().status().name()).toArray(String[]::new),
				all.stream().map(Projection::todaysOrg).toArray(String[]::new),
				all.stream().map(p -> p.today().exempted()).toArray(Boolean[]::new),
				all.stream().map(Projection::provinceCode).toArray(String[]::new),
				all.stream().map(p -> sqlDate(p.badges().partyAgeFrom())).toArray(java.sql.Date[]::new),
				all.stream().map(p -> p.badges().badgeYears()).toArray(Integer[]::new),
				all.stream().map(p -> sqlDate(p.badges().badgeOn())).toArray(java.sql.Date[]::new) };
		dsl.execute("""
				update member m set status = x.status, org_code = x.org, exempted = x.exempted, province_code = x.province,
				                    party_age_from = x.party_age_from, badge_years = x.badge_years, badge_on = x.badge_on
				from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::boolean[], ?::varchar[], ?::date[], ?::integer[],
				            ?::date[])
				     as x (id, status, org, exempted, province, party_age_from, badge_years, badge_on)
				where m.id = x.id""", states);
		followProvinces(ids, (String[]) states[4], false);
		refreshStrays(ids, orgProvinces);
		statistics.restore(ids);
	}

	/**
	 * Writes again the strays (V33) of the members: their periods in an organization whose province today
	 * ({@code orgProvinces}) is not the member's.
	 */
	public void refreshStrays(Long[] memberIds, Map<String, String> orgProvinces) {
		if (memberIds.length == 0) {
			return;
		}
		String[] codes = orgProvinces.keySet().toArray(String[]::new);
		String[] provinces = java.util.Arrays.stream(codes).map(orgProvinces::get).toArray(String[]::new);
		dsl.execute("delete from member_period_stray where member_id = any(?)", (Object) memberIds);
		dsl.execute("""
				insert into member_period_stray (member_id, valid_from, valid_to, org_code, org_province_code)
				select p.member_id, p.valid_from, p.valid_to, p.org_code, x.province
				from member_period p
				join unnest(cast(? as text[]), cast(? as text[])) as x (code, province) on x.code = p.org_code
				where p.member_id = any(?) and p.province_code is distinct from x.province""", codes, provinces,
				memberIds);
	}

	/** The organizations of the members' periods. */
	public java.util.Set<String> periodOrganizations(Long[] memberIds) {
		return new java.util.HashSet<>(dsl.selectDistinct(MEMBER_PERIOD.ORG_CODE)
			.from(MEMBER_PERIOD)
			.where(MEMBER_PERIOD.MEMBER_ID.eq(DSL.any(memberIds)))
			.and(MEMBER_PERIOD.ORG_CODE.isNotNull())
			.fetch(MEMBER_PERIOD.ORG_CODE));
	}

	/**
	 * Puts each member's province on its events, periods and name words (the rows that carry the scale-out key besides
	 * the file), {@value #CHUNK} members a statement: each statement reaches the rows through their index by member.
	 * Re-keying a province in one statement, the planner hashed the whole ledger (66 million events; 95 s). With
	 * {@code eventsLater}, the members are listed as pending instead of their events re-keyed (V32,
	 * {@link #followPendingKeys}).
	 */
	private void followProvinces(Long[] ids, String[] provinces, boolean eventsLater) {
		if (eventsLater && ids.length > 0) {
			dsl.execute("insert into member_key_pending (member_id) select unnest(?::bigint[]) on conflict do nothing",
					(Object) ids);
		}
		for (int from = 0; from < ids.length; from += CHUNK) {
			int to = Math.min(ids.length, from + CHUNK);
			Object[] chunk = { java.util.Arrays.copyOfRange(ids, from, to),
					java.util.Arrays.copyOfRange(provinces, from, to) };
			if (!eventsLater) {
				followEvents(chunk);
			}
			dsl.execute("""
					update member_period p set province_code = x.province
					from unnest(?::bigint[], ?::varchar[]) as x (id, province)
					where p.member_id = x.id and p.province_code is distinct from x.province""", chunk);
			dsl.execute("""
					update member_name_word w set province_code = coalesce(x.province, '')
					from unnest(?::bigint[], ?::varchar[]) as x (id, province)
					where w.member_id = x.id and w.province_code <> coalesce(x.province, '')""", chunk);
		}
	}

	/**
	 * Re-keys the events of up to {@code limit} pending members (V32) to their file's province, and takes them off the
	 * list; answers how many members were taken. To run in a transaction: the pending rows and the files are locked
	 * until it ends, so that a member moved again meanwhile is re-keyed to the province of its latest version, and a
	 * concurrent slice waits for the rows another has taken and then finds them gone. The events are reached through
	 * their index by member, as in {@link #followProvinces}. The slice is taken, then deleted by its ids: in one
	 * {@code DELETE … WHERE member_id IN (SELECT … LIMIT … FOR UPDATE)}, a list whose statistics said empty (vacuumed
	 * while the merge's rows were being added) was planned as a nested loop that ran the slice's subquery again for
	 * every pending row — after a merge of 118,000 members, one statement still ran after 16 minutes; taken, then
	 * deleted by ids (an index scan whatever the estimate), a slice of 10,000 takes 22 ms.
	 */
	public int followPendingKeys(int limit) {
		Long[] ids = dsl.resultQuery("select member_id from member_key_pending order by member_id limit ? for update",
				limit).fetch(0, Long.class).toArray(Long[]::new);
		if (ids.length > 0) {
			dsl.execute("delete from member_key_pending where member_id = any(?::bigint[])", (Object) ids);
			var files = dsl.resultQuery("select id, province_code from member where id = any(?) for share", (Object) ids)
				.fetch();
			followEvents(new Object[] { files.getValues(0, Long.class).toArray(Long[]::new),
					files.getValues(1, String.class).toArray(String[]::new) });
		}
		return ids.length;
	}

	/** Puts the province on the events of each member: two arrays, the members' ids and their provinces. */
	private void followEvents(Object[] members) {
		dsl.execute("""
				update member_event e set province_code = x.province
				from unnest(?::bigint[], ?::varchar[]) as x (id, province)
				where e.member_id = x.id and e.province_code is distinct from x.province""", members);
	}

	/** The members whose events still wait to be re-keyed (V32). */
	public int pendingKeys() {
		return dsl.fetchCount(DSL.table(DSL.name("member_key_pending")));
	}

	private static java.sql.Date sqlDate(LocalDate date) {
		return date == null ? null : java.sql.Date.valueOf(date);
	}

	/** The events that count (not voided) of each member, in ledger order, read in chunks. */
	public Map<Long, List<LedgerEvent>> activeEvents(Collection<Long> memberIds) {
		return activeEvents(memberIds, java.util.Set.of());
	}

	/**
	 * {@link #activeEvents(Collection)} without the events of the types left out, for a reader that needs none of them
	 * (the grades, {@code ASSESSED}, are 71 % of the nation's events).
	 */
	public Map<Long, List<LedgerEvent>> activeEvents(Collection<Long> memberIds, java.util.Set<MemberEventType> leftOut) {
		Map<Long, List<LedgerEvent>> events = new java.util.HashMap<>();
		List<Long> all = new ArrayList<>(memberIds);
		Condition kept = leftOut.isEmpty() ? DSL.noCondition()
				: MEMBER_EVENT.TYPE.notIn(leftOut.stream().map(Enum::name).toList());
		for (int from = 0; from < all.size(); from += CHUNK) {
			dsl.selectFrom(MEMBER_EVENT)
				.where(MEMBER_EVENT.MEMBER_ID.eq(DSL.any(all.subList(from, Math.min(all.size(), from + CHUNK))
					.toArray(Long[]::new))))
				.and(MEMBER_EVENT.VOIDED_AT.isNull())
				.and(kept)
				.orderBy(MEMBER_EVENT.MEMBER_ID, MEMBER_EVENT.EFFECTIVE_ON, MEMBER_EVENT.ID)
				.forEach(r -> events.computeIfAbsent(r.getMemberId(), k -> new ArrayList<>())
					.add(new LedgerEvent(MemberEventType.valueOf(r.getType()), r.getEffectiveOn(), r.getOrgCode(),
							r.getDecisionNo(), r.getDecisionDate(), r.getDetail())));
		}
		return events;
	}

	/**
	 * Sets the province of the members whose organization today is one of the keys (to its value), on all their rows;
	 * answers how many members changed.
	 */
	public int reassignProvinces(Map<String, String> provinceByOrganization) {
		if (provinceByOrganization.isEmpty()) {
			return 0;
		}
		String[] codes = provinceByOrganization.keySet().toArray(String[]::new);
		String[] provinces = java.util.Arrays.stream(codes).map(provinceByOrganization::get).toArray(String[]::new);
		var changed = dsl.resultQuery("""
				update member m set province_code = x.province
				from unnest(cast(? as text[]), cast(? as text[])) as x (code, province)
				where m.org_code = x.code and m.province_code is distinct from x.province
				returning m.id, m.province_code""", codes, provinces).fetch();
		Long[] ids = changed.getValues(0, Long.class).toArray(Long[]::new);
		String[] to = changed.getValues(1, String.class).toArray(String[]::new);
		followProvinces(ids, to, true);
		return ids.length;
	}

	/** Whether any member file is recorded at all. */
	public boolean anyMember() {
		return dsl.fetchExists(MEMBER);
	}

	/**
	 * Members with a period in one of the organizations on or after the date (those a restructuring may move), or at
	 * any time when it is null; the codes bound as one array (a province's subtree over its history has tens of
	 * thousands).
	 */
	public List<Long> membersOfOrganizationsFrom(Collection<String> orgCodes, LocalDate from) {
		return dsl.selectDistinct(MEMBER_PERIOD.MEMBER_ID)
			.from(MEMBER_PERIOD)
			.where(MEMBER_PERIOD.ORG_CODE.eq(DSL.any(orgCodes.toArray(String[]::new))))
			.and(from == null ? DSL.noCondition() : MEMBER_PERIOD.VALID_TO.gt(from))
			.fetch(MEMBER_PERIOD.MEMBER_ID);
	}

	/** Members (official and probationary) whose period on the date is in one of the organizations. */
	public long countMembersOn(Collection<String> orgCodes, LocalDate date, boolean officialOnly) {
		return dsl.fetchCount(dsl.selectOne()
			.from(MEMBER_PERIOD)
			.where(MEMBER_PERIOD.ORG_CODE.in(orgCodes))
			.and(MEMBER_PERIOD.VALID_FROM.le(date))
			.and(MEMBER_PERIOD.VALID_TO.gt(date))
			.and(officialOnly ? MEMBER_PERIOD.STATUS.eq("OFFICIAL") : MEMBER_PERIOD.STATUS.in("OFFICIAL", "PROBATIONARY")));
	}

}
