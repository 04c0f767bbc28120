package vn.dangvu.organization.internal;

import static vn.dangvu.organization.internal.schema.Tables.ORGANIZATION;
import static vn.dangvu.organization.internal.schema.Tables.ORGANIZATION_CLOSURE;
import static vn.dangvu.organization.internal.schema.Tables.ORGANIZATION_LINEAGE;
import static vn.dangvu.organization.internal.schema.Tables.ORGANIZATION_VERSION;
import static vn.dangvu.organization.internal.schema.Tables.RESTRUCTURING;
import static vn.dangvu.organization.internal.schema.Tables.RESTRUCTURING_SUBJECT;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import vn.dangvu.common.Decision;
import vn.dangvu.common.database.CopyRows;
import vn.dangvu.common.database.Identities;
import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.common.time.Dates;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringOperation;
import vn.dangvu.organization.RestructuringRefusedException;
import vn.dangvu.organization.SubtreesMoved;

/**
 * The write side of the tree in SQL: organizations, their version periods, the closure table and the restructuring
 * records. Callers check the rules; this class only stores.
 */
@Repository
public class TreeStore {

	private final DSLContext dsl;

	public TreeStore(DSLContext dsl) {
		this.dsl = dsl;
	}

	public Optional<Long> idOf(String code) {
		return dsl.select(ORGANIZATION.ID).from(ORGANIZATION).where(ORGANIZATION.CODE.eq(code)).fetchOptional(ORGANIZATION.ID);
	}

	public String codeOf(long id) {
		return dsl.select(ORGANIZATION.CODE).from(ORGANIZATION).where(ORGANIZATION.ID.eq(id)).fetchSingle(ORGANIZATION.CODE);
	}

	public List<Version> versions(long organizationId) {
		return dsl.selectFrom(ORGANIZATION_VERSION)
			.where(ORGANIZATION_VERSION.ORGANIZATION_ID.eq(organizationId))
			.orderBy(ORGANIZATION_VERSION.VALID_FROM)
			.fetch(TreeStore::version);
	}

	public Optional<Version> versionOn(long organizationId, LocalDate date) {
		return dsl.selectFrom(ORGANIZATION_VERSION)
			.where(ORGANIZATION_VERSION.ORGANIZATION_ID.eq(organizationId))
			.and(ORGANIZATION_VERSION.VALID_FROM.le(date))
			.and(ORGANIZATION_VERSION.VALID_TO.gt(date))
			.fetchOptional(TreeStore::version);
	}

	/** The period covering the date of the organization of the code (one query: the code's id is not asked first). */
	public Optional<Version> versionOn(String code, LocalDate date) {
		return Optional.ofNullable(versionsOn(List.of(code), date).get(code));
	}

	/** The period covering the date of each organization of the codes that has one, by code (one query). */
	public java.util.Map<String, Version> versionsOn(Collection<String> codes, LocalDate date) {
		return dsl.select(ORGANIZATION.CODE).select(ORGANIZATION_VERSION.fields())
			.from(ORGANIZATION_VERSION)
			.join(ORGANIZATION).on(ORGANIZATION.ID.eq(ORGANIZATION_VERSION.ORGANIZATION_ID))
			.where(ORGANIZATION.CODE.eq(org.jooq.impl.DSL.any(codes.toArray(String[]::new))))
			.and(ORGANIZATION_VERSION.VALID_FROM.le(date))
			.and(ORGANIZATION_VERSION.VALID_TO.gt(date))
			.fetchMap(ORGANIZATION.CODE, TreeStore::version);
	}

	/** Children of the organization on the date. */
	public List<Version> childrenOn(long parentId, LocalDate date) {
		return dsl.selectFrom(ORGANIZATION_VERSION)
			.where(ORGANIZATION_VERSION.PARENT_ID.eq(parentId))
			.and(ORGANIZATION_VERSION.VALID_FROM.le(date))
			.and(ORGANIZATION_VERSION.VALID_TO.gt(date))
			.fetch(TreeStore::version);
	}

	/** The organizations above the given one on the date, it included. */
	public Set<Long> ancestorsOn(long descendantId, LocalDate date) {
		return new java.util.HashSet<>(dsl.select(ORGANIZATION_CLOSURE.ANCESTOR_ID)
			.from(ORGANIZATION_CLOSURE)
			.where(ORGANIZATION_CLOSURE.DESCENDANT_ID.eq(descendantId))
			.and(ORGANIZATION_CLOSURE.VALID_FROM.le(date))
			.and(ORGANIZATION_CLOSURE.VALID_TO.gt(date))
			.fetch(ORGANIZATION_CLOSURE.ANCESTOR_ID));
	}

	/**
	 * The first day of [from, until) on which {@code ancestorId} is above {@code descendantId} (or none): the closure
	 * rows of the pair, each the days it holds.
	 */
	public Optional<LocalDate> firstDayAbove(long ancestorId, long descendantId, LocalDate from, LocalDate until) {
		return Optional.ofNullable(dsl.select(org.jooq.impl.DSL.min(ORGANIZATION_CLOSURE.VALID_FROM))
			.from(ORGANIZATION_CLOSURE)
			.where(ORGANIZATION_CLOSURE.ANCESTOR_ID.eq(ancestorId))
			.and(ORGANIZATION_CLOSURE.DESCENDANT_ID.eq(descendantId))
			.and(ORGANIZATION_CLOSURE.VALID_FROM.lt(until))
			.and(ORGANIZATION_CLOSURE.VALID_TO.gt(from))
			.fetchOne(0, LocalDate.class)).map(day -> day.isBefore(from) ? from : day);
	}

	/**
	 * Lists a move, merge or split dated after today, to be announced again on its day (V35); {@code codes} are those
	 * its announcement names.
	 */
	public void insertEffectDue(long restructuringId, LocalDate effectiveOn, Collection<String> codes) {
		dsl.execute("insert into restructuring_effect_due (restructuring_id, effective_on, codes) values (?, ?, ?)",
				restructuringId, effectiveOn, String.join("\n", new java.util.TreeSet<>(codes)));
	}

	/**
	 * Takes (deletes) the earliest listed restructuring whose day is {@code day} or before, if any: its id, day and
	 * codes. Concurrent takers skip the row another holds.
	 */
	public Optional<SubtreesMoved> takeEffectDue(LocalDate day) {
		return dsl.resultQuery("""
				delete from restructuring_effect_due where restructuring_id = (
				    select restructuring_id from restructuring_effect_due where effective_on <= ?
				    order by effective_on, restructuring_id limit 1 for update skip locked)
				returning restructuring_id, effective_on, codes""", day)
			.fetchOptional(r -> new SubtreesMoved(r.get(0, Long.class), r.get(1, LocalDate.class),
					Set.of(r.get(2, String.class).split("\n"))));
	}

	/** Every organization that was ever in the subtree of the given one, itself included. */
	public Set<Long> descendantsEver(long organizationId) {
		return descendantsEver(List.of(organizationId));
	}

	/** Every organization that was ever in the subtree of one of the given ones, they included. */
	public Set<Long> descendantsEver(Collection<Long> organizationIds) {
		return relatedEver(ORGANIZATION_CLOSURE.DESCENDANT_ID, ORGANIZATION_CLOSURE.ANCESTOR_ID, organizationIds);
	}

	/** Every organization that was ever above one of the given ones, they included. */
	public Set<Long> ancestorsEver(Collection<Long> organizationIds) {
		return relatedEver(ORGANIZATION_CLOSURE.ANCESTOR_ID, ORGANIZATION_CLOSURE.DESCENDANT_ID, organizationIds);
	}

	/** The {@code answer} side of every closure row, of any days, whose {@code given} side is one of the ids; and them. */
	private Set<Long> relatedEver(org.jooq.TableField<?, Long> answer, org.jooq.TableField<?, Long> given,
			Collection<Long> organizationIds) {
		Set<Long> ids = new java.util.HashSet<>(dsl.selectDistinct(answer)
			.from(ORGANIZATION_CLOSURE)
			.where(given.eq(org.jooq.impl.DSL.any(organizationIds.toArray(Long[]::new))))
			.fetch(answer));
		ids.addAll(organizationIds);
		return ids;
	}

	public long insertRestructuring(RestructuringOperation operation, Decision decision, LocalDate effectiveOn, String newName,
			OrganizationType newType, String recordedBy) {
		return dsl.insertInto(RESTRUCTURING)
			.set(RESTRUCTURING.OPERATION, operation.name())
			.set(RESTRUCTURING.DECISION_NO, decision.number())
			.set(RESTRUCTURING.DECISION_DATE, decision.date())
			.set(RESTRUCTURING.DECISION_ISSUER, decision.issuer())
			.set(RESTRUCTURING.EFFECTIVE_ON, effectiveOn)
			.set(RESTRUCTURING.NEW_NAME, newName)
			.set(RESTRUCTURING.NEW_TYPE, newType == null ? null : newType.name())
			.set(RESTRUCTURING.RECORDED_BY, recordedBy)
			.returning(RESTRUCTURING.ID)
			.fetchSingle(RESTRUCTURING.ID);
	}

	/** A restructuring to record in bulk ({@link #insertRestructurings}): the columns of one row. */
	public record NewRestructuring(RestructuringOperation operation, Decision decision, LocalDate effectiveOn,
			String newName, OrganizationType newType) {
	}

	/**
	 * Records the restructurings with one COPY, their ids taken from the identity in the order given; answers the ids.
	 */
	public long[] insertRestructurings(List<NewRestructuring> restructurings, String recordedBy) {
		long[] ids = reserveIds("restructuring", restructurings.size());
		try (CopyRows rows = copy("restructuring",
				"id, operation, decision_no, decision_date, decision_issuer, effective_on, new_name, new_type, recorded_by")) {
			for (int i = 0; i < ids.length; i++) {
				NewRestructuring r = restructurings.get(i);
				rows.cell(ids[i]).cell(r.operation().name()).cell(r.decision().number()).cell(r.decision().date())
					.cell(r.decision().issuer()).cell(r.effectiveOn()).cell(r.newName())
					.cell(r.newType() == null ? null : r.newType().name()).cell(recordedBy).endRow();
			}
		}
		return ids;
	}

	/** An organization's part in a restructuring: its role ({@code SUBJECT}, {@code TARGET}, …) and position. */
	public record Subject(long organizationId, String role, int position) {
	}

	public void insertSubject(long restructuringId, long organizationId, String role, int position) {
		insertSubjects(restructuringId, List.of(new Subject(organizationId, role, position)));
	}

	/** Records the organizations' parts in the restructuring, in one statement. */
	public void insertSubjects(long restructuringId, List<Subject> subjects) {
		var insert = dsl.insertInto(RESTRUCTURING_SUBJECT, RESTRUCTURING_SUBJECT.RESTRUCTURING_ID,
				RESTRUCTURING_SUBJECT.ORGANIZATION_ID, RESTRUCTURING_SUBJECT.ROLE, RESTRUCTURING_SUBJECT.POSITION);
		for (Subject subject : subjects) {
			insert = insert.values(restructuringId, subject.organizationId(), subject.role(), subject.position());
		}
		insert.onConflictDoNothing().execute();
	}

	public void insertLineage(long predecessorId, long successorId, long restructuringId, LocalDate effectiveOn) {
		dsl.insertInto(ORGANIZATION_LINEAGE)
			.set(ORGANIZATION_LINEAGE.PREDECESSOR_ID, predecessorId)
			.set(ORGANIZATION_LINEAGE.SUCCESSOR_ID, successorId)
			.set(ORGANIZATION_LINEAGE.RESTRUCTURING_ID, restructuringId)
			.set(ORGANIZATION_LINEAGE.EFFECTIVE_ON, effectiveOn)
			.execute();
	}

	public long insertOrganization(String code, LocalDate establishedOn, long restructuringId) {
		return dsl.insertInto(ORGANIZATION)
			.set(ORGANIZATION.CODE, code)
			.set(ORGANIZATION.ESTABLISHED_ON, establishedOn)
			.set(ORGANIZATION.ESTABLISHED_BY, restructuringId)
			.returning(ORGANIZATION.ID)
			.fetchSingle(ORGANIZATION.ID);
	}

	/** Records that the organizations ended on the date (they exist up to the day before) by the restructuring. */
	public void markEnded(Collection<Long> organizationIds, LocalDate endedOn, long restructuringId) {
		dsl.update(ORGANIZATION)
			.set(ORGANIZATION.ENDED_ON, endedOn)
			.set(ORGANIZATION.ENDED_BY, restructuringId)
			.where(ORGANIZATION.ID.eq(org.jooq.impl.DSL.any(organizationIds.toArray(Long[]::new))))
			.execute();
	}

	public void insertVersion(Version v) {
		dsl.insertInto(ORGANIZATION_VERSION)
			.set(ORGANIZATION_VERSION.ORGANIZATION_ID, v.organizationId())
			.set(ORGANIZATION_VERSION.VALID_FROM, v.from())
			.set(ORGANIZATION_VERSION.VALID_TO, v.to())
			.set(ORGANIZATION_VERSION.NAME, v.name())
			.set(ORGANIZATION_VERSION.NAME_FOLDED, VietnameseText.fold(v.name()))
			.set(ORGANIZATION_VERSION.TYPE, v.type().name())
			.set(ORGANIZATION_VERSION.FIELD, v.field().name())
			.set(ORGANIZATION_VERSION.PARENT_ID, v.parentId())
			.execute();
	}

	/** The periods of each of the organizations, in order. */
	public java.util.Map<Long, List<Version>> versionsOf(Collection<Long> organizationIds) {
		return dsl.selectFrom(ORGANIZATION_VERSION)
			.where(ORGANIZATION_VERSION.ORGANIZATION_ID.eq(org.jooq.impl.DSL.any(organizationIds.toArray(Long[]::new))))
			.orderBy(ORGANIZATION_VERSION.ORGANIZATION_ID, ORGANIZATION_VERSION.VALID_FROM)
			.fetchGroups(ORGANIZATION_VERSION.ORGANIZATION_ID, TreeStore::version);
	}

	/** The periods of the organizations whose parent is one of the given, in any order. */
	public List<Version> childVersionsOf(Collection<Long> parentIds) {
		return dsl.selectFrom(ORGANIZATION_VERSION)
			.where(ORGANIZATION_VERSION.PARENT_ID.eq(org.jooq.impl.DSL.any(parentIds.toArray(Long[]::new))))
			.fetch(TreeStore::version);
	}

	/** The id of each of the codes that is recorded. */
	public java.util.Map<String, Long> idsOf(Collection<String> codes) {
		return dsl.select(ORGANIZATION.CODE, ORGANIZATION.ID)
			.from(ORGANIZATION)
			.where(ORGANIZATION.CODE.eq(org.jooq.impl.DSL.any(codes.toArray(String[]::new))))
			.fetchMap(ORGANIZATION.CODE, ORGANIZATION.ID);
	}

	/**
	 * Writes the periods of one organization as {@code after} where they differ from {@code before} (both its periods
	 * in order; a period is known by its start): one statement for each period removed, changed or added.
	 */
	public void replaceVersions(List<Version> before, List<Version> after) {
		java.util.Map<LocalDate, Version> old = new java.util.HashMap<>();
		before.forEach(v -> old.put(v.from(), v));
		Set<LocalDate> starts = new java.util.HashSet<>();
		after.forEach(v -> starts.add(v.from()));
		before.stream().filter(v -> !starts.contains(v.from())).forEach(this::deleteVersion);
		for (Version v : after) {
			Version was = old.get(v.from());
			if (was == null) {
				insertVersion(v);
			}
			else if (!was.equals(v)) {
				updateVersion(v);
			}
		}
	}

	/**
	 * Replaces every period of the given organizations by {@code after} (theirs, in any order): one DELETE and one COPY,
	 * however many organizations.
	 */
	public void rewriteVersions(Collection<Long> organizationIds, Collection<Version> after) {
		dsl.deleteFrom(ORGANIZATION_VERSION)
			.where(ORGANIZATION_VERSION.ORGANIZATION_ID.eq(org.jooq.impl.DSL.any(organizationIds.toArray(Long[]::new))))
			.execute();
		try (CopyRows rows = copy("organization_version",
				"organization_id, valid_from, valid_to, name, name_folded, type, field, parent_id")) {
			for (Version v : after) {
				rows.cell(v.organizationId()).cell(v.from()).cell(v.to()).cell(v.name()).cell(VietnameseText.fold(v.name()))
					.cell(v.type().name()).cell(v.field().name()).cell(v.parentId()).endRow();
			}
		}
	}

	/** Rewrites the period that starts at {@code v.from()} (its end and attributes). */
	public void updateVersion(Version v) {
		dsl.update(ORGANIZATION_VERSION)
			.set(ORGANIZATION_VERSION.VALID_TO, v.to())
			.set(ORGANIZATION_VERSION.NAME, v.name())
			.set(ORGANIZATION_VERSION.NAME_FOLDED, VietnameseText.fold(v.name()))
			.set(ORGANIZATION_VERSION.TYPE, v.type().name())
			.set(ORGANIZATION_VERSION.FIELD, v.field().name())
			.set(ORGANIZATION_VERSION.PARENT_ID, v.parentId())
			.where(ORGANIZATION_VERSION.ORGANIZATION_ID.eq(v.organizationId()))
			.and(ORGANIZATION_VERSION.VALID_FROM.eq(v.from()))
			.execute();
	}

	public void deleteVersion(Version v) {
		dsl.deleteFrom(ORGANIZATION_VERSION)
			.where(ORGANIZATION_VERSION.ORGANIZATION_ID.eq(v.organizationId()))
			.and(ORGANIZATION_VERSION.VALID_FROM.eq(v.from()))
			.execute();
	}

	/**
	 * How deep the closure's recursion may go: far beyond a party's tree (six or seven levels); a walk round a loop
	 * stops there if the closure's key has not stopped it before.
	 */
	static final int MAX_DEPTH = 64;

	/**
	 * Recomputes the closure rows of the given organizations from the version periods: for each of them, every
	 * ancestor with the period during which it was one (the intersection of the periods along the chain). The ids
	 * are joined, not tested with {@code = any}: a district's hundreds of ids against every version row was most of a
	 * move's time. Refused when the periods put an organization under itself on some day (a loop that the checks of a
	 * restructuring did not see, made with decisions recorded after its day): nothing is then kept of the caller's
	 * change, its savepoint or transaction rolled back.
	 *
	 * @throws RestructuringRefusedException when the periods make a loop
	 */
	public void recomputeClosure(Collection<Long> descendantIds) {
		if (descendantIds.isEmpty()) {
			return;
		}
		Long[] ids = descendantIds.toArray(Long[]::new);
		dsl.deleteFrom(ORGANIZATION_CLOSURE).where(ORGANIZATION_CLOSURE.DESCENDANT_ID.in(descendantIds)).execute();
		boolean loop;
		try {
			loop = dsl.fetchSingle("""
					with recursive chain (descendant_id, ancestor_id, depth, valid_from, valid_to) as (
					    select v.organization_id, v.organization_id, 0, v.valid_from, v.valid_to
					    from unnest(?::bigint[]) d (id) join organization_version v on v.organization_id = d.id
					  union all
					    select c.descendant_id, v.parent_id, c.depth + 1, greatest(c.valid_from, v.valid_from),
					           least(c.valid_to, v.valid_to)
					    from chain c join organization_version v on v.organization_id = c.ancestor_id
					    where v.parent_id is not null and v.valid_from < c.valid_to and c.valid_from < v.valid_to
					      and c.depth < ?
					), written as (
					    insert into organization_closure (ancestor_id, descendant_id, depth, valid_from, valid_to)
					    select ancestor_id, descendant_id, depth, valid_from, valid_to from chain
					)
					select exists (select from chain where ancestor_id = descendant_id and depth > 0)
					""", ids, MAX_DEPTH).get(0, Boolean.class);
		}
		catch (org.springframework.dao.DuplicateKeyException walkedRound) {
			// the same ancestor, descendant and first day twice: only a walk round a loop makes that (the rows of these
			// descendants were deleted above)
			loop = true;
		}
		if (loop) {
			throw RestructuringRefusedException.because("effectiveOn", "Không thể thực hiện: cùng các quyết định đã "
					+ "ghi sau ngày hiệu lực, thay đổi này sẽ đặt một tổ chức trực thuộc cấp dưới của chính nó.");
		}
	}

	/** Every organization code recorded. */
	public Set<String> codes() {
		return new java.util.HashSet<>(dsl.select(ORGANIZATION.CODE).from(ORGANIZATION).fetch(ORGANIZATION.CODE));
	}

	/** Takes {@code count} ids from the identity of {@code restructuring} or {@code organization}, in order. */
	public long[] reserveIds(String table, int count) {
		if (!table.equals("restructuring") && !table.equals("organization")) {
			throw new IllegalArgumentException(table);
		}
		return Identities.reserve(dsl, table, count);
	}

	/**
	 * Lets the planner see the rows just loaded (ANALYZE inside the transaction sees them): after a bulk load, plans
	 * made for the tables' old sizes would scan whole tables for every later change of the import.
	 */
	public void analyze() {
		dsl.execute("analyze organization, organization_version, organization_closure, restructuring, restructuring_subject");
	}

	/** A COPY into a tree table with the given columns (identity columns take the values given, as COPY does). */
	public CopyRows copy(String table, String columns) {
		return new CopyRows(dsl, "copy " + table + " (" + columns + ") from stdin");
	}

	static Version version(Record r) {
		return new Version(r.get(ORGANIZATION_VERSION.ORGANIZATION_ID), r.get(ORGANIZATION_VERSION.VALID_FROM),
				r.get(ORGANIZATION_VERSION.VALID_TO), r.get(ORGANIZATION_VERSION.NAME),
				OrganizationType.valueOf(r.get(ORGANIZATION_VERSION.TYPE)),
				OrganizationField.valueOf(r.get(ORGANIZATION_VERSION.FIELD)), r.get(ORGANIZATION_VERSION.PARENT_ID));
	}

	static LocalDate openEnd() {
		return Dates.OPEN_END;
	}

}
