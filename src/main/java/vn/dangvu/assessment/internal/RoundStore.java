package vn.dangvu.assessment.internal;

import static vn.dangvu.assessment.internal.schema.Tables.ASSESSMENT_ENTRY;
import static vn.dangvu.assessment.internal.schema.Tables.ASSESSMENT_ORG_ENTRY;
import static vn.dangvu.assessment.internal.schema.Tables.ASSESSMENT_ROUND;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Assessment rounds and their entries, of members and of organizations. */
@Repository
public class RoundStore {

	/** A round as stored. */
	public record StoredRound(long id, int year, String orgCode, String regulation, boolean closed, String decisionNo,
			LocalDate decisionDate, String decisionIssuer, String closedBy) {
	}

	/** An entry as stored: the inputs of one member, and once the round is closed, the member's line as it stood. */
	public record StoredEntry(String memberNo, String fullName, String orgCode, String excludedReason, BigDecimal score,
			String grade, boolean sick) {
	}

	/**
	 * An organization's entry as stored: its inputs, and once the round is closed, the organization as it stood
	 * (name, type, parent on 31 December).
	 */
	public record StoredOrgEntry(String orgCode, String name, String type, String parentCode, String excludedReason,
			BigDecimal score, String grade, boolean disciplined) {
	}

	private final DSLContext dsl;

	public RoundStore(DSLContext dsl) {
		this.dsl = dsl;
	}

	public long insert(int year, String orgCode, String regulation, String by) {
		return dsl.insertInto(ASSESSMENT_ROUND)
			.set(ASSESSMENT_ROUND.YEAR, year)
			.set(ASSESSMENT_ROUND.ORG_CODE, orgCode)
			.set(ASSESSMENT_ROUND.REGULATION, regulation)
			.set(ASSESSMENT_ROUND.OPENED_BY, by)
			.returning(ASSESSMENT_ROUND.ID)
			.fetchSingle(ASSESSMENT_ROUND.ID);
	}

	public Optional<StoredRound> find(long id) {
		return dsl.selectFrom(ASSESSMENT_ROUND).where(ASSESSMENT_ROUND.ID.eq(id)).fetchOptional(RoundStore::round);
	}

	/** The round, locked for a change. */
	public Optional<StoredRound> lock(long id) {
		return dsl.selectFrom(ASSESSMENT_ROUND).where(ASSESSMENT_ROUND.ID.eq(id)).forUpdate().fetchOptional(RoundStore::round);
	}

	public Optional<StoredRound> find(String orgCode, int year) {
		return dsl.selectFrom(ASSESSMENT_ROUND)
			.where(ASSESSMENT_ROUND.ORG_CODE.eq(orgCode))
			.and(ASSESSMENT_ROUND.YEAR.eq(year))
			.fetchOptional(RoundStore::round);
	}

	/** The rounds of the year of these organizations. */
	public List<StoredRound> ofYear(Collection<String> orgCodes, int year) {
		return dsl.selectFrom(ASSESSMENT_ROUND)
			.where(ASSESSMENT_ROUND.ORG_CODE.eq(DSL.any(orgCodes.toArray(String[]::new))))
			.and(ASSESSMENT_ROUND.YEAR.eq(year))
			.fetch(RoundStore::round);
	}

	private static StoredRound round(org.jooq.Record r) {
		var a = ASSESSMENT_ROUND;
		return new StoredRound(r.get(a.ID), r.get(a.YEAR), r.get(a.ORG_CODE), r.get(a.REGULATION),
				"CLOSED".equals(r.get(a.STATUS)), r.get(a.DECISION_NO), r.get(a.DECISION_DATE), r.get(a.DECISION_ISSUER),
				r.get(a.CLOSED_BY));
	}

	public List<StoredEntry> entries(long roundId) {
		return dsl.selectFrom(ASSESSMENT_ENTRY)
			.where(ASSESSMENT_ENTRY.ROUND_ID.eq(roundId))
			.fetch(r -> new StoredEntry(r.getMemberNo(), r.getFullName(), r.getOrgCode(), r.getExcludedReason(),
					r.getScore(), r.getGrade(), Boolean.TRUE.equals(r.getSick())));
	}

	/** Writes one member's line (its grade, score and sick flag, or its reason for not being rated). */
	public void save(long roundId, StoredEntry e, String by) {
		var t = ASSESSMENT_ENTRY;
		Map<Field<?>, Object> line = new LinkedHashMap<>();
		line.put(t.FULL_NAME, e.fullName());
		line.put(t.ORG_CODE, e.orgCode());
		line.put(t.EXCLUDED_REASON, e.excludedReason());
		line.put(t.SCORE, e.score());
		line.put(t.GRADE, e.grade());
		line.put(t.SICK, e.sick());
		line.put(t.GRADED_BY, by);
		line.put(t.GRADED_AT, OffsetDateTime.now());
		dsl.insertInto(t)
			.set(t.ROUND_ID, roundId)
			.set(t.MEMBER_NO, e.memberNo())
			.set(line)
			.onConflict(t.ROUND_ID, t.MEMBER_NO)
			.doUpdate()
			.set(line)
			.execute();
	}

	/** Leaves only these members' lines (a member no longer on the list on 31 December loses the line). */
	public void keepOnly(long roundId, Collection<String> memberNos) {
		dsl.deleteFrom(ASSESSMENT_ENTRY)
			.where(ASSESSMENT_ENTRY.ROUND_ID.eq(roundId))
			.and(ASSESSMENT_ENTRY.MEMBER_NO.notIn(memberNos))
			.execute();
	}

	public void close(long roundId, String decisionNo, LocalDate decisionDate, String issuer, String by) {
		dsl.update(ASSESSMENT_ROUND)
			.set(ASSESSMENT_ROUND.STATUS, "CLOSED")
			.set(ASSESSMENT_ROUND.DECISION_NO, decisionNo)
			.set(ASSESSMENT_ROUND.DECISION_DATE, decisionDate)
			.set(ASSESSMENT_ROUND.DECISION_ISSUER, issuer)
			.set(ASSESSMENT_ROUND.CLOSED_BY, by)
			.set(ASSESSMENT_ROUND.CLOSED_AT, OffsetDateTime.now())
			.where(ASSESSMENT_ROUND.ID.eq(roundId))
			.execute();
	}

	public List<StoredOrgEntry> orgEntries(long roundId) {
		return dsl.selectFrom(ASSESSMENT_ORG_ENTRY)
			.where(ASSESSMENT_ORG_ENTRY.ROUND_ID.eq(roundId))
			.fetch(r -> new StoredOrgEntry(r.getOrgCode(), r.getOrgName(), r.getOrgType(), r.getParentCode(),
					r.getExcludedReason(), r.getScore(), r.getGrade(), Boolean.TRUE.equals(r.getDisciplined())));
	}

	/** Writes one organization's line. */
	public void saveOrg(long roundId, StoredOrgEntry e, String by) {
		var t = ASSESSMENT_ORG_ENTRY;
		Map<Field<?>, Object> line = new LinkedHashMap<>();
		line.put(t.ORG_NAME, e.name());
		line.put(t.ORG_TYPE, e.type());
		line.put(t.PARENT_CODE, e.parentCode());
		line.put(t.EXCLUDED_REASON, e.excludedReason());
		line.put(t.SCORE, e.score());
		line.put(t.GRADE, e.grade());
		line.put(t.DISCIPLINED, e.disciplined());
		line.put(t.GRADED_BY, by);
		line.put(t.GRADED_AT, OffsetDateTime.now());
		dsl.insertInto(t)
			.set(t.ROUND_ID, roundId)
			.set(t.ORG_CODE, e.orgCode())
			.set(line)
			.onConflict(t.ROUND_ID, t.ORG_CODE)
			.doUpdate()
			.set(line)
			.execute();
	}

	/** Leaves only these organizations' lines (one no longer in the subtree on 31 December loses its line). */
	public void keepOnlyOrgs(long roundId, Collection<String> orgCodes) {
		dsl.deleteFrom(ASSESSMENT_ORG_ENTRY)
			.where(ASSESSMENT_ORG_ENTRY.ROUND_ID.eq(roundId))
			.and(ASSESSMENT_ORG_ENTRY.ORG_CODE.notIn(orgCodes))
			.execute();
	}

	/**
	 * The grades of these organizations in the closed rounds of the year, by code (one per organization, should a tree
	 * corrected after a closing have put it in two rounds).
	 */
	public Map<String, String> closedOrgGrades(Collection<String> orgCodes, int year) {
		var e = ASSESSMENT_ORG_ENTRY;
		return dsl.select(e.ORG_CODE, e.GRADE)
			.from(e)
			.join(ASSESSMENT_ROUND).on(ASSESSMENT_ROUND.ID.eq(e.ROUND_ID))
			.where(e.ORG_CODE.eq(DSL.any(orgCodes.toArray(String[]::new))))
			.and(e.GRADE.isNotNull())
			.and(ASSESSMENT_ROUND.YEAR.eq(year))
			.and(ASSESSMENT_ROUND.STATUS.eq("CLOSED"))
			.orderBy(ASSESSMENT_ROUND.CLOSED_AT)
			.fetch()
			.stream()
			.collect(java.util.stream.Collectors.toMap(r -> r.get(e.ORG_CODE), r -> r.get(e.GRADE), (a, b) -> b));
	}

}
