package vn.dangvu.organization;

import static vn.dangvu.organization.internal.schema.Tables.ORGANIZATION;
import static vn.dangvu.organization.internal.schema.Tables.ORGANIZATION_CLOSURE;
import static vn.dangvu.organization.internal.schema.Tables.ORGANIZATION_LINEAGE;
import static vn.dangvu.organization.internal.schema.Tables.ORGANIZATION_VERSION;
import static vn.dangvu.organization.internal.schema.Tables.RESTRUCTURING;
import static vn.dangvu.organization.internal.schema.Tables.RESTRUCTURING_SUBJECT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Record4;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.common.Decision;
import vn.dangvu.common.database.RenderedQuery;
import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.common.time.Dates;
import vn.dangvu.organization.internal.NamesKept;
import vn.dangvu.organization.internal.schema.tables.Organization;
import vn.dangvu.organization.internal.schema.tables.OrganizationVersion;
import vn.dangvu.organization.internal.schema.tables.records.RestructuringRecord;

/**
 * Reading the tree as of any date: organizations, children, subtrees, search, history, lineage and decisions.
 */
@Service
@Transactional(readOnly = true)
public class Organizations {

	private static final Organization PARENT = ORGANIZATION.as("parent");

	/** The ancestor's end of closure rows. */
	private static final Organization ROOT = ORGANIZATION.as("root");

	private static final OrganizationVersion PARENT_VERSION = ORGANIZATION_VERSION.as("parent_version");

	private final DSLContext dsl;

	/** An organization's path on a date: every member's page shows it, its SQL rendered once. */
	private final RenderedQuery pathOn;

	/**
	 * The versions of the names of organizations, by code ({@link #namesOn}): every member's page names its timeline's
	 * organizations, its SQL rendered once.
	 */
	private final RenderedQuery versionsOf;

	/** The stamp of the organizations' names (V43), read with an organization's path. */
	private static final Field<Long> NAMES_STAMP = DSL
		.field(DSL.select(DSL.field(DSL.name("stamp"), Long.class))
			.from(DSL.table(DSL.name("organization_names_stamp"))))
		.as("names_stamp");

	/** The versions of names kept for the member page, for the stamp its path read. */
	private final NamesKept namesKept = new NamesKept();

	Organizations(DSLContext dsl) {
		this.dsl = dsl;
		Field<LocalDate> date = DSL.param("date", ORGANIZATION_CLOSURE.VALID_FROM.getDataType());
		var d = ORGANIZATION.as("d");
		// one query: the ancestors' rows of the closure on the date, each with its version on the date
		this.pathOn = RenderedQuery.of(dsl, viewsOn(date, NAMES_STAMP)
			.join(ORGANIZATION_CLOSURE).on(ORGANIZATION_CLOSURE.ANCESTOR_ID.eq(ORGANIZATION.ID))
			.join(d).on(d.ID.eq(ORGANIZATION_CLOSURE.DESCENDANT_ID))
			.where(d.CODE.eq(DSL.param("code", d.CODE.getDataType())))
			.and(ORGANIZATION_CLOSURE.VALID_FROM.le(date)).and(ORGANIZATION_CLOSURE.VALID_TO.gt(date))
			.orderBy(ORGANIZATION_CLOSURE.DEPTH.desc()));
		this.versionsOf = RenderedQuery.of(dsl, DSL
			.select(ORGANIZATION.CODE, ORGANIZATION_VERSION.VALID_FROM, ORGANIZATION_VERSION.NAME)
			.from(ORGANIZATION)
			.join(ORGANIZATION_VERSION).on(ORGANIZATION_VERSION.ORGANIZATION_ID.eq(ORGANIZATION.ID))
			.where(DSL.condition("{0} = any({1})", ORGANIZATION.CODE, DSL.param("codes", SQLDataType.VARCHAR.array())))
			.orderBy(ORGANIZATION.CODE, ORGANIZATION_VERSION.VALID_FROM));
	}

	private static Condition validOn(OrganizationVersion v, LocalDate date) {
		return validOn(v, DSL.val(date, v.VALID_FROM.getDataType()));
	}

	private static Condition validOn(OrganizationVersion v, Field<LocalDate> date) {
		return v.VALID_FROM.le(date).and(v.VALID_TO.gt(date));
	}

	private org.jooq.SelectOnConditionStep<Record> viewsOn(LocalDate date, org.jooq.SelectFieldOrAsterisk... more) {
		return viewsOn(DSL.val(date, ORGANIZATION_VERSION.VALID_FROM.getDataType()), more);
	}

	/** The organizations' views on the date, with more columns of the joined tables. */
	private org.jooq.SelectOnConditionStep<Record> viewsOn(Field<LocalDate> date, org.jooq.SelectFieldOrAsterisk... more) {
		List<org.jooq.SelectFieldOrAsterisk> fields = new ArrayList<>(List.of(ORGANIZATION.CODE,
				ORGANIZATION.ESTABLISHED_ON, ORGANIZATION.ENDED_ON, ORGANIZATION_VERSION.NAME, ORGANIZATION_VERSION.TYPE,
				ORGANIZATION_VERSION.FIELD, PARENT.CODE));
		fields.addAll(List.of(more));
		return dsl.select(fields)
			.from(ORGANIZATION)
			.join(ORGANIZATION_VERSION)
			.on(ORGANIZATION_VERSION.ORGANIZATION_ID.eq(ORGANIZATION.ID).and(validOn(ORGANIZATION_VERSION, date)))
			.leftJoin(PARENT)
			.on(PARENT.ID.eq(ORGANIZATION_VERSION.PARENT_ID));
	}

	private static OrganizationView view(Record r) {
		return new OrganizationView(r.get(ORGANIZATION.CODE), r.get(ORGANIZATION_VERSION.NAME),
				OrganizationType.valueOf(r.get(ORGANIZATION_VERSION.TYPE)),
				OrganizationField.valueOf(r.get(ORGANIZATION_VERSION.FIELD)), r.get(PARENT.CODE),
				r.get(ORGANIZATION.ESTABLISHED_ON), r.get(ORGANIZATION.ENDED_ON));
	}

	/** The organization as it stood on the date; empty when it did not exist then. */
	public Optional<OrganizationView> find(String code, LocalDate date) {
		return viewsOn(date).where(ORGANIZATION.CODE.eq(code)).fetchOptional(Organizations::view);
	}

	/** Those of the codes whose organizations existed on the date ({@link #find} of many, in one statement). */
	public java.util.Set<String> existingOn(Collection<String> codes, LocalDate date) {
		return new java.util.HashSet<>(viewsOn(date).where(ORGANIZATION.CODE.eq(DSL.any(codes.toArray(String[]::new))))
			.fetch(ORGANIZATION.CODE));
	}

	/** True when an organization with this code was ever recorded. */
	public boolean exists(String code) {
		return dsl.fetchExists(ORGANIZATION, ORGANIZATION.CODE.eq(code));
	}

	/** The organization as it stood on the date, or at its last day when it had ended by then. */
	public Optional<OrganizationView> findLatest(String code, LocalDate date) {
		Optional<OrganizationView> on = find(code, date);
		if (on.isPresent()) {
			return on;
		}
		LocalDate last = dsl.select(DSL.max(ORGANIZATION_VERSION.VALID_TO))
			.from(ORGANIZATION_VERSION)
			.join(ORGANIZATION)
			.on(ORGANIZATION.ID.eq(ORGANIZATION_VERSION.ORGANIZATION_ID))
			.where(ORGANIZATION.CODE.eq(code))
			.and(ORGANIZATION_VERSION.VALID_FROM.le(date))
			.fetchOne(0, LocalDate.class);
		if (last == null) {
			LocalDate first = dsl.select(ORGANIZATION.ESTABLISHED_ON).from(ORGANIZATION).where(ORGANIZATION.CODE.eq(code))
				.fetchOne(ORGANIZATION.ESTABLISHED_ON);
			return first == null ? Optional.empty() : find(code, first);
		}
		return find(code, last.minusDays(1));
	}

	/**
	 * The names of the organizations as {@link #findLatest} gives them — on the date, at their last day when they had
	 * ended by then, on their first when they began after it — in one statement ({@link #namesOn}). Codes never
	 * recorded are left out.
	 */
	public Map<String, String> latestNames(Collection<String> codes, LocalDate date) {
		Map<String, String> names = new HashMap<>();
		namesOn(codes.stream().map(code -> new OrganizationOn(code, date)).toList())
			.forEach((on, name) -> names.put(on.code(), name));
		return names;
	}

	/**
	 * The name of each organization on its day as {@link #findLatest} gives it — on the day, at its last day when it
	 * had ended by then, on its first when it began after it —, every pair from one statement that reads the versions
	 * of their organizations ({@link NamesKept#nameOn}): a year's decisions name theirs as of each decision (one
	 * statement a decision date named the thousands of a province's reorganization). Codes never recorded are left out.
	 */
	public Map<OrganizationOn, String> namesOn(Collection<OrganizationOn> asked) {
		return named(asked,
				versionsOf(asked.stream().map(OrganizationOn::code).filter(java.util.Objects::nonNull).distinct().toList()));
	}

	/** The versions of the organizations' names, by code, each code's in the order they began; one statement. */
	private Map<String, List<NamesKept.NameFrom>> versionsOf(Collection<String> codes) {
		Map<String, List<NamesKept.NameFrom>> versions = new HashMap<>();
		if (!codes.isEmpty()) {
			versionsOf.fetch(dsl, "codes", codes.toArray(String[]::new))
				.forEach(r -> versions.computeIfAbsent(r.get(ORGANIZATION.CODE), k -> new ArrayList<>())
					.add(new NamesKept.NameFrom(r.get(ORGANIZATION_VERSION.VALID_FROM), r.get(ORGANIZATION_VERSION.NAME))));
		}
		return versions;
	}

	/**
	 * The name of each organization asked for on its day, from their versions by code (none: a code not recorded);
	 * a pair without a code is left out.
	 */
	private static Map<OrganizationOn, String> named(Collection<OrganizationOn> asked,
			Map<String, List<NamesKept.NameFrom>> versions) {
		Map<OrganizationOn, String> names = new HashMap<>();
		for (OrganizationOn on : asked) {
			List<NamesKept.NameFrom> of = on.code() == null ? null : versions.get(on.code());
			if (of != null && !of.isEmpty()) {
				names.put(on, NamesKept.nameOn(of, on.date()));
			}
		}
		return names;
	}

	/** The organizations without a parent on the date, in Vietnamese order of names. */
	public List<OrganizationView> roots(LocalDate date) {
		return sorted(viewsOn(date).where(ORGANIZATION_VERSION.PARENT_ID.isNull()).fetch(Organizations::view));
	}

	/** The children of the organization on the date, in Vietnamese order of names. */
	public List<OrganizationView> children(String code, LocalDate date) {
		return sorted(viewsOn(date).where(PARENT.CODE.eq(code)).fetch(Organizations::view));
	}

	/** The organization and everything under it on the date, parents before children. */
	public List<OrganizationView> subtree(String code, LocalDate date) {
		return subtrees(List.of(code), date).getOrDefault(code, List.of());
	}

	/**
	 * The subtrees of several organizations on the date in one closure-table query, by the organization's code
	 * (parents before children in each); an organization that did not exist on the date has none.
	 */
	public Map<String, List<OrganizationView>> subtrees(Collection<String> codes, LocalDate date) {
		var root = ORGANIZATION.as("root");
		Map<String, List<OrganizationView>> subtrees = new LinkedHashMap<>();
		var rootCode = root.CODE.as("subtree_root");
		viewsOn(date, rootCode).join(ORGANIZATION_CLOSURE)
			.on(ORGANIZATION_CLOSURE.DESCENDANT_ID.eq(ORGANIZATION.ID)
				.and(ORGANIZATION_CLOSURE.VALID_FROM.le(date))
				.and(ORGANIZATION_CLOSURE.VALID_TO.gt(date)))
			.join(root)
			.on(root.ID.eq(ORGANIZATION_CLOSURE.ANCESTOR_ID))
			.where(root.CODE.in(codes))
			.orderBy(root.CODE, ORGANIZATION_CLOSURE.DEPTH, ORGANIZATION.CODE)
			.fetch()
			.forEach(r -> subtrees.computeIfAbsent(r.get(rootCode), k -> new ArrayList<>()).add(view(r)));
		return subtrees;
	}

	/** The codes of the organization and everything under it on the date (one closure-table query). */
	public List<String> subtreeCodes(String code, LocalDate date) {
		return subtreeCodesQuery(code, date).orderBy(ORGANIZATION_CLOSURE.DEPTH, ORGANIZATION.CODE)
			.fetch(ORGANIZATION.CODE);
	}

	/**
	 * {@link #subtreeCodes} as a query for another module's statement to use as a subquery ({@code code in (…)}), so
	 * that a subtree of 10,000 organizations stays in the database instead of going to the application and back.
	 */
	public SelectConditionStep<Record1<String>> subtreeCodesQuery(String code, LocalDate date) {
		return closureRows(dsl.select(ORGANIZATION.CODE), ROOT.CODE.eq(code), date, date);
	}

	/**
	 * The closure rows from the organizations the condition on {@link #ROOT} chooses to those of their subtrees at
	 * some time in [from, to], with both ends joined ({@link #ROOT} and {@code ORGANIZATION}).
	 */
	private <R extends Record> SelectConditionStep<R> closureRows(org.jooq.SelectSelectStep<R> select, Condition roots,
			LocalDate from, LocalDate to) {
		return select.from(ORGANIZATION_CLOSURE)
			.join(ROOT).on(ROOT.ID.eq(ORGANIZATION_CLOSURE.ANCESTOR_ID))
			.join(ORGANIZATION).on(ORGANIZATION.ID.eq(ORGANIZATION_CLOSURE.DESCENDANT_ID))
			.where(roots)
			.and(ORGANIZATION_CLOSURE.VALID_FROM.le(to))
			.and(ORGANIZATION_CLOSURE.VALID_TO.gt(from));
	}

	/**
	 * The codes of the subtrees of several organizations on the date, as a query of two columns for another module's
	 * statement: {@code row_key} (the organization's code) and {@code code} (one of its subtree's). The nation's
	 * 352,000 organizations stay in the database.
	 */
	public Select<Record2<String, String>> subtreeCodesQuery(Collection<String> codes, LocalDate date) {
		return closureRows(dsl.select(ROOT.CODE.as("row_key"), ORGANIZATION.CODE.as("code")), rootsByIds(codes), date,
				date);
	}

	/**
	 * The organizations in the subtree of {@code code} on one of two days and not on the other, as a query of two
	 * columns for another module's statement: {@code code}, and {@code sign} — 1 when in on {@code to}, -1 when in on
	 * {@code from}. Added to a sum over the subtree on {@code from}, these terms give the same sum over the subtree on
	 * {@code to}. An organization has one closure row for each stay, and each row counts on the days it covers: the
	 * rows that cover one of the two days are summed by organization before its code is read, for nearly all of them
	 * are an organization's move within the subtree, one stay ending the day the next begins, and cancel (Hồ Chí Minh
	 * City's reorganization of 01/07/2025 began 34,502 stays and ended 22,351; reading the code of each took most of
	 * the 112–144 ms of a list of 30/06/2025).
	 */
	public Select<Record2<String, Integer>> subtreeChangeQuery(String code, LocalDate from, LocalDate to) {
		// the root joined by its code: the planner expects a few changes and joins the statement's other tables to
		// them by key (with the root's id written in, it hashed a year's stock of the nation's organizations)
		var changed = subtreeChanges(ROOT.CODE.eq(code), from, to);
		return dsl.select(ORGANIZATION.CODE.as("code"), changed.field("sign", Integer.class).as("sign"))
			.from(changed)
			.join(ORGANIZATION).on(ORGANIZATION.ID.eq(changed.field("id", Long.class)));
	}

	/**
	 * {@link #subtreeChangeQuery}'s sums by organization, as a table of {@code id} and {@code sign}, of the roots that
	 * {@code roots} chooses on {@link #ROOT}.
	 */
	private Table<Record2<Long, Integer>> subtreeChanges(Condition roots, LocalDate from, LocalDate to) {
		Condition onFrom = ORGANIZATION_CLOSURE.VALID_FROM.le(from).and(ORGANIZATION_CLOSURE.VALID_TO.gt(from));
		Condition onTo = ORGANIZATION_CLOSURE.VALID_FROM.le(to).and(ORGANIZATION_CLOSURE.VALID_TO.gt(to));
		Field<Integer> sign = DSL.sum(DSL.when(onTo.and(onFrom.not()), DSL.inline(1))
			.when(onFrom.and(onTo.not()), DSL.inline(-1))
			.otherwise(DSL.inline(0))).cast(Integer.class);
		return dsl.select(ORGANIZATION_CLOSURE.DESCENDANT_ID.as("id"), sign.as("sign"))
			.from(ORGANIZATION_CLOSURE)
			.join(ROOT).on(ROOT.ID.eq(ORGANIZATION_CLOSURE.ANCESTOR_ID))
			.where(roots)
			.and(ORGANIZATION_CLOSURE.VALID_FROM.le(from.isBefore(to) ? to : from))
			.and(ORGANIZATION_CLOSURE.VALID_TO.gt(from.isBefore(to) ? from : to))
			.and(onFrom.and(onTo.not()).or(onTo.and(onFrom.not())))
			.groupBy(ORGANIZATION_CLOSURE.DESCENDANT_ID)
			.having(sign.ne(DSL.inline(0)))
			.asTable("changed");
	}

	/**
	 * The closure rows under the organizations of these codes, chosen by their ids written into the statement: the
	 * planner then estimates each root's rows from its statistics of the closure (the provinces are its most common
	 * ancestors). Chosen by code through a join, the nation's 331,000 rows were estimated at about a hundred and
	 * probed one by one: 1.4 s for the types, 2.0 s for the stock and 0.8 s for the spans of the nation's summary.
	 */
	private Condition rootsByIds(Collection<String> codes) {
		List<Long> ids = dsl.select(ORGANIZATION.ID)
			.from(ORGANIZATION)
			.where(ORGANIZATION.CODE.in(codes))
			.fetch(ORGANIZATION.ID);
		return ORGANIZATION_CLOSURE.ANCESTOR_ID.in(ids.stream().map(DSL::inline).toList());
	}

	/**
	 * Every organization that was in the subtree of the given one at some time in [from, to], with the period it was
	 * (events of a period are attributed to the subtree by the tree on each event's date).
	 */
	public List<SubtreeSpan> subtreeSpans(String code, LocalDate from, LocalDate to) {
		return subtreeSpans(List.of(code), from, to).getOrDefault(code, List.of());
	}

	/** {@link #subtreeSpans(String, LocalDate, LocalDate)} of several organizations in one query, by their code. */
	public Map<String, List<SubtreeSpan>> subtreeSpans(Collection<String> codes, LocalDate from,
			LocalDate to) {
		Map<String, List<SubtreeSpan>> spans = new LinkedHashMap<>();
		subtreeSpansQuery(codes, from, to).fetch()
			.forEach(r -> spans.computeIfAbsent(r.value1(), k -> new ArrayList<>())
				.add(new SubtreeSpan(r.value2(), r.value3(), r.value4())));
		return spans;
	}

	/**
	 * {@link #subtreeSpans(Collection, LocalDate, LocalDate)} as a query of four columns for another module's
	 * statement: {@code row_key} (the organization's code), {@code code}, {@code valid_from} and {@code valid_to} (the
	 * span of one organization in its subtree).
	 */
	public Select<Record4<String, String, LocalDate, LocalDate>> subtreeSpansQuery(Collection<String> codes,
			LocalDate from, LocalDate to) {
		return spansQuery(rootsByIds(codes), from, to);
	}

	/**
	 * {@link #subtreeSpansQuery(Collection, LocalDate, LocalDate)} of one organization, chosen by its code: the planner
	 * then expects a few rows and reads them by index (from its statistics, as the other, it expected 4,360 of Cần
	 * Thơ's 994 stays that begin or end in a half year, and started parallel workers for them, 40 ms).
	 */
	public Select<Record4<String, String, LocalDate, LocalDate>> subtreeSpansQuery(String code, LocalDate from,
			LocalDate to) {
		return spansQuery(ROOT.CODE.eq(code), from, to);
	}

	private Select<Record4<String, String, LocalDate, LocalDate>> spansQuery(Condition roots, LocalDate from,
			LocalDate to) {
		return closureRows(dsl.select(ROOT.CODE.as("row_key"), ORGANIZATION.CODE.as("code"),
				ORGANIZATION_CLOSURE.VALID_FROM.as("valid_from"), ORGANIZATION_CLOSURE.VALID_TO.as("valid_to")), roots,
				from, to);
	}

	/**
	 * Whether one of the organizations was under another on some day of [from, to]: only then do their subtrees share
	 * an organization on a day (each organization has one parent a day).
	 */
	public boolean anyUnderAnother(Collection<String> codes, LocalDate from, LocalDate to) {
		var a = ORGANIZATION.as("a");
		var d = ORGANIZATION.as("d");
		return dsl.fetchExists(dsl.selectOne()
			.from(ORGANIZATION_CLOSURE)
			.join(a).on(a.ID.eq(ORGANIZATION_CLOSURE.ANCESTOR_ID))
			.join(d).on(d.ID.eq(ORGANIZATION_CLOSURE.DESCENDANT_ID))
			.where(a.CODE.in(codes)).and(d.CODE.in(codes)).and(ORGANIZATION_CLOSURE.DEPTH.gt(0))
			.and(ORGANIZATION_CLOSURE.VALID_FROM.le(to)).and(ORGANIZATION_CLOSURE.VALID_TO.gt(from)));
	}

	/**
	 * The organizations under each of the given ones on the date (itself not counted), by type: the counts of a
	 * summary, without reading the subtrees.
	 */
	public Map<String, Map<OrganizationType, Long>> typeCountsUnder(Collection<String> codes, LocalDate date) {
		Map<String, Map<OrganizationType, Long>> counts = new LinkedHashMap<>();
		codes.forEach(code -> counts.put(code, new EnumMap<>(OrganizationType.class)));
		dsl.select(ROOT.CODE, ORGANIZATION_VERSION.TYPE, DSL.count())
			.from(ORGANIZATION_CLOSURE)
			.join(ROOT).on(ROOT.ID.eq(ORGANIZATION_CLOSURE.ANCESTOR_ID))
			.join(ORGANIZATION_VERSION)
			.on(ORGANIZATION_VERSION.ORGANIZATION_ID.eq(ORGANIZATION_CLOSURE.DESCENDANT_ID)
				.and(validOn(ORGANIZATION_VERSION, date)))
			.where(rootsByIds(codes))
			.and(ORGANIZATION_CLOSURE.DEPTH.gt(0))
			.and(ORGANIZATION_CLOSURE.VALID_FROM.le(date))
			.and(ORGANIZATION_CLOSURE.VALID_TO.gt(date))
			.groupBy(ROOT.CODE, ORGANIZATION_VERSION.TYPE)
			.forEach(r -> counts.get(r.value1()).put(OrganizationType.valueOf(r.value2()), r.value3().longValue()));
		return counts;
	}

	/**
	 * The subtree of the organization over [from, to] divided by its children: for each organization that was a child
	 * at some time in the period, the spans of its subtree while it was a child (a child that moved away takes
	 * nothing with it after the move); and, under the organization's own code, the span of the organization itself.
	 * Events of the period are attributed to a child's row by the tree on each event's date.
	 */
	public Map<String, List<SubtreeSpan>> childSpans(String code, LocalDate from, LocalDate to) {
		return spansByRow(code, null, from, to);
	}

	/**
	 * One row of {@link #childSpans(String, LocalDate, LocalDate)}: the spans of {@code rowCode}'s subtree while it was
	 * a child of the organization, or the organization's own span when {@code rowCode} is its code (the members behind
	 * a number of one row read the rows of that row only).
	 */
	public List<SubtreeSpan> childSpans(String code, String rowCode, LocalDate from, LocalDate to) {
		return spansByRow(code, java.util.Objects.requireNonNull(rowCode), from, to).getOrDefault(rowCode, List.of());
	}

	/** {@link #childSpans(String, LocalDate, LocalDate)} of every row, or of one ({@code rowCode}) when not null. */
	private Map<String, List<SubtreeSpan>> spansByRow(String code, String rowCode, LocalDate from, LocalDate to) {
		var root = ORGANIZATION.as("root");
		var child = ORGANIZATION.as("child");
		var descendant = ORGANIZATION.as("descendant");
		var c1 = ORGANIZATION_CLOSURE.as("c1");
		var c2 = ORGANIZATION_CLOSURE.as("c2");
		Map<String, List<SubtreeSpan>> spans = new LinkedHashMap<>();
		// the organization's own span is its own closure row: the subtree's spans were read whole for it (Hồ Chí Minh
		// City's 69,778 of 2025, 94 ms of its movements table)
		if (rowCode == null || rowCode.equals(code)) {
			closureRows(dsl.select(ORGANIZATION.CODE, ORGANIZATION_CLOSURE.VALID_FROM, ORGANIZATION_CLOSURE.VALID_TO),
					ROOT.CODE.eq(code).and(ORGANIZATION_CLOSURE.DESCENDANT_ID.eq(ORGANIZATION_CLOSURE.ANCESTOR_ID)), from,
					to)
				.orderBy(ORGANIZATION_CLOSURE.VALID_FROM)
				.forEach(r -> spans.computeIfAbsent(code, k -> new ArrayList<>())
					.add(new SubtreeSpan(r.value1(), r.value2(), r.value3())));
			if (rowCode != null) {
				return spans;
			}
		}
		dsl.select(child.CODE, descendant.CODE, DSL.greatest(c1.VALID_FROM, c2.VALID_FROM),
				DSL.least(c1.VALID_TO, c2.VALID_TO))
			.from(c1)
			.join(root).on(root.ID.eq(c1.ANCESTOR_ID))
			.join(child).on(child.ID.eq(c1.DESCENDANT_ID))
			.join(c2).on(c2.ANCESTOR_ID.eq(c1.DESCENDANT_ID)
				.and(c2.VALID_FROM.lt(c1.VALID_TO))
				.and(c2.VALID_TO.gt(c1.VALID_FROM)))
			.join(descendant).on(descendant.ID.eq(c2.DESCENDANT_ID))
			.where(root.CODE.eq(code))
			.and(rowCode == null ? DSL.noCondition() : child.CODE.eq(rowCode))
			.and(c1.DEPTH.eq(1))
			.and(c1.VALID_FROM.le(to)).and(c1.VALID_TO.gt(from))
			.and(c2.VALID_FROM.le(to)).and(c2.VALID_TO.gt(from))
			.orderBy(child.CODE, c2.DEPTH, descendant.CODE)
			.forEach(r -> spans.computeIfAbsent(r.value1(), k -> new ArrayList<>())
				.add(new SubtreeSpan(r.value2(), r.value3(), r.value4())));
		return spans;
	}

	/**
	 * The restructurings with an effective date in [from, to] that concerned an organization of the subtree as it
	 * stood on the effective date or the day before (an organization merged away or dissolved counts on its last day;
	 * one established, on its first), in the order of their effective dates. The subtree's closure rows are kept to
	 * those overlapping the period before their decisions are read (a province's 2025, 26,757 decisions: 0.28 s for
	 * the rows of the year, 0.5 s for its 86,775 rows ever; the statement is a subquery of two).
	 */
	public List<RestructuringView> restructuringsWithin(String code, LocalDate from, LocalDate to) {
		var root = ORGANIZATION.as("root");
		var ids = DSL.selectDistinct(RESTRUCTURING_SUBJECT.RESTRUCTURING_ID)
			.from(RESTRUCTURING_SUBJECT)
			.join(RESTRUCTURING).on(RESTRUCTURING.ID.eq(RESTRUCTURING_SUBJECT.RESTRUCTURING_ID))
			.join(ORGANIZATION_CLOSURE).on(ORGANIZATION_CLOSURE.DESCENDANT_ID.eq(RESTRUCTURING_SUBJECT.ORGANIZATION_ID))
			.join(root).on(root.ID.eq(ORGANIZATION_CLOSURE.ANCESTOR_ID))
			.where(root.CODE.eq(code))
			.and(RESTRUCTURING.EFFECTIVE_ON.between(from, to))
			.and(ORGANIZATION_CLOSURE.VALID_FROM.le(to))
			.and(ORGANIZATION_CLOSURE.VALID_TO.ge(from))
			.and(ORGANIZATION_CLOSURE.VALID_FROM.le(RESTRUCTURING.EFFECTIVE_ON))
			.and(ORGANIZATION_CLOSURE.VALID_TO.ge(RESTRUCTURING.EFFECTIVE_ON));
		List<RestructuringView> list = new ArrayList<>(restructurings(RESTRUCTURING.ID.in(ids)));
		list.sort(Comparator.comparing(RestructuringView::effectiveOn).thenComparing(RestructuringView::id));
		return list;
	}

	/** The codes of every organization that was ever in the subtree of the given one, at any date, itself included. */
	public java.util.Set<String> codesEverInSubtree(String code) {
		var root = ORGANIZATION.as("root");
		return new java.util.HashSet<>(dsl.selectDistinct(ORGANIZATION.CODE)
			.from(ORGANIZATION_CLOSURE)
			.join(root).on(root.ID.eq(ORGANIZATION_CLOSURE.ANCESTOR_ID))
			.join(ORGANIZATION).on(ORGANIZATION.ID.eq(ORGANIZATION_CLOSURE.DESCENDANT_ID))
			.where(root.CODE.eq(code))
			.fetch(ORGANIZATION.CODE));
	}

	/**
	 * The organizations in the subtree of the given one on {@code date} that are no longer in it on {@code later}
	 * (moved out, or ended): those whose stays in it, counted by {@link #subtreeChangeQuery}, add up to a departure.
	 */
	public java.util.Set<String> leftSubtreeSince(String code, LocalDate date, LocalDate later) {
		if (!date.isBefore(later)) {
			return java.util.Set.of(); // none has left since a day that is not before (the subtree's rows are not read)
		}
		// the root's id written in: joined by its code, the planner expected 3 of Hồ Chí Minh City's 56,853 stays that
		// begin or end between 30/06/2025 and 05/12/2026, and sorted them to sum them (51.5 ms on average, 34.1 ms
		// so); each departure's code read by its key, not by hashing the nation's organizations for the thousands
		// the planner now expects (280–430 ms by hand, with the changes' 14,113 codes)
		var changed = subtreeChanges(rootsByIds(List.of(code)), date, later);
		var left = ORGANIZATION.as("left_organization");
		Field<String> leftCode = DSL.field(DSL.select(left.CODE)
			.from(left)
			.where(left.ID.eq(changed.field("id", Long.class))));
		return new java.util.HashSet<>(dsl.select(leftCode)
			.from(changed)
			.where(changed.field("sign", Integer.class).lt(0))
			.fetch(leftCode));
	}

	/** True when {@code descendant} is {@code ancestor} or under it on the date. */
	public boolean isInSubtree(String ancestor, String descendant, LocalDate date) {
		return !inSubtree(ancestor, List.of(descendant), date).isEmpty();
	}

	/**
	 * Those of the organizations that are {@code ancestor} or under it on the date: a few candidates checked against a
	 * subtree without reading all its codes ({@link #inSubtreeCondition}).
	 */
	public java.util.Set<String> inSubtree(String ancestor, Collection<String> descendants, LocalDate date) {
		Field<String> code = DSL.field(DSL.name("d", "code"), String.class);
		return new java.util.HashSet<>(dsl.select(code)
			.from(DSL.unnest(descendants.toArray(String[]::new)).as("d", "code"))
			.where(inSubtreeCondition(ancestor, code, date))
			.fetch(code));
	}

	/**
	 * The condition, for another module's statement, that the organization whose code is in {@code descendant} is
	 * {@code ancestor} or under it on the date. Each row probes the closure's key (ancestor, descendant): a scalar
	 * subquery with a limit is not turned into a join, which the planner drove from the ancestor's 17,000 closure rows
	 * of a province, testing each against the candidates (330 ms for 1,500 of them). Its aliases are its own, so that
	 * the field given may be any other statement's.
	 */
	public Condition inSubtreeCondition(String ancestor, Field<String> descendant, LocalDate date) {
		return DSL.condition("""
				(select true from organization in_subtree_d
				 join organization_closure in_subtree_c on in_subtree_c.descendant_id = in_subtree_d.id
				 where in_subtree_d.code = {0}
				   and in_subtree_c.ancestor_id = (select a.id from organization a where a.code = {1})
				   and in_subtree_c.valid_from <= {2} and in_subtree_c.valid_to > {2}
				 limit 1)""", descendant, DSL.val(ancestor), DSL.val(date));
	}

	/**
	 * The chain from the root down to the organization on the date, and the names of the organizations asked for each
	 * on its day as {@link #namesOn} gives them: for the member page, whose one statement here is the path's. The path
	 * reads the stamp of the names (V43), and the names come from the versions the application keeps for that stamp,
	 * read (one statement more) only for the codes it does not keep yet. Without an organization, or one that does not
	 * exist on the date, the names are read as {@link #namesOn} reads them.
	 */
	public NamedPath pathAndNames(String code, LocalDate date, Collection<OrganizationOn> asked) {
		if (code == null) {
			return new NamedPath(List.of(), asked.isEmpty() ? Map.of() : namesOn(asked));
		}
		var rows = pathOn.fetch(dsl, "code", code, "date", date);
		List<OrganizationView> path = rows.map(Organizations::view);
		if (asked.isEmpty()) {
			return new NamedPath(path, Map.of());
		}
		if (rows.isEmpty()) {
			return new NamedPath(path, namesOn(asked));
		}
		Map<String, List<NamesKept.NameFrom>> kept = namesKept.forStamp(rows.get(0).get(NAMES_STAMP));
		List<String> missing = asked.stream()
			.map(OrganizationOn::code)
			.filter(c -> c != null && !kept.containsKey(c))
			.distinct()
			.toList();
		if (!missing.isEmpty()) {
			Map<String, List<NamesKept.NameFrom>> read = versionsOf(missing);
			kept.putAll(read);
			// a code never recorded is kept as such, not asked for again
			missing.forEach(c -> kept.putIfAbsent(c, List.of()));
		}
		return new NamedPath(path, named(asked, kept));
	}

	/** The chain from the root down to the organization on the date (for breadcrumbs). */
	public List<OrganizationView> path(String code, LocalDate date) {
		return pathOn.fetch(dsl, "code", code, "date", date).map(Organizations::view);
	}

	/** Each given organization with the number of its children by type on the date. */
	public List<OrganizationNode> withChildCounts(List<OrganizationView> organizations, LocalDate date) {
		if (organizations.isEmpty()) {
			return List.of();
		}
		var child = ORGANIZATION_VERSION.as("child");
		Map<String, Map<OrganizationType, Integer>> counts = new LinkedHashMap<>();
		dsl.select(PARENT.CODE, child.TYPE, DSL.count())
			.from(child)
			.join(PARENT).on(PARENT.ID.eq(child.PARENT_ID))
			.where(validOn(child, date))
			.and(PARENT.CODE.in(organizations.stream().map(OrganizationView::code).toList()))
			.groupBy(PARENT.CODE, child.TYPE)
			.forEach(r -> counts.computeIfAbsent(r.value1(), k -> new EnumMap<>(OrganizationType.class))
				.put(OrganizationType.valueOf(r.value2()), r.value3()));
		return organizations.stream()
			.map(o -> new OrganizationNode(o, counts.getOrDefault(o.code(), Map.of())))
			.toList();
	}

	/**
	 * Organizations existing on the date whose name or code contains the text, diacritics and case ignored ("phuong
	 * an hoa" finds "Phường An Hòa").
	 */
	public List<OrganizationView> search(String text, LocalDate date, int limit) {
		return search(text, date, null, limit);
	}

	/** The same, only in the subtree of {@code within} on the date (everywhere when null). */
	public List<OrganizationView> search(String text, LocalDate date, String within, int limit) {
		String folded = VietnameseText.fold(text);
		if (folded == null || folded.isBlank()) {
			return List.of();
		}
		String pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		Condition where = ORGANIZATION_VERSION.NAME_FOLDED.like(pattern, '\\')
			.or(DSL.lower(ORGANIZATION.CODE).like(pattern, '\\'));
		if (within != null) {
			var root = ORGANIZATION.as("within");
			where = where.and(ORGANIZATION.ID.in(DSL.select(ORGANIZATION_CLOSURE.DESCENDANT_ID)
				.from(ORGANIZATION_CLOSURE)
				.join(root).on(root.ID.eq(ORGANIZATION_CLOSURE.ANCESTOR_ID))
				.where(root.CODE.eq(within))
				.and(ORGANIZATION_CLOSURE.VALID_FROM.le(date))
				.and(ORGANIZATION_CLOSURE.VALID_TO.gt(date))));
		}
		return sorted(viewsOn(date).where(where).limit(limit).fetch(Organizations::view));
	}

	/** The periods of the organization's history, oldest first. */
	public List<OrganizationPeriod> history(String code) {
		return dsl.select(ORGANIZATION_VERSION.VALID_FROM, ORGANIZATION_VERSION.VALID_TO, ORGANIZATION_VERSION.NAME,
				ORGANIZATION_VERSION.TYPE, ORGANIZATION_VERSION.FIELD, PARENT.CODE, PARENT_VERSION.NAME)
			.from(ORGANIZATION_VERSION)
			.join(ORGANIZATION).on(ORGANIZATION.ID.eq(ORGANIZATION_VERSION.ORGANIZATION_ID))
			.leftJoin(PARENT).on(PARENT.ID.eq(ORGANIZATION_VERSION.PARENT_ID))
			.leftJoin(PARENT_VERSION)
			.on(PARENT_VERSION.ORGANIZATION_ID.eq(PARENT.ID)
				.and(PARENT_VERSION.VALID_FROM.le(ORGANIZATION_VERSION.VALID_FROM))
				.and(PARENT_VERSION.VALID_TO.gt(ORGANIZATION_VERSION.VALID_FROM)))
			.where(ORGANIZATION.CODE.eq(code))
			.orderBy(ORGANIZATION_VERSION.VALID_FROM)
			.fetch(r -> new OrganizationPeriod(r.value1(), r.value2().equals(Dates.OPEN_END) ? null : r.value2(),
					r.value3(), OrganizationType.valueOf(r.value4()), OrganizationField.valueOf(r.value5()), r.value6(),
					r.value7()));
	}

	/** The organizations this one came from (merged into it, or split from). */
	public List<LineageLink> predecessors(String code) {
		return lineage(code, true);
	}

	/** The organizations this one went into (merged into, or split into). */
	public List<LineageLink> successors(String code) {
		return lineage(code, false);
	}

	private List<LineageLink> lineage(String code, boolean predecessors) {
		var self = ORGANIZATION.as("self");
		var other = ORGANIZATION.as("other");
		var otherVersion = ORGANIZATION_VERSION.as("other_version");
		var selfColumn = predecessors ? ORGANIZATION_LINEAGE.SUCCESSOR_ID : ORGANIZATION_LINEAGE.PREDECESSOR_ID;
		var otherColumn = predecessors ? ORGANIZATION_LINEAGE.PREDECESSOR_ID : ORGANIZATION_LINEAGE.SUCCESSOR_ID;
		// the other organization's name on the day of the change (a predecessor: its last day)
		var nameDay = predecessors ? ORGANIZATION_LINEAGE.EFFECTIVE_ON.minus(1) : ORGANIZATION_LINEAGE.EFFECTIVE_ON;
		return dsl.select(other.CODE, otherVersion.NAME, RESTRUCTURING.OPERATION, ORGANIZATION_LINEAGE.EFFECTIVE_ON,
				RESTRUCTURING.DECISION_NO, RESTRUCTURING.DECISION_DATE, RESTRUCTURING.DECISION_ISSUER)
			.from(ORGANIZATION_LINEAGE)
			.join(self).on(self.ID.eq(selfColumn))
			.join(other).on(other.ID.eq(otherColumn))
			.join(RESTRUCTURING).on(RESTRUCTURING.ID.eq(ORGANIZATION_LINEAGE.RESTRUCTURING_ID))
			.leftJoin(otherVersion)
			.on(otherVersion.ORGANIZATION_ID.eq(other.ID)
				.and(otherVersion.VALID_FROM.le(nameDay))
				.and(otherVersion.VALID_TO.gt(nameDay)))
			.where(self.CODE.eq(code))
			.orderBy(ORGANIZATION_LINEAGE.EFFECTIVE_ON, other.CODE)
			.fetch(r -> new LineageLink(r.value1(), r.value2(), RestructuringOperation.valueOf(r.value3()), r.value4(),
					new Decision(r.value5(), r.value6(), r.value7())));
	}

	/** Every restructuring that concerned the organization, in the order recorded. */
	public List<RestructuringView> decisions(String code) {
		List<Long> ids = dsl.selectDistinct(RESTRUCTURING_SUBJECT.RESTRUCTURING_ID)
			.from(RESTRUCTURING_SUBJECT)
			.join(ORGANIZATION).on(ORGANIZATION.ID.eq(RESTRUCTURING_SUBJECT.ORGANIZATION_ID))
			.where(ORGANIZATION.CODE.eq(code))
			.fetch(RESTRUCTURING_SUBJECT.RESTRUCTURING_ID);
		return restructurings(RESTRUCTURING.ID.in(ids));
	}

	/** Every restructuring recorded, in the order recorded (what {@code export} writes). */
	public List<RestructuringView> allRestructurings() {
		return restructurings(DSL.trueCondition());
	}

	/**
	 * The restructurings of the condition, in the order recorded, each with its subjects: one statement, each
	 * decision's row with each of its subjects' (the condition, a subquery for a subtree, was evaluated twice by a
	 * statement for the decisions and one for their subjects: 0.3 s each for a province's year). Read by a cursor
	 * (the nation's 585,000 decisions and a million subjects for the export), each subject kept as its role and code.
	 */
	private List<RestructuringView> restructurings(Condition condition) {
		Map<Long, RestructuringRecord> decisions = new LinkedHashMap<>();
		Map<Long, List<Subject>> subjects = new HashMap<>();
		try (var cursor = dsl.select(RESTRUCTURING.fields())
			.select(RESTRUCTURING_SUBJECT.ROLE, ORGANIZATION.CODE)
			.from(RESTRUCTURING)
			.leftJoin(RESTRUCTURING_SUBJECT).on(RESTRUCTURING_SUBJECT.RESTRUCTURING_ID.eq(RESTRUCTURING.ID))
			.leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(RESTRUCTURING_SUBJECT.ORGANIZATION_ID))
			.where(condition)
			.orderBy(RESTRUCTURING.ID, RESTRUCTURING_SUBJECT.POSITION, ORGANIZATION.CODE)
			.fetchSize(10_000)
			.fetchLazy()) {
			for (Record r : cursor) {
				Long id = r.get(RESTRUCTURING.ID);
				decisions.computeIfAbsent(id, k -> r.into(RESTRUCTURING));
				String role = r.get(RESTRUCTURING_SUBJECT.ROLE);
				if (role != null) {
					subjects.computeIfAbsent(id, k -> new ArrayList<>()).add(new Subject(role, r.get(ORGANIZATION.CODE)));
				}
			}
		}
		return decisions.values().stream().map(r -> {
			List<Subject> rows = subjects.getOrDefault(r.getId(), List.of());
			List<String> subjectCodes = codes(rows, "SUBJECT");
			List<String> targets = codes(rows, "TARGET");
			List<String> newParents = codes(rows, "NEW_PARENT");
			String target = !targets.isEmpty() ? targets.get(0) : newParents.isEmpty() ? null : newParents.get(0);
			return new RestructuringView(r.getId(), RestructuringOperation.valueOf(r.getOperation()),
					new Decision(r.getDecisionNo(), r.getDecisionDate(), r.getDecisionIssuer()), r.getEffectiveOn(),
					subjectCodes, target, codes(rows, "PART"), r.getNewName(),
					r.getNewType() == null ? null : OrganizationType.valueOf(r.getNewType()));
		}).toList();
	}

	/** For a restructuring: the code of the new parent given to a created organization, if any. */
	public Optional<String> newParentOf(long restructuringId) {
		return dsl.select(ORGANIZATION.CODE)
			.from(RESTRUCTURING_SUBJECT)
			.join(ORGANIZATION).on(ORGANIZATION.ID.eq(RESTRUCTURING_SUBJECT.ORGANIZATION_ID))
			.where(RESTRUCTURING_SUBJECT.RESTRUCTURING_ID.eq(restructuringId))
			.and(RESTRUCTURING_SUBJECT.ROLE.eq("NEW_PARENT"))
			.fetchOptional(ORGANIZATION.CODE);
	}

	/**
	 * The lifetime of every organization, with the organization its members move to when it ended by a merge (the
	 * target) or a split (the first part).
	 */
	public Map<String, OrganizationLifetime> lifetimes() {
		Map<String, OrganizationLifetime> lifetimes = new LinkedHashMap<>();
		lifetimeQuery(DSL.trueCondition()).forEach(l -> lifetimes.put(l.code(), l));
		return lifetimes;
	}

	/**
	 * The province of organizations (ARCHITECTURE.md data principle 8, the scale-out key): for each code, the code of
	 * its top-level ancestor (itself for a root) on {@code date}, or on its last day when it had ended by then (on its
	 * first day when it did not exist yet). With {@code codes} null, of every organization.
	 */
	public Map<String, String> provinceCodes(Collection<String> codes, LocalDate date) {
		Map<String, String> provinces = new java.util.HashMap<>();
		String query = """
				select o.code, (select a.code from organization_closure c join organization a on a.id = c.ancestor_id
				                where c.descendant_id = o.id and c.valid_from <= d.on and c.valid_to > d.on
				                order by c.depth desc limit 1)
				from organization o
				cross join lateral (select greatest(o.established_on,
				    least(cast(? as date), coalesce(o.ended_on - 1, cast(? as date)))) as on) d
				""";
		(codes == null ? dsl.resultQuery(query, date, date)
				: dsl.resultQuery(query + " where o.code = any (cast(? as text[]))", date, date,
						codes.toArray(String[]::new)))
			.forEach(r -> {
				if (r.get(1) != null) {
					provinces.put(r.get(0, String.class), r.get(1, String.class));
				}
			});
		return provinces;
	}

	/**
	 * The province of every organization over time ({@link #provinceCodes} for all days at once), as a query of four
	 * columns for another module's statement: {@code code}, {@code province_code} (its top-level ancestor, itself for
	 * a root) and the span {@code [valid_from, valid_to)} it held; one row covers an organization on a day it existed.
	 */
	public Select<Record4<String, String, LocalDate, LocalDate>> provinceSpansQuery() {
		Organization top = ORGANIZATION.as("top");
		OrganizationVersion topVersion = ORGANIZATION_VERSION.as("top_version");
		return dsl.select(ORGANIZATION.CODE.as("code"), top.CODE.as("province_code"),
				DSL.greatest(ORGANIZATION_CLOSURE.VALID_FROM, topVersion.VALID_FROM).as("valid_from"),
				DSL.least(ORGANIZATION_CLOSURE.VALID_TO, topVersion.VALID_TO).as("valid_to"))
			.from(ORGANIZATION_CLOSURE)
			.join(topVersion)
			.on(topVersion.ORGANIZATION_ID.eq(ORGANIZATION_CLOSURE.ANCESTOR_ID)
				.and(topVersion.PARENT_ID.isNull())
				.and(topVersion.VALID_FROM.lt(ORGANIZATION_CLOSURE.VALID_TO))
				.and(ORGANIZATION_CLOSURE.VALID_FROM.lt(topVersion.VALID_TO)))
			.join(ORGANIZATION).on(ORGANIZATION.ID.eq(ORGANIZATION_CLOSURE.DESCENDANT_ID))
			.join(top).on(top.ID.eq(ORGANIZATION_CLOSURE.ANCESTOR_ID));
	}

	/**
	 * The province of one organization from the day on ({@link #provinceSpansQuery} of it): its spans in order, each
	 * clipped to the day, adjacent spans of the same province joined. What a move may change.
	 */
	List<ProvinceSpan> provinceTimeline(String code, LocalDate from) {
		var spans = provinceSpansQuery().asTable("s");
		Field<String> province = spans.field("province_code", String.class);
		Field<LocalDate> start = spans.field("valid_from", LocalDate.class);
		Field<LocalDate> end = spans.field("valid_to", LocalDate.class);
		List<ProvinceSpan> timeline = new ArrayList<>();
		for (var r : dsl.select(province, start, end)
			.from(spans)
			.where(spans.field("code", String.class).eq(code))
			.and(end.gt(from))
			.orderBy(start)
			.fetch()) {
			ProvinceSpan span = new ProvinceSpan(r.value1(), r.value2().isBefore(from) ? from : r.value2(), r.value3());
			int last = timeline.size() - 1;
			if (last >= 0 && timeline.get(last).province().equals(span.province())
					&& timeline.get(last).to().equals(span.from())) {
				timeline.set(last, new ProvinceSpan(span.province(), timeline.get(last).from(), span.to()));
			}
			else {
				timeline.add(span);
			}
		}
		return timeline;
	}

	/** An organization's province (top-level ancestor's code) on the days {@code [from, to)}. */
	record ProvinceSpan(String province, LocalDate from, LocalDate to) {
	}

	/**
	 * Whether every one of the codes names an organization that was top-level (under no other) on each day of
	 * [from, to] it existed: the subtree of each is then its province on those days.
	 */
	public boolean topLevelThroughout(Collection<String> codes, LocalDate from, LocalDate to) {
		List<Long> ids = dsl.select(ORGANIZATION.ID).from(ORGANIZATION).where(ORGANIZATION.CODE.in(codes))
			.fetch(ORGANIZATION.ID);
		return ids.size() == new java.util.HashSet<>(codes).size() && !dsl.fetchExists(ORGANIZATION_VERSION,
				ORGANIZATION_VERSION.ORGANIZATION_ID.in(ids)
					.and(ORGANIZATION_VERSION.PARENT_ID.isNotNull())
					.and(ORGANIZATION_VERSION.VALID_FROM.le(to))
					.and(ORGANIZATION_VERSION.VALID_TO.gt(from)));
	}

	/** The lifetime of one organization. */
	public Optional<OrganizationLifetime> lifetime(String code) {
		return lifetimeQuery(ORGANIZATION.CODE.eq(code)).stream().findFirst();
	}

	private List<OrganizationLifetime> lifetimeQuery(Condition condition) {
		var successor = ORGANIZATION.as("successor");
		var ended = RESTRUCTURING.as("ended");
		return dsl.select(ORGANIZATION.CODE, ORGANIZATION.ESTABLISHED_ON, ORGANIZATION.ENDED_ON, successor.CODE)
			.from(ORGANIZATION)
			.leftJoin(ended).on(ended.ID.eq(ORGANIZATION.ENDED_BY))
			.leftJoin(RESTRUCTURING_SUBJECT)
			.on(RESTRUCTURING_SUBJECT.RESTRUCTURING_ID.eq(ended.ID)
				.and(RESTRUCTURING_SUBJECT.ROLE.in("TARGET", "PART"))
				.and(RESTRUCTURING_SUBJECT.POSITION.eq(0)))
			.leftJoin(successor).on(successor.ID.eq(RESTRUCTURING_SUBJECT.ORGANIZATION_ID))
			.where(condition)
			.orderBy(ORGANIZATION.ID)
			.fetch(r -> new OrganizationLifetime(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	/** The organizations in the order they were established (what {@code export} writes first). */
	public List<EstablishedOrganization> established() {
		var est = RESTRUCTURING.as("est");
		return dsl.select(ORGANIZATION.CODE, ORGANIZATION_VERSION.NAME, ORGANIZATION_VERSION.TYPE,
				ORGANIZATION_VERSION.FIELD, PARENT.CODE, ORGANIZATION.ESTABLISHED_ON, est.OPERATION, est.ID)
			.from(ORGANIZATION)
			.join(est).on(est.ID.eq(ORGANIZATION.ESTABLISHED_BY))
			.join(ORGANIZATION_VERSION)
			.on(ORGANIZATION_VERSION.ORGANIZATION_ID.eq(ORGANIZATION.ID)
				.and(ORGANIZATION_VERSION.VALID_FROM.eq(ORGANIZATION.ESTABLISHED_ON)))
			.leftJoin(PARENT).on(PARENT.ID.eq(ORGANIZATION_VERSION.PARENT_ID))
			.orderBy(ORGANIZATION.ID)
			.fetch(r -> new EstablishedOrganization(r.value1(), r.value2(), OrganizationType.valueOf(r.value3()),
					OrganizationField.valueOf(r.value4()), r.value5(), r.value6(),
					RestructuringOperation.valueOf(r.value7()), r.value8()));
	}

	/** An organization a restructuring concerned, in its role. */
	private record Subject(String role, String code) {
	}

	private static List<String> codes(List<Subject> rows, String role) {
		return rows.stream().filter(r -> role.equals(r.role())).map(Subject::code).toList();
	}

	private static List<OrganizationView> sorted(List<OrganizationView> views) {
		List<OrganizationView> list = new ArrayList<>(views);
		Comparator<String> order = VietnameseText.order();
		list.sort(Comparator.comparing(OrganizationView::name, order).thenComparing(OrganizationView::code));
		return Collections.unmodifiableList(list);
	}

}
