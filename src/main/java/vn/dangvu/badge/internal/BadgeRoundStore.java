package vn.dangvu.badge.internal;

import static vn.dangvu.badge.internal.schema.Tables.BADGE_PROPOSAL;
import static vn.dangvu.badge.internal.schema.Tables.BADGE_ROUND;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Badge rounds and their proposals. */
@Repository
public class BadgeRoundStore {

	/** A round as stored. */
	public record StoredRound(long id, String orgCode, LocalDate awardDate, boolean approved, String decisionNo,
			LocalDate decisionDate, String decisionIssuer) {
	}

	/** A proposal as stored. */
	public record StoredProposal(String memberNo, String fullName, String orgCode, long partyAgeMonths, int badgeYears,
			String kind, String reason, String removedReason, String badgeNo) {
	}

	private final DSLContext dsl;

	public BadgeRoundStore(DSLContext dsl) {
		this.dsl = dsl;
	}

	public long insert(String orgCode, LocalDate awardDate, String by) {
		return dsl.insertInto(BADGE_ROUND)
			.set(BADGE_ROUND.ORG_CODE, orgCode)
			.set(BADGE_ROUND.AWARD_DATE, awardDate)
			.set(BADGE_ROUND.OPENED_BY, by)
			.returning(BADGE_ROUND.ID)
			.fetchSingle(BADGE_ROUND.ID);
	}

	public Optional<StoredRound> find(long id) {
		return dsl.selectFrom(BADGE_ROUND).where(BADGE_ROUND.ID.eq(id)).fetchOptional(BadgeRoundStore::round);
	}

	public Optional<StoredRound> lock(long id) {
		return dsl.selectFrom(BADGE_ROUND).where(BADGE_ROUND.ID.eq(id)).forUpdate().fetchOptional(BadgeRoundStore::round);
	}

	/** The latest rounds, newest award date first; of these organizations only, unless null. */
	public List<StoredRound> latest(int limit, Collection<String> orgCodes) {
		return dsl.selectFrom(BADGE_ROUND)
			.where(orgCodes == null ? org.jooq.impl.DSL.noCondition()
					: BADGE_ROUND.ORG_CODE.eq(org.jooq.impl.DSL.any(orgCodes.toArray(String[]::new))))
			.orderBy(BADGE_ROUND.AWARD_DATE.desc(), BADGE_ROUND.ID.desc())
			.limit(limit)
			.fetch(BadgeRoundStore::round);
	}

	private static StoredRound round(org.jooq.Record r) {
		var b = BADGE_ROUND;
		return new StoredRound(r.get(b.ID), r.get(b.ORG_CODE), r.get(b.AWARD_DATE), "APPROVED".equals(r.get(b.STATUS)),
				r.get(b.DECISION_NO), r.get(b.DECISION_DATE), r.get(b.DECISION_ISSUER));
	}

	public List<StoredProposal> proposals(long roundId) {
		return dsl.selectFrom(BADGE_PROPOSAL)
			.where(BADGE_PROPOSAL.ROUND_ID.eq(roundId))
			.fetch(r -> new StoredProposal(r.getMemberNo(), r.getFullName(), r.getOrgCode(), r.getPartyAgeMonths(),
					r.getBadgeYears(), r.getKind(), r.getReason(), r.getRemovedReason(), r.getBadgeNo()));
	}

	public void add(long roundId, StoredProposal p, String by) {
		var t = BADGE_PROPOSAL;
		dsl.insertInto(t)
			.set(t.ROUND_ID, roundId)
			.set(t.MEMBER_NO, p.memberNo())
			.set(t.FULL_NAME, p.fullName())
			.set(t.ORG_CODE, p.orgCode())
			.set(t.PARTY_AGE_MONTHS, (int) p.partyAgeMonths())
			.set(t.BADGE_YEARS, p.badgeYears())
			.set(t.KIND, p.kind())
			.set(t.REASON, p.reason())
			.set(t.ADDED_BY, by)
			.execute();
	}

	/** Adds many proposals at once (a round's list as it opens), in multi-row inserts. */
	public void addAll(long roundId, List<StoredProposal> proposals, String by) {
		var t = BADGE_PROPOSAL;
		for (int from = 0; from < proposals.size(); from += 1000) {
			var insert = dsl.insertInto(t, t.ROUND_ID, t.MEMBER_NO, t.FULL_NAME, t.ORG_CODE, t.PARTY_AGE_MONTHS,
					t.BADGE_YEARS, t.KIND, t.REASON, t.ADDED_BY);
			for (StoredProposal p : proposals.subList(from, Math.min(proposals.size(), from + 1000))) {
				insert = insert.values(roundId, p.memberNo(), p.fullName(), p.orgCode(), (int) p.partyAgeMonths(),
						p.badgeYears(), p.kind(), p.reason(), by);
			}
			insert.execute();
		}
	}

	/** Marks a proposal removed with the reason, or restores it (reason null); answers whether it existed. */
	public boolean setRemoved(long roundId, String memberNo, String reason) {
		return dsl.update(BADGE_PROPOSAL)
			.set(BADGE_PROPOSAL.REMOVED_REASON, reason)
			.where(BADGE_PROPOSAL.ROUND_ID.eq(roundId))
			.and(BADGE_PROPOSAL.MEMBER_NO.eq(memberNo))
			.execute() == 1;
	}

	public void number(long roundId, String memberNo, String badgeNo) {
		dsl.update(BADGE_PROPOSAL)
			.set(BADGE_PROPOSAL.BADGE_NO, badgeNo)
			.where(BADGE_PROPOSAL.ROUND_ID.eq(roundId))
			.and(BADGE_PROPOSAL.MEMBER_NO.eq(memberNo))
			.execute();
	}

	/** The badge numbers among these that are already given. */
	public List<String> taken(Collection<String> badgeNos) {
		return dsl.select(BADGE_PROPOSAL.BADGE_NO)
			.from(BADGE_PROPOSAL)
			.where(BADGE_PROPOSAL.BADGE_NO.in(badgeNos))
			.fetch(BADGE_PROPOSAL.BADGE_NO);
	}

	public void approve(long roundId, String decisionNo, LocalDate decisionDate, String issuer, String by) {
		dsl.update(BADGE_ROUND)
			.set(BADGE_ROUND.STATUS, "APPROVED")
			.set(BADGE_ROUND.DECISION_NO, decisionNo)
			.set(BADGE_ROUND.DECISION_DATE, decisionDate)
			.set(BADGE_ROUND.DECISION_ISSUER, issuer)
			.set(BADGE_ROUND.APPROVED_BY, by)
			.set(BADGE_ROUND.APPROVED_AT, OffsetDateTime.now())
			.where(BADGE_ROUND.ID.eq(roundId))
			.execute();
	}

}
