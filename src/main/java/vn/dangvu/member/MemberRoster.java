package vn.dangvu.member;

import static vn.dangvu.member.internal.schema.Tables.MEMBER;
import static vn.dangvu.member.internal.schema.Tables.MEMBER_PERIOD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.common.text.Masking;
import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.member.internal.MemberStore;
import vn.dangvu.organization.Organizations;

/**
 * Reading members: lists of a subtree as of a date with filters, sorted the Vietnamese way; search ignoring
 * diacritics; one member's file and timeline.
 */
@Service
@Transactional(readOnly = true)
public class MemberRoster {

	/** The matches the search box considers before ordering them: a short list typed further is narrowed, not paged. */
	static final int SEARCH_CANDIDATES = 200;

	/** PostgreSQL's ICU collation for Vietnamese. */
	static final String VIETNAMESE = "vi-VN-x-icu";

	private final DSLContext dsl;

	private final MemberStore store;

	private final Organizations organizations;

	MemberRoster(DSLContext dsl, MemberStore store, Organizations organizations) {
		this.dsl = dsl;
		this.store = store;
		this.organizations = organizations;
	}

	private static Field<String> vietnamese(Field<String> field) {
		return DSL.field("{0} collate \"" + VIETNAMESE + "\"", String.class, field);
	}

	public MemberPage list(MemberQuery q) {
		// the conditions on the period, and those on the file
		List<Condition> where = new ArrayList<>();
		List<Condition> onFile = new ArrayList<>();
		where.add(MEMBER_PERIOD.VALID_FROM.le(q.asOf()).and(MEMBER_PERIOD.VALID_TO.gt(q.asOf())));
		if (q.orgCode() != null) {
			// one array parameter however large the subtree (a province has some 10,000 organizations)
			where.add(MEMBER_PERIOD.ORG_CODE
				.eq(DSL.any(organizations.subtreeCodes(q.orgCode(), q.asOf()).toArray(String[]::new))));
		}
		where.add(q.statuses().isEmpty() ? MEMBER_PERIOD.STATUS.in("OFFICIAL", "PROBATIONARY")
				: MEMBER_PERIOD.STATUS.in(q.statuses().stream().map(Enum::name).toList()));
		if (q.exempted() != null) {
			where.add(MEMBER_PERIOD.EXEMPTED.eq(q.exempted()));
		}
		if (q.gender() != null) {
			onFile.add(MEMBER.GENDER.eq(q.gender().name()));
		}
		if (q.ageBand() != null) {
			// age in whole years on asOf between from and to: born in (asOf - (to+1) years, asOf - from years]
			onFile.add(MEMBER.BIRTH_DATE.gt(q.asOf().minusYears(q.ageBand().to() + 1L))
				.and(MEMBER.BIRTH_DATE.le(q.asOf().minusYears(q.ageBand().from()))));
		}
		if (q.ethnicMinority() != null) {
			onFile.add(q.ethnicMinority() ? DSL.lower(MEMBER.ETHNICITY).ne("kinh") : DSL.lower(MEMBER.ETHNICITY).eq("kinh"));
		}
		if (q.religious() != null) {
			onFile.add(q.religious() ? MEMBER.RELIGION.isNotNull() : MEMBER.RELIGION.isNull());
		}
		if (q.politicalTheory() != null) {
			onFile.add(MEMBER.POLITICAL_THEORY.eq(q.politicalTheory().name()));
		}
		if (q.professionalLevel() != null) {
			onFile.add(MEMBER.PROFESSIONAL_LEVEL.eq(q.professionalLevel().name()));
		}
		if (q.text() != null && !q.text().isBlank()) {
			onFile.add(textMatches(q.text()));
		}
		// a subtree's list in name order walks its province's members in that order (V30) — a few more than the page
		// — instead of sorting the whole subtree or walking the nation; the members of the subtree on the day who
		// belong to another province today ("strays": transferred out since, or the subtree merged away) are read
		// by their ids and sorted in with them
		String province = q.orgCode() == null || q.sort() != MemberSort.NAME ? null : provinceOf(q.orgCode(), q.asOf());
		// the periods alone (index-only, V30) give the total when no condition is on the file, and the strays
		var scope = dsl.select(DSL.count(), province == null ? DSL.castNull(SQLDataType.BIGINT.array())
				: DSL.arrayAgg(MEMBER_PERIOD.MEMBER_ID).filterWhere(MEMBER_PERIOD.PROVINCE_CODE.isDistinctFrom(province)))
			.from(MEMBER_PERIOD)
			.where(where)
			.fetchSingle();
		long total = onFile.isEmpty() ? scope.value1()
				: dsl.fetchCount(dsl.selectOne().from(MEMBER_PERIOD).join(MEMBER).on(MEMBER.ID.eq(MEMBER_PERIOD.MEMBER_ID))
					.where(where).and(DSL.and(onFile)));
		where.addAll(onFile);
		List<Field<?>> fields = List.of(MEMBER.MEMBER_NO, MEMBER.FULL_NAME, MEMBER.GENDER, MEMBER.BIRTH_DATE,
				MEMBER.ETHNICITY, MEMBER.RELIGION, MEMBER_PERIOD.STATUS, MEMBER_PERIOD.ORG_CODE, MEMBER_PERIOD.EXEMPTED,
				MEMBER.NATIONAL_ID, MEMBER.ID);
		long offset = (long) q.page() * q.size();
		Result<Record> records;
		if (province == null) {
			records = dsl.select(fields)
				.from(MEMBER_PERIOD)
				.join(MEMBER).on(MEMBER.ID.eq(MEMBER_PERIOD.MEMBER_ID))
				.where(where)
				.orderBy(order(q.sort()))
				.limit(q.size())
				.offset(offset)
				.fetch();
		}
		else {
			records = namePage(fields, where, province, scope.value2() == null ? new Long[0] : scope.value2(), offset,
					q.size());
		}
		// R-AGE-1 on the list's date, from the ledgers of the page's members only
		Map<Long, List<LedgerEvent>> ledgers = store.activeEvents(records.map(r -> r.get(MEMBER.ID)));
		List<MemberRow> items = records.map(r -> {
			OptionalLong age = MemberLedger.of(ledgers.getOrDefault(r.get(MEMBER.ID), List.of())).partyAgeMonths(q.asOf());
			return row(r, age.isPresent() ? age.getAsLong() : null);
		});
		return new MemberPage(total, q.page(), q.size(), items);
	}

	/**
	 * The province whose members' name order a subtree's list walks: the organization's province today, or on the
	 * list's date when it no longer exists (its members are then strays).
	 */
	private String provinceOf(String orgCode, LocalDate asOf) {
		String today = organizations.provinceCodes(List.of(orgCode), LocalDate.now()).get(orgCode);
		return today != null ? today : organizations.provinceCodes(List.of(orgCode), asOf).get(orgCode);
	}

	/**
	 * A page in name order of the members who match {@code where}: the first {@code offset + size} of those of the
	 * province in the order of its index, with the strays, sorted together.
	 */
	private Result<Record> namePage(List<Field<?>> fields, List<Condition> where, String province, Long[] strays,
			long offset, int size) {
		Field<String> given = vietnamese(MEMBER.GIVEN_NAME).as("given_order");
		Field<String> full = vietnamese(MEMBER.FULL_NAME).as("full_order");
		List<Field<?>> selected = new ArrayList<>(fields);
		selected.add(given);
		selected.add(full);
		var inProvince = dsl.select(selected)
			.from(MEMBER_PERIOD)
			.join(MEMBER).on(MEMBER.ID.eq(MEMBER_PERIOD.MEMBER_ID))
			.where(where)
			.and(MEMBER.PROVINCE_CODE.eq(province))
			.orderBy(order(MemberSort.NAME))
			.limit(offset + size);
		var others = dsl.select(selected)
			.from(MEMBER_PERIOD)
			.join(MEMBER).on(MEMBER.ID.eq(MEMBER_PERIOD.MEMBER_ID))
			.where(where)
			.and(MEMBER_PERIOD.MEMBER_ID.eq(DSL.any(strays)));
		var page = (strays.length == 0 ? inProvince : inProvince.unionAll(others)).asTable("page");
		return dsl.selectFrom(page)
			.orderBy(page.field(given), page.field(full), page.field(MEMBER.MEMBER_NO))
			.limit(size)
			.offset(offset)
			.fetch()
			.into(fields.toArray(Field[]::new));
	}

	private static List<OrderField<?>> order(MemberSort sort) {
		List<OrderField<?>> order = new ArrayList<>();
		switch (sort) {
			case MEMBER_NO -> order.add(MEMBER.MEMBER_NO);
			case BIRTH_DATE -> order.add(MEMBER.BIRTH_DATE);
			case ORGANIZATION -> order.add(MEMBER_PERIOD.ORG_CODE);
			case NAME -> {
			}
		}
		order.add(vietnamese(MEMBER.GIVEN_NAME));
		order.add(vietnamese(MEMBER.FULL_NAME));
		order.add(MEMBER.MEMBER_NO);
		return order;
	}

	private static MemberRow row(Record r) {
		return row(r, null);
	}

	private static MemberRow row(Record r, Long partyAgeMonths) {
		return new MemberRow(r.get(MEMBER.MEMBER_NO), r.get(MEMBER.FULL_NAME), Gender.valueOf(r.get(MEMBER.GENDER)),
				r.get(MEMBER.BIRTH_DATE), r.get(MEMBER.ETHNICITY), r.get(MEMBER.RELIGION),
				MemberStatus.valueOf(r.get(MEMBER_PERIOD.STATUS)), r.get(MEMBER_PERIOD.ORG_CODE),
				r.get(MEMBER_PERIOD.EXEMPTED), Masking.nationalId(r.get(MEMBER.NATIONAL_ID)), partyAgeMonths);
	}

	/**
	 * Name, member number, card number or national ID, diacritics and case ignored: "nguyen van an" finds "Nguyễn Văn
	 * An", "dang" finds "Đặng"; the words of a name may come in any order, the last one as a prefix. Each branch is
	 * one an index answers: a range on the folded name (its btree with text_pattern_ops), the words in the simple
	 * full-text index, the unique numbers.
	 */
	static Condition textMatches(String text) {
		String folded = VietnameseText.fold(text).strip();
		String exact = VietnameseText.normalize(text);
		Condition byName = prefixOfFoldedName(folded);
		String tsQuery = wordsQuery(folded);
		if (tsQuery != null) {
			byName = byName.or(DSL.condition("to_tsvector('simple', {0}) @@ to_tsquery('simple', {1})", MEMBER.NAME_FOLDED,
					DSL.val(tsQuery)));
		}
		return byName.or(MEMBER.MEMBER_NO.eq(exact)).or(MEMBER.CARD_NO.eq(exact)).or(MEMBER.NATIONAL_ID.eq(exact));
	}

	/** {@code name_folded} starts with the text, as a range the pattern-ops index serves whatever the plan. */
	private static Condition prefixOfFoldedName(String folded) {
		if (folded.isEmpty()) {
			return DSL.falseCondition();
		}
		int last = folded.codePointBefore(folded.length());
		String upper = folded.substring(0, folded.length() - Character.charCount(last))
				+ new String(Character.toChars(last + 1));
		return DSL.condition("{0} ~>=~ {1} and {0} ~<~ {2}", MEMBER.NAME_FOLDED, DSL.val(folded), DSL.val(upper));
	}

	/** The words of the text for the simple full-text index, the last as a prefix; null when there are none. */
	private static String wordsQuery(String folded) {
		String cleaned = folded.replaceAll("[^\\p{L}\\p{N} ]", " ").strip();
		if (cleaned.isEmpty()) {
			return null;
		}
		String[] words = cleaned.split("\\s+");
		StringBuilder query = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			query.append(i == 0 ? "" : " & ").append(words[i]).append(i == words.length - 1 ? ":*" : "");
		}
		return query.toString();
	}

	/**
	 * Members found by the header search box: those the text finds (through the indexes, at most
	 * {@value #SEARCH_CANDIDATES} candidates) who belong today to the subtree of {@code orgCode} (all organizations when null), best first.
	 */
	public List<MemberRow> search(String text, String orgCode, int limit) {
		if (text == null || text.isBlank() || VietnameseText.fold(text).isBlank()) {
			return List.of();
		}
		LocalDate today = LocalDate.now();
		// the candidates of the subtree's province only (members carry today's province, ARCHITECTURE.md data
		// principle 8): otherwise a common name's first candidates in the nation may all be elsewhere
		String province = orgCode == null ? null : organizations.provinceCodes(List.of(orgCode), today).get(orgCode);
		var candidates = dsl.select(MEMBER.ID)
			.from(MEMBER)
			.where(textMatches(text))
			.and(province == null ? DSL.trueCondition() : MEMBER.PROVINCE_CODE.eq(province))
			.limit(SEARCH_CANDIDATES);
		Condition inScope = orgCode == null ? DSL.trueCondition()
				: MEMBER_PERIOD.ORG_CODE.in(organizations.subtreeCodes(orgCode, today));
		return dsl.select(MEMBER.MEMBER_NO, MEMBER.FULL_NAME, MEMBER.GENDER, MEMBER.BIRTH_DATE, MEMBER.ETHNICITY,
				MEMBER.RELIGION, MEMBER_PERIOD.STATUS, MEMBER_PERIOD.ORG_CODE, MEMBER_PERIOD.EXEMPTED, MEMBER.NATIONAL_ID)
			.from(MEMBER)
			.join(MEMBER_PERIOD)
			.on(MEMBER_PERIOD.MEMBER_ID.eq(MEMBER.ID)
				.and(MEMBER_PERIOD.VALID_FROM.le(today))
				.and(MEMBER_PERIOD.VALID_TO.gt(today)))
			.where(MEMBER.ID.in(candidates))
			.and(inScope)
			.orderBy(order(MemberSort.NAME))
			.limit(limit)
			.fetch(MemberRoster::row);
	}

	/** The member's file, state and timeline as of the date. */
	public Optional<MemberView> find(String memberNo, LocalDate asOf) {
		return store.idOf(memberNo).map(id -> {
			MemberFile file = store.file(id).orElseThrow();
			List<MemberStore.StoredEvent> events = store.events(id);
			MemberLedger ledger = MemberLedger.of(events.stream().filter(e -> !e.voided()).map(MemberStore.StoredEvent::event).toList());
			MemberState state = ledger.stateOn(asOf);
			String org = dsl.select(MEMBER_PERIOD.ORG_CODE)
				.from(MEMBER_PERIOD)
				.where(MEMBER_PERIOD.MEMBER_ID.eq(id))
				.and(MEMBER_PERIOD.VALID_FROM.le(asOf))
				.and(MEMBER_PERIOD.VALID_TO.gt(asOf))
				.fetchOptional(MEMBER_PERIOD.ORG_CODE)
				.orElse(state.orgCode());
			OptionalLong age = ledger.partyAgeMonths(asOf);
			return new MemberView(file, state.status(), org, state.exempted(), age.isPresent() ? age.getAsLong() : null,
					events.stream()
						.map(e -> new MemberEventView(e.id(), e.event().type(), e.event().effectiveOn(), e.event().orgCode(),
								e.event().decisionNo(), e.event().decisionDate(), e.event().detail(), e.recordedAt(),
								e.recordedBy(), e.voided(), e.voidReason()))
						.toList());
		});
	}

	/** The members with the given status on the date in the organizations, each with its ledger. */
	public List<MemberWithLedger> withLedgers(java.util.Collection<String> orgCodes, LocalDate date, MemberStatus status) {
		return withLedgers(orgCodes, date, status, null);
	}

	/**
	 * {@link #withLedgers(java.util.Collection, LocalDate, MemberStatus)} of the {@code candidates} only, when they are
	 * given: the badge facts on the members' rows (V29) leave out those whose party age cannot have reached a badge
	 * above the one they hold, and their ledgers are not read.
	 */
	public List<MemberWithLedger> withLedgers(java.util.Collection<String> orgCodes, LocalDate date, MemberStatus status,
			BadgeCandidates candidates) {
		Condition admitted = DSL.trueCondition();
		if (candidates != null) {
			Integer[] years = candidates.admittedBy().keySet().toArray(Integer[]::new);
			LocalDate[] admittedBy = java.util.Arrays.stream(years)
				.map(candidates.admittedBy()::get)
				.toArray(LocalDate[]::new);
			admitted = DSL.condition("""
					exists (select from unnest(cast({0} as integer[]), cast({1} as date[])) as due (years, admitted_by)
					        where {2} <= due.admitted_by and due.years > case when {3} <= {4} then {5} else 0 end)""",
					DSL.val(years), DSL.val(admittedBy), MEMBER.PARTY_AGE_FROM, MEMBER.BADGE_ON,
					DSL.val(candidates.badgesBy()), MEMBER.BADGE_YEARS);
		}
		var rows = dsl.select(MEMBER.ID, MEMBER.MEMBER_NO, MEMBER.FULL_NAME, MEMBER_PERIOD.ORG_CODE)
			.from(MEMBER_PERIOD)
			.join(MEMBER).on(MEMBER.ID.eq(MEMBER_PERIOD.MEMBER_ID))
			.where(MEMBER_PERIOD.ORG_CODE.in(orgCodes))
			.and(MEMBER_PERIOD.VALID_FROM.le(date))
			.and(MEMBER_PERIOD.VALID_TO.gt(date))
			.and(MEMBER_PERIOD.STATUS.eq(status.name()))
			.and(admitted)
			.fetch();
		Map<Long, List<LedgerEvent>> events = store.activeEvents(rows.map(r -> r.value1()));
		return rows.map(r -> new MemberWithLedger(r.value2(), r.value3(), r.value4(),
				MemberLedger.of(events.getOrDefault(r.value1(), List.of()))));
	}

	/** The numbers among these that have a file. */
	public java.util.Set<String> recorded(java.util.Collection<String> memberNos) {
		if (memberNos.isEmpty()) {
			return java.util.Set.of();
		}
		return java.util.Set.copyOf(dsl.select(MEMBER.MEMBER_NO)
			.from(MEMBER)
			.where(MEMBER.MEMBER_NO.in(memberNos))
			.fetch(MEMBER.MEMBER_NO));
	}

	/** The organization a member belongs to on the date, if any (for access checks). */
	public Optional<String> organizationOn(String memberNo, LocalDate date) {
		return dsl.select(MEMBER_PERIOD.ORG_CODE)
			.from(MEMBER_PERIOD)
			.join(MEMBER).on(MEMBER.ID.eq(MEMBER_PERIOD.MEMBER_ID))
			.where(MEMBER.MEMBER_NO.eq(memberNo))
			.and(MEMBER_PERIOD.VALID_FROM.le(date))
			.and(MEMBER_PERIOD.VALID_TO.gt(date))
			.fetchOptional(MEMBER_PERIOD.ORG_CODE);
	}

}
