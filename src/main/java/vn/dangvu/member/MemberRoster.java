package vn.dangvu.member;

import static vn.dangvu.member.internal.schema.Tables.MEMBER;
import static vn.dangvu.member.internal.schema.Tables.MEMBER_PERIOD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.common.database.RenderedQuery;
import vn.dangvu.common.text.Masking;
import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.member.internal.FilesByKey;
import vn.dangvu.member.internal.MemberStore;
import vn.dangvu.member.internal.NameWordStatistics;
import vn.dangvu.member.internal.StatisticsProjection;
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

	/** How many members of the province a list's walk in its order reads for each one up to the page's end. */
	static final int WALK = 40;

	/** The fewest members of the province the walk reads before it gives up. */
	static final int WALK_MIN = 2_000;

	/** The fewest members of the province the walk reads first. */
	static final int WALK_FIRST = 100;

	/**
	 * How many times longer the longest walk is by birth date: a province's oldest members are mostly dead or gone
	 * (Hồ Chí Minh City's 50th member of today is the 7,306th of its files by birth date, none of the first 2,000).
	 */
	static final int BIRTH_DATE_WALK = 10;

	/**
	 * How many times longer the longest walk is for a list with a condition on the file that the projection counts
	 * (its gender, V44; of an ethnic minority or a believer, or not, V45): the order gathers what it chooses, given
	 * names their gender (Hồ Chí Minh City's first 2,000 members by given name are men), and a walk that fills the page
	 * reads nothing more: the city's women 2.7–3.8 → 0.16–0.18 s. A list whose members are counted walks no further:
	 * its count reads them all, about what sorting them with it costs (the city's probationary women: 0.62 s counted,
	 * 0.72 s counted and sorted).
	 */
	static final int FILE_WALK = 10;

	/** The columns of a list's row ({@link #row}), and the member's key. */
	private static final List<Field<?>> ROW_FIELDS = List.of(MEMBER.MEMBER_NO, MEMBER.FULL_NAME, MEMBER.GENDER,
			MEMBER.BIRTH_DATE, MEMBER.ETHNICITY, MEMBER.RELIGION, MEMBER_PERIOD.STATUS, MEMBER_PERIOD.ORG_CODE,
			MEMBER_PERIOD.EXEMPTED, MEMBER.NATIONAL_ID, MEMBER.ID);

	/**
	 * The columns of a list counted and sorted in one statement ({@link #list}: found by its words, or its walk cut
	 * short): a row's, and the given name that every order ends with.
	 */
	private static final List<Field<?>> FOUND_FIELDS = java.util.stream.Stream
		.concat(ROW_FIELDS.stream(), java.util.stream.Stream.of(MEMBER.GIVEN_NAME))
		.toList();

	/** PostgreSQL's ICU collation for Vietnamese. */
	static final String VIETNAMESE = "vi-VN-x-icu";

	private final DSLContext dsl;

	private final MemberStore store;

	private final StatisticsProjection projection;

	/**
	 * {@link #WALK}, {@link #WALK_MIN} and {@link #WALK_FIRST}; tests shorten the walk to see it cut short.
	 */
	int walkLength = WALK;

	int walkMin = WALK_MIN;

	int walkFirst = WALK_FIRST;

	int birthDateWalk = BIRTH_DATE_WALK;

	int fileWalk = FILE_WALK;

	/** Whether lists are walked in their order ({@link #walks}); tests compare with the pages sorted without it. */
	boolean walking = true;

	/**
	 * Whether a list's total and strays are read from the projection (V33); tests compare with the periods' count, and
	 * so a page sorted without its walk (the province's members unknown) with the walk's.
	 */
	boolean projectedScope = true;

	/**
	 * Whether a list searched by name is read from its words ({@link #found}): when null, as the estimates say; tests
	 * set it both ways to compare the two.
	 */
	Boolean byWords;

	/**
	 * Whether the members found by their words have their organizations probed in the subtree one period at a time
	 * ({@link #PROBED_SHARE_DIVISOR}): when null, as the estimates say; tests set it both ways to compare the two.
	 */
	Boolean probed;

	private final Organizations organizations;

	private final NameWordStatistics wordStatistics;

	/** The organization of the member's period on the date, beside the file's columns. */
	private static final Field<String> PERIOD_ORG = DSL.field(DSL.select(MEMBER_PERIOD.ORG_CODE)
		.from(MEMBER_PERIOD)
		.where(MEMBER_PERIOD.MEMBER_ID.eq(MEMBER.ID))
		.and(MEMBER_PERIOD.VALID_FROM.le(DSL.param("asOf", MEMBER_PERIOD.VALID_FROM.getDataType())))
		.and(MEMBER_PERIOD.VALID_TO.gt(DSL.param("asOf", MEMBER_PERIOD.VALID_TO.getDataType())))).as("period_org");

	/** A member's file with the organization of its period on a date: a member's page reads it, its SQL rendered once. */
	private final RenderedQuery fileAsOf;

	MemberRoster(DSLContext dsl, MemberStore store, StatisticsProjection projection, Organizations organizations,
			NameWordStatistics wordStatistics) {
		this.wordStatistics = wordStatistics;
		this.dsl = dsl;
		this.store = store;
		this.projection = projection;
		this.organizations = organizations;
		this.fileAsOf = RenderedQuery.of(dsl, dsl.select(MEMBER.fields())
			.select(PERIOD_ORG)
			.from(MEMBER)
			.where(MEMBER.MEMBER_NO.eq(DSL.param("memberNo", MEMBER.MEMBER_NO.getDataType()))));
	}

	private static Field<String> vietnamese(Field<String> field) {
		return DSL.field("{0} collate \"" + VIETNAMESE + "\"", String.class, field);
	}

	public MemberPage list(MemberQuery q) {
		Conditions conditions = conditions(q);
		List<Condition> onFile = conditions.onFile();
		LocalDate today = LocalDate.now();
		Scope scope = scope(q, conditions, today);
		Found found = found(q, conditions, scope);
		long offset = (long) q.page() * q.size();
		boolean walked = scope.province() != null && walks(q.sort());
		long total;
		Result<Record> records;
		List<Condition> all = new ArrayList<>(conditions.onPeriod());
		all.addAll(onFile);
		if (found != null || (walked && !onFile.isEmpty())) {
			// walked in the list's order first; when the walk fills the page the members are counted apart, else they are
			// counted and sorted in one statement: found by their words, or matching conditions on the file too rare
			// among the province's first members in the list's order to fill the page ({@link #walk}), which the count
			// and the sort would each read in full (Hồ Chí Minh City's 8,381 probationary women of today among its 20,684
			// probationary members, 0.62 s each; one statement 0.72 s the page). The order can hide common ones: the
			// city's first 2,000 by given name bear men's names; its women, counted by the projection (V44), are walked
			// ten times further (FILE_WALK)
			List<Long> first = walked ? walk(all, conditions, q, scope, found) : null;
			if (first != null) {
				total = scope.whole() ? scope.total() : counted(conditions, found);
				records = pageOf(ROW_FIELDS, all, conditions, q, scope, first);
			}
			else {
				var listed = DSL.name("listed").asMaterialized(matching(FOUND_FIELDS, all, conditions, found));
				Field<Integer> listedTotal = DSL.count().over().as("listed_total");
				records = dsl.with(listed)
					.select(listed.fields())
					.select(listedTotal)
					.from(listed)
					.orderBy(order(q.sort(), listed))
					.limit(q.size())
					.offset(offset)
					.fetch();
				// a page past the last has no row to carry the total
				total = !records.isEmpty() ? records.get(0).get(listedTotal)
						: offset == 0 ? 0 : counted(conditions, found);
			}
		}
		else {
			// counted by the projection, or not walked: the members are counted apart
			total = scope.whole() ? scope.total() : counted(conditions, null);
			records = walked ? walkedPage(ROW_FIELDS, all, conditions, q, scope)
					: matching(ROW_FIELDS, all, conditions, null).orderBy(order(q.sort()))
						.limit(q.size())
						.offset(offset)
						.fetch();
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
	 * What a list of a subtree knows before it reads a member: the province whose members it walks in name order or
	 * finds by their name words (null when it does neither), the subtree's members on the day under the list's
	 * conditions on the period (null when not known) and, when it says so ({@code whole}), on the file too — every
	 * condition of a list without one on the file, or the one counted by the projection (V44, V45) —, the subtree's
	 * strays — its members on the day who belong to another province today (null when not read) — and the province's
	 * members at its last year-end (null when not known).
	 */
	private record Scope(String province, Long total, boolean whole, Long[] strays, Long provinceMembers) {
	}

	/**
	 * The {@link Scope} of the list of {@code q}. A subtree's list in name order walks its province's members in that
	 * order (V30) — a few more than the page — instead of sorting the whole subtree or walking the nation, and a list
	 * searched by name may find its members among the province's name words (V31); the members of the subtree on the
	 * day who belong to another province today ("strays": transferred out since, or the subtree merged away) are
	 * added to them. The total and the strays come from the statistics projection and the strays' table (V33) when
	 * they can tell, else from the subtree's periods.
	 */
	private Scope scope(MemberQuery q, Conditions conditions, LocalDate today) {
		// the province: the organization's today, or on the list's date when it no longer exists (its members are then
		// strays)
		String todays = null;
		String province = null;
		if (q.orgCode() != null && (walks(q.sort()) || conditions.text() != null)) {
			todays = organizations.provinceCodes(List.of(q.orgCode()), today).get(q.orgCode());
			province = todays != null ? todays
					: organizations.provinceCodes(List.of(q.orgCode()), q.asOf()).get(q.orgCode());
		}
		// the subtree's total without the conditions on the file too when the list is searched by name: its members
		// are weighed against the words' (found)
		String figure = conditions.text() != null ? figure(q) : figure(q, conditions);
		Projected projected = q.orgCode() == null || !projectedScope ? null
				: projected(q, figure, todays != null && !q.asOf().isAfter(today) ? todays : null, today);
		Long total = projected == null ? null : projected.total();
		Long[] strays = projected == null ? null : projected.strays();
		if ((conditions.onFile().isEmpty() && total == null) || (province != null && strays == null)) {
			// the periods alone (index-only, V30) give the total, and the strays
			var counted = dsl.select(DSL.count(), province == null ? DSL.castNull(SQLDataType.BIGINT.array())
					: DSL.arrayAgg(MEMBER_PERIOD.MEMBER_ID).filterWhere(MEMBER_PERIOD.PROVINCE_CODE.isDistinctFrom(province)))
				.from(MEMBER_PERIOD)
				.where(conditions.onPeriod())
				.fetchSingle();
			total = total != null ? total : (long) counted.value1();
			strays = strays != null ? strays : counted.value2();
		}
		// counted by the projection with the list's one condition on the file (its gender, …), or without one
		boolean whole = conditions.onFile().isEmpty()
				|| (conditions.text() == null && projected != null && projected.total() != null);
		return new Scope(province, total, whole, province == null ? null : strays == null ? new Long[0] : strays,
				projected == null ? null : projected.provinceMembers());
	}

	/**
	 * The members among whom a list searched by name is found ({@link #found}), and how many of the province's are
	 * expected among them.
	 */
	private record Found(Select<Record1<Long>> members, double expected, boolean probed) {
	}

	/**
	 * The found members' organizations are probed in the subtree one period at a time when they are expected to be
	 * fewer than this share of the subtree's members on the day (a tenth); more, and the subtree's periods of the day
	 * are hashed once. On Hồ Chí Minh City's 738,572: "quach" (3,978 found) 0.96 s hashed, 0.20 s probed; "nguyen van"
	 * (261,781 with "van") 2.1 s hashed, 2.8–3.5 s probed.
	 */
	static final int PROBED_SHARE_DIVISOR = 10;

	/**
	 * The members among whom the list of {@code q} searched by name is found, when they are expected to be fewer than
	 * the subtree's members on the day: those of its province whose name has the text's words, walked from the rarest
	 * of them ({@link #candidatesByName}, V31), those whose number the text is, and the subtree's strays whose name or
	 * number matches. Null otherwise (the subtree's members are then tested for the words one by one) and when the
	 * province's members or the subtree's are not known. The province's members with the rarest word are expected
	 * from that word's share of the name words ({@link NameWordStatistics}), the name words a member has, and the
	 * province's members at its last year-end. Hồ Chí Minh City's 738,000 members, each tested for "nguyen van", were
	 * counted in 10.7 s, and those of a rare name were sorted as long.
	 */
	private Found found(MemberQuery q, Conditions conditions, Scope scope) {
		if (conditions.text() == null || scope.province() == null || scope.total() == null
				|| scope.provinceMembers() == null) {
			return null;
		}
		List<String> words = VietnameseText.words(VietnameseText.fold(q.text()));
		double expected = 0;
		Select<Record1<Long>> found = dsl.select(MEMBER.ID)
			.from(MEMBER)
			.where(numberIs(q.text()))
			.union(dsl.select(MEMBER.ID)
				.from(MEMBER)
				.where(MEMBER.ID.eq(DSL.any(scope.strays())))
				.and(conditions.text()));
		if (!words.isEmpty()) {
			int rarest = rarest(words);
			NameWordStatistics.Snapshot statistics = wordStatistics.snapshot();
			expected = statistics.share(words.get(rarest), rarest == words.size() - 1) * statistics.wordsPerName()
					* scope.provinceMembers();
			if (byWords == null ? expected >= scope.total() : !byWords) {
				return null;
			}
			found = candidatesByName(words, List.of(scope.province()), rarest, null).union(found);
		}
		return new Found(found, expected, probed == null ? expected * PROBED_SHARE_DIVISOR < scope.total() : probed);
	}

	/**
	 * The members' periods joined with their files under {@code where}, read from the {@code found} members (then
	 * without the conditions' text, which they were found by, and, when they are few, with the subtree probed period
	 * by period) when they are given.
	 */
	private SelectConditionStep<Record> matching(List<? extends SelectField<?>> fields, List<Condition> where,
			Conditions conditions, Found found) {
		if (found == null) {
			return dsl.select(fields)
				.from(MEMBER_PERIOD)
				.join(MEMBER).on(MEMBER.ID.eq(MEMBER_PERIOD.MEMBER_ID))
				.where(where);
		}
		var matched = DSL.name("matched").fields("member_id").asMaterialized(found.members());
		Field<Long> id = matched.field("member_id", Long.class);
		// a few found members take their periods by key, and each period's organization is then probed in the subtree:
		// as a subquery the subtree was joined to its own periods first, which the planner took for a few dozen rows
		// (Hồ Chí Minh City's 738,572 periods of the day hashed for the 3,978 members found by "quach")
		return dsl.with(matched)
			.select(fields)
			.from(matched)
			.join(MEMBER_PERIOD).on(MEMBER_PERIOD.MEMBER_ID.eq(id))
			.join(MEMBER).on(MEMBER.ID.eq(id))
			.where(where.stream()
				.filter(c -> c != conditions.text())
				.map(c -> found.probed() && c == conditions.inSubtree() ? conditions.subtreeProbe() : c)
				.toList());
	}

	/**
	 * The conditions of a list: on the member's period of the day ({@code onPeriod}, the subtree's among them), on the
	 * file ({@code onFile}), the subtree's alone (null without an organization), the same tested for each period
	 * ({@code subtreeProbe}: {@code Organizations.inSubtreeCondition}) and the text's, among those on the file (null
	 * without a text).
	 */
	private record Conditions(List<Condition> onPeriod, List<Condition> onFile, Condition inSubtree,
			Condition subtreeProbe, Condition text) {
	}

	private Conditions conditions(MemberQuery q) {
		List<Condition> where = new ArrayList<>();
		List<Condition> onFile = new ArrayList<>();
		where.add(MEMBER_PERIOD.VALID_FROM.le(q.asOf()).and(MEMBER_PERIOD.VALID_TO.gt(q.asOf())));
		// the subtree as a subquery: a province's 10,000 codes stay in the database
		Condition inSubtree = q.orgCode() == null ? null
				: MEMBER_PERIOD.ORG_CODE.in(organizations.subtreeCodesQuery(q.orgCode(), q.asOf()));
		if (inSubtree != null) {
			where.add(inSubtree);
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
		Condition text = null;
		if (q.text() != null && !q.text().isBlank()) {
			text = textMatches(q.text());
			onFile.add(text);
		}
		Condition subtreeProbe = q.orgCode() == null ? null
				: organizations.inSubtreeCondition(q.orgCode(), MEMBER_PERIOD.ORG_CODE, q.asOf());
		return new Conditions(where, onFile, inSubtree, subtreeProbe, text);
	}

	/**
	 * How many members the list of {@code q} has — its {@link MemberPage#total()} — without reading any of them: from
	 * the statistics projection when it can tell (V33), as the list's total is, or counted.
	 */
	public long count(MemberQuery q) {
		Conditions conditions = conditions(q);
		if (conditions.text() != null) {
			Scope scope = scope(q, conditions, LocalDate.now());
			return counted(conditions, found(q, conditions, scope));
		}
		String figure = figure(q, conditions);
		Projected projected = q.orgCode() == null || !projectedScope || figure == null ? null
				: projected(q, figure, null, LocalDate.now());
		if (projected != null && projected.total() != null) {
			return projected.total();
		}
		return counted(conditions, null);
	}

	/**
	 * The members meeting the conditions, counted: from the periods alone when none is on the file, from the
	 * {@code found} members when they are given ({@link #found}).
	 */
	private long counted(Conditions conditions, Found found) {
		if (conditions.onFile().isEmpty()) {
			return dsl.fetchCount(dsl.selectOne().from(MEMBER_PERIOD).where(conditions.onPeriod()));
		}
		List<Condition> where = new ArrayList<>(conditions.onPeriod());
		where.addAll(conditions.onFile());
		return matching(List.of(DSL.count()), where, conditions, found).fetchSingle().get(0, Long.class);
	}

	/** The rows an export reads from the database at a time. */
	static final int EXPORT_FETCH = 1_000;

	/**
	 * Every member of the list of {@code q} in its order, its page and size ignored, read in one statement as they
	 * come ({@value #EXPORT_FETCH} rows at a time): an export of a province's hundreds of thousands. Read page after
	 * page, each page walked past all those before it (Hồ Chí Minh City's 738,000 members in 1,477 pages). Party age
	 * is not computed (null), as in search results.
	 */
	public void forEach(MemberQuery q, Consumer<MemberRow> action) {
		Conditions conditions = conditions(q);
		try (Cursor<Record> rows = dsl.select(ROW_FIELDS)
			.from(MEMBER_PERIOD)
			.join(MEMBER).on(MEMBER.ID.eq(MEMBER_PERIOD.MEMBER_ID))
			.where(conditions.onPeriod())
			.and(DSL.and(conditions.onFile()))
			.orderBy(order(q.sort()))
			.fetchSize(EXPORT_FETCH)
			.fetchLazy()) {
			rows.forEach(r -> action.accept(row(r)));
		}
	}

	/**
	 * A list's total (null when not counted) and strays (null when not read) from the projection (V33), and the
	 * members of the province at its last year-end (V34; null without a province or a year-end).
	 */
	private record Projected(Long total, Long[] strays, Long provinceMembers) {
	}

	/**
	 * The column of the statistics projection (V26, V33, V44, V45) that counts the list's members under all its
	 * conditions, when one does: {@link #figure(MemberQuery)} without a condition on the file; with one condition on
	 * the file alone among the official and probationary members, exempted or not — their gender, being of an ethnic
	 * minority or not, a believer or not — the members who are, or the others; null otherwise.
	 */
	private static String figure(MemberQuery q, Conditions conditions) {
		if (conditions.onFile().isEmpty()) {
			return figure(q);
		}
		if (conditions.onFile().size() > 1 || !"total".equals(figure(q))) {
			return null;
		}
		String part;
		boolean of;
		if (q.gender() != null) {
			part = "female";
			of = q.gender() == Gender.FEMALE;
		}
		else if (q.ethnicMinority() != null) {
			part = "minority";
			of = q.ethnicMinority();
		}
		else if (q.religious() != null) {
			part = "religious";
			of = q.religious();
		}
		else {
			return null;
		}
		return of ? part : "total - " + part;
	}

	/**
	 * The column of the statistics projection (V26, V33) that counts the list's members under its conditions on the
	 * period, when one does: the official and probationary members, or one of the two, with or without those
	 * exempted; null otherwise.
	 */
	private static String figure(MemberQuery q) {
		Set<MemberStatus> both = java.util.EnumSet.of(MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY);
		Set<MemberStatus> statuses = q.statuses().isEmpty() ? both : q.statuses();
		if (statuses.equals(both)) {
			return q.exempted() == null ? "total" : q.exempted() ? "exempted" : "total - exempted";
		}
		if (q.exempted() != null || statuses.size() != 1) {
			return null;
		}
		return switch (statuses.iterator().next()) {
			case OFFICIAL -> "official";
			case PROBATIONARY -> "probationary";
			default -> null;
		};
	}

	/**
	 * The total of the subtree's list on its date in the {@code figure} column (when not null) and the strays of the
	 * {@code province} (when not null), in one statement; null when neither can be told. The total is the stock of the
	 * 31 December before the date plus the changes since, or of the one after it less the changes after the date (V33),
	 * whichever year-end is nearer and in the horizon, when every member's contribution is in ({@link #stock},
	 * {@link #changes}); the changes are read only when some come after the first day of their window (V38). The strays
	 * are the periods of the day in its organizations whose members belong to another province (V33), with, when
	 * organizations have left the subtree since the day for another province, the periods there; each stray's
	 * organization is checked against the subtree by itself. The subtree's codes are read only by the parts that need
	 * them: checked against them, the strays had PostgreSQL's generic plan hash all of Hồ Chí Minh City's 44,320 codes
	 * (113 ms) for no stray on the day.
	 */
	private Projected projected(MemberQuery q, String figure, String province, LocalDate today) {
		StatisticsProjection.State state = figure == null ? null : projection.state();
		LocalDate asOf = q.asOf();
		LocalDate stockOn = state == null ? null : state.yearEndFor(asOf);
		LocalDate from = null;
		LocalDate to = null;
		if (stockOn == null && province == null) {
			return null;
		}
		String column = stockOn == null ? "0" : figure;
		int sign = stockOn != null && stockOn.isAfter(asOf) ? -1 : 1;
		if (stockOn != null) {
			from = sign > 0 ? stockOn : asOf;
			to = sign > 0 ? asOf : stockOn;
		}
		// a year-end reads no change, nor a window after the last day of any (V38): a list of today in the second
		// half of the year, counted back from the year-end to come, would probe each organization of the subtree
		boolean noChange = from == null || from.equals(to) || state.changesUntil() == null
				|| !state.changesUntil().isAfter(from);
		// when the organization was top-level whenever it existed in the window, its subtree is its province on every
		// day of it: the stock and the changes are read by province (V34, V39)
		boolean wholeProvince = stockOn != null && organizations.topLevelThroughout(List.of(q.orgCode()), from, to);
		Record counted = dsl.resultQuery("""
				with s as materialized ({0})
				select {1} + {2} * {3},
				       (select array_agg(member_id) from member_period_stray
				        where org_province_code = {4} and valid_from <= {5} and valid_to > {5} and {6}),
				       (select total from member_stock_province_stat where province_code = {4}
				        order by year desc limit 1)""",
				organizations.subtreeCodesQuery(q.orgCode(), asOf),
				stock(q.orgCode(), stockOn, asOf, column, wholeProvince),
				DSL.val(sign), noChange ? DSL.inline(0L) : changes(q.orgCode(), column, from, to, asOf, wholeProvince),
				DSL.val(province, String.class), DSL.val(asOf),
				organizations.inSubtreeCondition(q.orgCode(),
						DSL.field(DSL.name("member_period_stray", "org_code"), String.class), asOf))
			.fetchSingle();
		Long[] strays = null;
		if (province != null) {
			List<Long> all = new ArrayList<>();
			Long[] kept = counted.get(1, Long[].class);
			if (kept != null) {
				all.addAll(List.of(kept));
			}
			all.addAll(movedAway(q.orgCode(), asOf, province, today));
			strays = all.toArray(Long[]::new);
		}
		return new Projected(stockOn == null ? null : counted.get(0, Long.class), strays, counted.get(2, Long.class));
	}

	/**
	 * The year-end's stock in {@code column} of the subtree of {@code orgCode} on {@code asOf} (0 without a year-end),
	 * as a field of the total's statement, whose subtree is {@code s}. When the organization was top-level whenever it
	 * existed between the year-end and the day ({@code wholeProvince}), its subtree is its province on both: the stock
	 * summed by province (V34), with the organizations that crossed the province's boundary in between added or taken
	 * out ({@code Organizations.subtreeChangeQuery}). Otherwise the stock of each organization of the subtree: Hồ Chí
	 * Minh City's 44,320 probed one by one took 0.48 s warm, the subtree's codes half of it.
	 */
	private Field<Long> stock(String orgCode, LocalDate stockOn, LocalDate asOf, String column, boolean wholeProvince) {
		if (stockOn == null) {
			return DSL.inline(0L);
		}
		Field<Integer> year = DSL.val(stockOn.getYear());
		if (!wholeProvince) {
			return DSL.field("""
					(select coalesce(sum(%s), 0) from member_stock_stat
					 where year = {0} and org_code in (select code from s))""".formatted(column), Long.class, year);
		}
		String province = """
				(select coalesce(sum(%s), 0) from member_stock_province_stat
				 where year = {0} and province_code = {1})""".formatted(column);
		if (stockOn.equals(asOf)) {
			return DSL.field(province, Long.class, year, DSL.val(orgCode));
		}
		return DSL.field(province + """
				 + (select coalesce(sum((%s) * x.sign), 0) from ({2}) x
				    join member_stock_stat t on t.year = {0} and t.org_code = x.code)""".formatted(column), Long.class,
				year, DSL.val(orgCode), organizations.subtreeChangeQuery(orgCode, stockOn, asOf));
	}

	/**
	 * The changes of each day (V33) in {@code column} after {@code from} up to {@code to} of the subtree of
	 * {@code orgCode} on {@code asOf} (one of the two), as a field of the total's statement, whose subtree is
	 * {@code s}. For a whole province ({@code wholeProvince}): its changes summed by province (V39) — each
	 * organization's on a day counted in its province of that day — with, for the organizations that crossed its
	 * boundary in the window (their stays in the subtree leave out a day of {@code [from, to]}), each of their changes
	 * taken out when they were in it on the change's day and put back when they are on {@code asOf}. Otherwise the
	 * changes of each organization of the subtree (so were a province's: Hồ Chí Minh City's 44,320 on 30/06/2025,
	 * 362–374 ms p95 for the list's page).
	 */
	private Field<Long> changes(String orgCode, String column, LocalDate from, LocalDate to, LocalDate asOf,
			boolean wholeProvince) {
		if (!wholeProvince) {
			return DSL.field("""
					(select coalesce(sum(%s), 0) from member_headcount_stat
					 where on_date > {0} and on_date <= {1} and org_code in (select code from s))""".formatted(column),
					Long.class, DSL.val(from), DSL.val(to));
		}
		// only the organizations whose stays leave a day of [from, to] out (c): nearly all the stays that begin or end
		// in a window are an organization's moves within its province, one stay ending the day the next begins (6,214
		// of Hồ Chí Minh City's 6,216 in the first half of 2025); their changes joined with their stays (at most one
		// covers a day), not counted by a subquery against them for each change (1.7 s for that city)
		return DSL.field("""
				((select coalesce(sum(%1$s), 0) from member_headcount_province_stat
				  where province_code = {0} and on_date > {1} and on_date <= {2})
				 + (with b as materialized (select code, valid_from, valid_to from ({4}) x
				                            where x.valid_from > {1} or x.valid_to <= {2}),
				         c as materialized (select code from b group by code
				                            having sum(least(valid_to, {2} + 1) - greatest(valid_from, {1}))
				                                   < {2} + 1 - {1})
				    select (select coalesce(sum(%1$s), 0)
				            from (select code from b where code in (select code from c)
				                  and valid_from <= {3} and {3} < valid_to) n
				            join member_headcount_stat h on h.org_code = n.code and h.on_date > {1} and h.on_date <= {2})
				         - (select coalesce(sum(%1$s), 0)
				            from b join member_headcount_stat h on h.org_code = b.code
				                 and h.on_date >= b.valid_from and h.on_date < b.valid_to
				                 and h.on_date > {1} and h.on_date <= {2}
				            where b.code in (select code from c))))"""
			.formatted(column), Long.class, DSL.val(orgCode), DSL.val(from), DSL.val(to), DSL.val(asOf),
				organizations.subtreeSpansQuery(orgCode, from, to));
	}

	/**
	 * The members of the subtree on the date in organizations that have left it since for another province than
	 * {@code province}, whose members belong to another province: they are strays that the strays' table (V33) does
	 * not hold, since their organization's province is theirs.
	 */
	private List<Long> movedAway(String orgCode, LocalDate asOf, String province, LocalDate today) {
		Set<String> left = organizations.leftSubtreeSince(orgCode, asOf, today);
		if (left.isEmpty()) {
			return List.of();
		}
		Map<String, String> provinces = organizations.provinceCodes(left, today);
		List<String> away = left.stream().filter(code -> !province.equals(provinces.get(code))).toList();
		if (away.isEmpty()) {
			return List.of();
		}
		return dsl.select(MEMBER_PERIOD.MEMBER_ID)
			.from(MEMBER_PERIOD)
			.where(MEMBER_PERIOD.ORG_CODE.in(away))
			.and(MEMBER_PERIOD.VALID_FROM.le(asOf))
			.and(MEMBER_PERIOD.VALID_TO.gt(asOf))
			.and(MEMBER_PERIOD.PROVINCE_CODE.isDistinctFrom(province))
			.fetch(MEMBER_PERIOD.MEMBER_ID);
	}

	/**
	 * A page in the list's order — by name or by birth date ({@link #walks}) — of the members who match {@code where}
	 * (the subtree's condition of {@code conditions} among them): the first {@code offset + size} of those of the
	 * scope's province, with its strays, sorted together. The province's first members in that order are walked
	 * through its index (V30 for the name's, V42 for the birth date's), from twice the page's end (at least
	 * {@value #WALK_FIRST}) and ten times more each time the page is not full, to at most {@value #WALK} times the
	 * page's end (at least {@value #WALK_MIN}; {@value #BIRTH_DATE_WALK} times that by birth date); their periods on
	 * the day are read by their keys, and their organizations checked against the subtree
	 * ({@code Organizations.inSubtree}). When they do not fill the page (a ward of a large province), the subtree's
	 * members of the province are sorted instead; a list found by its words
	 * ({@link #found}) is then counted and sorted in one statement ({@link #list}), its count apart only when the walk
	 * fills the page (one statement every time was slower where it does: Cần Thơ's "nguyen van" 246–264 → 352 ms, its
	 * 19,089 found members sorted). The planner cannot choose between the two: it estimates a subtree of 10,727
	 * organizations at 3 and hashed or sorted its 178,000 members (0.6–1.4 s). The walk is not tried when the subtree's
	 * share of the province ({@code subtreeMembers} of {@code provinceMembers}, when both are known) cannot be expected
	 * to fill the page within the longest walk, nor, for a list found by its words, the subtree's share of the
	 * province's members expected to have them (other conditions on the file are left out: their share is not known):
	 * a grassroots committee of 316 members in Cần Thơ (208,713) walked 100, 1,000 and 2,000 of the province in vain,
	 * about 35 ms, before its members were sorted in 2 ms.
	 */
	private Result<Record> walkedPage(List<Field<?>> fields, List<Condition> where, Conditions conditions,
			MemberQuery q, Scope scope) {
		List<Long> ids = walk(where, conditions, q, scope, null);
		if (ids == null) {
			long end = (long) q.page() * q.size() + q.size();
			ids = new ArrayList<>(matching(List.of(MEMBER.ID), where, conditions, null)
				.and(MEMBER.PROVINCE_CODE.eq(scope.province()))
				.orderBy(order(q.sort()))
				.limit(end)
				.fetch(MEMBER.ID));
		}
		return pageOf(fields, where, conditions, q, scope, ids);
	}

	/**
	 * Whether a list in the order walks its province's members in it ({@link #walkedPage}): by name (V30) and by
	 * birth date (V42), whose province's index gives the order's first key. By organization the order's first key is
	 * the period's, not the file's; by number the subtree's members are sorted (an index of the provinces' numbers
	 * would be one more for the import to build). Tests turn the walk off ({@code walking}) to compare.
	 */
	private boolean walks(MemberSort sort) {
		return walking && (sort == MemberSort.NAME || sort == MemberSort.BIRTH_DATE);
	}

	/**
	 * The first members of the page's end in the walk of the province's members in the list's order
	 * ({@link #walkedPage}), or null when the walk is not tried or does not fill the page.
	 */
	private List<Long> walk(List<Condition> where, Conditions conditions, MemberQuery q, Scope scope, Found found) {
		String province = scope.province();
		Long subtreeMembers = scope.total();
		Long provinceMembers = scope.provinceMembers();
		long offset = (long) q.page() * q.size();
		long end = offset + q.size();
		// the walk grows tenfold from twice the page's end until the page is full, the province's members run out or
		// the longest walk is read: page 1 of a province needs about the first hundred
		long most = Math.max(walkMin, walkLength * end) * (q.sort() == MemberSort.BIRTH_DATE ? birthDateWalk : 1)
				* (scope.whole() && !conditions.onFile().isEmpty() ? fileWalk : 1);
		long walk = Math.min(most, Math.max(walkFirst, 2 * end));
		// the conditions without the subtree's subquery: the walked members are checked against the subtree apart,
		// and every member of the page has passed it
		List<Condition> byKey = where.stream().filter(c -> c != conditions.inSubtree()).toList();
		List<Long> walked = List.of();
		List<Long> ids = List.of();
		// the longest walk is expected to meet most * subtreeMembers / provinceMembers members of the subtree
		boolean hopeless = subtreeMembers != null && provinceMembers != null
				&& subtreeMembers * most < end * provinceMembers;
		// and, when the list is found by its words, of those the share of the province's members expected to have them
		if (found != null && provinceMembers > 0) {
			hopeless |= (double) most * subtreeMembers / provinceMembers * found.expected() / provinceMembers < end;
		}
		while (!hopeless) {
			walked = dsl.select(MEMBER.ID)
				.from(MEMBER)
				.where(MEMBER.PROVINCE_CODE.eq(province))
				.orderBy(order(q.sort()))
				.limit(walk)
				.fetch(MEMBER.ID);
			Map<Long, String> orgs = new HashMap<>();
			dsl.select(MEMBER.ID, MEMBER_PERIOD.ORG_CODE)
				.from(MEMBER_PERIOD)
				.join(MEMBER).on(MEMBER.ID.eq(MEMBER_PERIOD.MEMBER_ID))
				.where(byKey)
				.and(MEMBER.ID.eq(DSL.any(walked.toArray(Long[]::new))))
				.forEach(r -> orgs.put(r.value1(), r.value2()));
			Set<String> inScope = organizations.inSubtree(q.orgCode(), new HashSet<>(orgs.values()), q.asOf());
			ids = new ArrayList<>(walked.stream()
				.filter(id -> orgs.containsKey(id) && inScope.contains(orgs.get(id)))
				.limit(end)
				.toList());
			if (ids.size() >= end || walked.size() < walk || walk >= most) {
				break;
			}
			walk = Math.min(most, walk * 10);
		}
		return hopeless || (ids.size() < end && walked.size() == walk) ? null : ids;
	}

	/**
	 * The page of a walked list ({@link #walkedPage}) from the first members of its province in its order up to the
	 * page's end ({@code ids}) and the subtree's strays, sorted together.
	 */
	private Result<Record> pageOf(List<Field<?>> fields, List<Condition> where, Conditions conditions, MemberQuery q,
			Scope scope, List<Long> ids) {
		List<Condition> byKey = where.stream().filter(c -> c != conditions.inSubtree()).toList();
		List<Long> members = new ArrayList<>(ids);
		members.addAll(List.of(scope.strays()));
		return dsl.select(fields)
			.from(MEMBER_PERIOD)
			.join(MEMBER).on(MEMBER.ID.eq(MEMBER_PERIOD.MEMBER_ID))
			.where(byKey)
			.and(MEMBER.ID.eq(DSL.any(members.toArray(Long[]::new))))
			.orderBy(order(q.sort()))
			.limit(q.size())
			.offset((long) q.page() * q.size())
			.fetch();
	}

	private static List<OrderField<?>> order(MemberSort sort) {
		return order(sort, null);
	}

	/** The list's order over the columns of {@code from} (a materialized list's), or the tables' when it is null. */
	private static List<OrderField<?>> order(MemberSort sort, org.jooq.Table<?> from) {
		List<OrderField<?>> order = new ArrayList<>();
		switch (sort) {
			case MEMBER_NO -> order.add(of(from, MEMBER.MEMBER_NO));
			case BIRTH_DATE -> order.add(of(from, MEMBER.BIRTH_DATE));
			case ORGANIZATION -> order.add(of(from, MEMBER_PERIOD.ORG_CODE));
			case NAME -> {
			}
		}
		order.add(vietnamese(of(from, MEMBER.GIVEN_NAME)));
		order.add(vietnamese(of(from, MEMBER.FULL_NAME)));
		order.add(of(from, MEMBER.MEMBER_NO));
		return order;
	}

	/** The column of {@code from} named as the field, or the field itself when {@code from} is null. */
	private static <T> Field<T> of(org.jooq.Table<?> from, Field<T> field) {
		return from == null ? field : from.field(field);
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
	 * An", "dang" finds "Đặng"; the words of a name may come in any order, the last one as a prefix. The name's words
	 * are looked up in its words (V31) by the member's key, the numbers in their unique indexes.
	 */
	static Condition textMatches(String text) {
		Condition numbers = numberIs(text);
		List<String> words = VietnameseText.words(VietnameseText.fold(text));
		if (words.isEmpty()) {
			return numbers;
		}
		return hasWordStartingWith(MEMBER.ID, words.get(words.size() - 1))
			.and(hasWords(MEMBER.ID, words.subList(0, words.size() - 1)))
			.or(numbers);
	}

	/** The name of the member (by its key) has a word starting with the prefix (V31). */
	private static Condition hasWordStartingWith(Field<Long> memberId, String prefix) {
		return DSL.condition("""
				exists (select from member_name_word x where x.member_id = {0} and x.word >= {1} and x.word < {2})""",
				memberId, DSL.val(prefix), DSL.val(abovePrefix(prefix)));
	}

	/** The member, card or national ID number is the text (each through its unique index). */
	private static Condition numberIs(String text) {
		String exact = VietnameseText.normalize(text);
		return MEMBER.MEMBER_NO.eq(exact).or(MEMBER.CARD_NO.eq(exact)).or(MEMBER.NATIONAL_ID.eq(exact));
	}

	/** The name of the member (by its key) has each of the words whole (V31). */
	private static Condition hasWords(Field<Long> memberId, List<String> words) {
		Condition all = DSL.noCondition();
		for (String word : new LinkedHashSet<>(words)) {
			all = all.and(DSL.condition(
					"exists (select from member_name_word x where x.member_id = {0} and x.word = {1})", memberId,
					DSL.val(word)));
		}
		return all;
	}

	/** The least text above every text that starts with the prefix, in code point (byte-wise) order. */
	private static String abovePrefix(String prefix) {
		int last = prefix.codePointBefore(prefix.length());
		return prefix.substring(0, prefix.length() - Character.charCount(last)) + new String(Character.toChars(last + 1));
	}

	/**
	 * Members found by the header search box, best first: those whose name has the words of the text (in any order,
	 * the last as a prefix) or whose member, card or national ID number it is, among at most
	 * {@value #SEARCH_CANDIDATES} candidates, who belong today to the subtree of {@code orgCode} (all organizations
	 * when null). One statement: the candidates, the numbers, their periods today, the subtree and the order.
	 */
	public List<MemberRow> search(String text, String orgCode, int limit) {
		return search(text, orgCode, limit, -1);
	}

	/**
	 * {@link #search(String, String, int)} walking the province's words from the one at {@code walked} in the text
	 * (the last is a prefix), or from the rarest by the statistics of the words when it is -1.
	 */
	List<MemberRow> search(String text, String orgCode, int limit, int walked) {
		String folded = text == null ? "" : VietnameseText.fold(text).strip();
		List<String> words = VietnameseText.words(folded);
		if (words.isEmpty() && folded.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now();
		Select<Record1<Long>> candidates = dsl.select(MEMBER.ID).from(MEMBER).where(numberIs(text));
		List<String> provinces = words.isEmpty() ? List.of() : searchProvinces(orgCode, today);
		if (!provinces.isEmpty()) {
			candidates = candidatesByName(words, provinces, walked >= 0 ? walked : rarest(words), SEARCH_CANDIDATES)
				.union(candidates);
		}
		// the candidates drive, materialized, and take their periods of today; only then is each one's organization
		// probed in the subtree. A condition on the periods alone was pushed down to them: at the city's scale the
		// planner read every period of today and probed each against the subtree (550–820 ms a search)
		var candidate = DSL.name("candidate").fields("member_id").asMaterialized(candidates);
		var found = DSL.name("found").fields("member_id", "status", "org_code", "exempted").asMaterialized(
				dsl.select(MEMBER_PERIOD.MEMBER_ID, MEMBER_PERIOD.STATUS, MEMBER_PERIOD.ORG_CODE, MEMBER_PERIOD.EXEMPTED)
					.from(candidate)
					.join(MEMBER_PERIOD)
					.on(MEMBER_PERIOD.MEMBER_ID.eq(candidate.field("member_id", Long.class))
						.and(MEMBER_PERIOD.VALID_FROM.le(today))
						.and(MEMBER_PERIOD.VALID_TO.gt(today))));
		Field<String> org = found.field("org_code", String.class);
		return dsl.with(candidate)
			.with(found)
			.select(MEMBER.MEMBER_NO, MEMBER.FULL_NAME, MEMBER.GENDER, MEMBER.BIRTH_DATE, MEMBER.ETHNICITY,
					MEMBER.RELIGION, found.field("status"), org, found.field("exempted"), MEMBER.NATIONAL_ID)
			.from(found)
			.join(MEMBER).on(MEMBER.ID.eq(found.field("member_id", Long.class)))
			.where(orgCode == null ? DSL.noCondition() : organizations.inSubtreeCondition(orgCode, org, today))
			.orderBy(order(MemberSort.NAME))
			.limit(limit)
			.fetch(MemberRoster::row);
	}

	/**
	 * The provinces whose name words (V31) the search reads: the one of the subtree today (none when it does not
	 * exist), or every province and the files without an organization.
	 */
	private List<String> searchProvinces(String orgCode, LocalDate today) {
		List<String> provinces = new ArrayList<>();
		if (orgCode == null) {
			organizations.roots(today).forEach(root -> provinces.add(root.code()));
			provinces.add(""); // files without an organization
		}
		else {
			String province = organizations.provinceCodes(List.of(orgCode), today).get(orgCode);
			if (province != null) {
				provinces.add(province);
			}
		}
		return provinces;
	}

	/**
	 * The members (up to {@code limit} when it is not null) of the provinces with a name word starting with the last
	 * word and the other words whole (V31): the provinces' words are walked from the one at {@code walked} (the last as
	 * a prefix, another whole), each member's other words looked up by its key.
	 */
	private Select<Record1<Long>> candidatesByName(List<String> words, List<String> provinces, int walked,
			Integer limit) {
		int lastIndex = words.size() - 1;
		String last = words.get(lastIndex);
		Field<Long> member = DSL.field(DSL.name("w", "member_id"), Long.class);
		Field<String> word = DSL.field(DSL.name("w", "word"), String.class);
		Condition walk;
		Condition others;
		if (walked == lastIndex) {
			walk = word.ge(last).and(word.lt(abovePrefix(last)));
			others = hasWords(member, words.subList(0, lastIndex));
		}
		else {
			String whole = words.get(walked);
			walk = word.eq(whole);
			others = hasWords(member, words.subList(0, lastIndex).stream().filter(w -> !w.equals(whole)).toList())
				.and(hasWordStartingWith(member, last));
		}
		var candidates = dsl.select(member)
			.from(DSL.table(DSL.name("member_name_word")).as("w"))
			.where(DSL.field(DSL.name("w", "province_code"), String.class).eq(DSL.any(provinces.toArray(String[]::new))))
			.and(walk)
			.and(others);
		return limit == null ? candidates : candidates.limit(limit);
	}

	/** The index of the rarest of the words by their statistics (the last, a prefix, when none is rarer). */
	private int rarest(List<String> words) {
		int rarest = words.size() - 1;
		if (rarest == 0) {
			return rarest;
		}
		NameWordStatistics.Snapshot statistics = wordStatistics.snapshot();
		double least = statistics.share(words.get(rarest), true);
		for (int i = 0; i < words.size() - 1; i++) {
			double share = statistics.share(words.get(i), false);
			if (share < least) {
				least = share;
				rarest = i;
			}
		}
		return rarest;
	}

	/** The member's file, state and timeline as of the date. */
	public Optional<MemberView> find(String memberNo, LocalDate asOf) {
		// the file and the organization of its period on the date in one statement (a member's page is read often)
		var found = fileAsOf.fetch(dsl, "memberNo", memberNo, "asOf", asOf).stream().findFirst();
		return found.map(r -> {
			long id = r.get(MEMBER.ID);
			MemberFile file = MemberStore.file(r);
			List<MemberStore.StoredEvent> events = store.events(id);
			MemberLedger ledger = MemberLedger.of(events.stream().filter(e -> !e.voided()).map(MemberStore.StoredEvent::event).toList());
			MemberState state = ledger.stateOn(asOf);
			String org = r.get(PERIOD_ORG) != null ? r.get(PERIOD_ORG) : state.orgCode();
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
	 * above the one they hold, and their ledgers are not read. The ledgers read leave out the grades ({@code ASSESSED},
	 * 71 % of the nation's events), which no badge rule reads (R-BADGE-1, R-BADGE-4).
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
		// the periods reach the files by key (FilesByKey): hashed, the planner read the nation's 6.5 million files for
		// each province (3 s a province; 61 s for the nation's eligibility); merged, it read them all through their
		// key's index for each province (37 s)
		Condition due = admitted;
		var rows = FilesByKey.read(dsl, () -> dsl
			.select(MEMBER.ID, MEMBER.MEMBER_NO, MEMBER.FULL_NAME, MEMBER_PERIOD.ORG_CODE)
			.from(MEMBER_PERIOD)
			.join(MEMBER).on(MEMBER.ID.eq(MEMBER_PERIOD.MEMBER_ID))
			.where(MEMBER_PERIOD.ORG_CODE.in(orgCodes))
			.and(MEMBER_PERIOD.VALID_FROM.le(date))
			.and(MEMBER_PERIOD.VALID_TO.gt(date))
			.and(MEMBER_PERIOD.STATUS.eq(status.name()))
			.and(due)
			.fetch());
		Map<Long, List<LedgerEvent>> events = store.activeEvents(rows.map(r -> r.value1()),
				candidates == null ? java.util.Set.of() : java.util.Set.of(MemberEventType.ASSESSED));
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
