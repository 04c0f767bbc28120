package vn.dangvu.commendation.internal;

import static vn.dangvu.commendation.internal.schema.Tables.COMMENDATION;
import static vn.dangvu.commendation.internal.schema.Tables.COMMENDATION_RECIPIENT;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.dangvu.common.database.RenderedQuery;

/** Commendation decisions and their recipients; rows are inserted and voided, never deleted or rewritten. */
@Repository
public class CommendationStore {

	/** A decision as stored. */
	public record StoredCommendation(long id, String orgCode, String decisionNo, LocalDate decisionDate, String issuer,
			String form, String reason, Integer achievementYear, String recordedBy, OffsetDateTime recordedAt,
			String voidedBy, OffsetDateTime voidedAt, String voidReason) {
	}

	/** A recipient as stored. */
	public record StoredRecipient(String kind, String memberNo, String recipientCode, String name, String orgCode,
			boolean posthumous) {
	}

	/** A recipient with its decision, for lists. */
	public record StoredRow(StoredCommendation commendation, StoredRecipient recipient) {
	}

	private final DSLContext dsl;

	/** A member's commendations: every member's page shows them, their SQL rendered once. */
	private final RenderedQuery ofMember;

	public CommendationStore(DSLContext dsl) {
		this.dsl = dsl;
		this.ofMember = RenderedQuery.of(dsl, dsl.select(COMMENDATION_RECIPIENT.fields())
			.select(COMMENDATION.fields())
			.from(COMMENDATION_RECIPIENT)
			.join(COMMENDATION).on(COMMENDATION.ID.eq(COMMENDATION_RECIPIENT.COMMENDATION_ID))
			.where(COMMENDATION.VOIDED_AT.isNull())
			.and(COMMENDATION_RECIPIENT.MEMBER_NO.eq(DSL.param("memberNo", COMMENDATION_RECIPIENT.MEMBER_NO.getDataType())))
			.orderBy(COMMENDATION.DECISION_DATE.desc(), COMMENDATION.ID.desc()));
	}

	public long insert(StoredCommendation c, List<StoredRecipient> recipients) {
		long id = dsl.insertInto(COMMENDATION)
			.set(COMMENDATION.ORG_CODE, c.orgCode())
			.set(COMMENDATION.DECISION_NO, c.decisionNo())
			.set(COMMENDATION.DECISION_DATE, c.decisionDate())
			.set(COMMENDATION.ISSUER, c.issuer())
			.set(COMMENDATION.FORM, c.form())
			.set(COMMENDATION.REASON, c.reason())
			.set(COMMENDATION.ACHIEVEMENT_YEAR, c.achievementYear())
			.set(COMMENDATION.RECORDED_BY, c.recordedBy())
			.returning(COMMENDATION.ID)
			.fetchSingle(COMMENDATION.ID);
		var t = COMMENDATION_RECIPIENT;
		var insert = dsl.insertInto(t, t.COMMENDATION_ID, t.POSITION, t.KIND, t.MEMBER_NO, t.RECIPIENT_CODE, t.NAME,
				t.ORG_CODE, t.POSTHUMOUS);
		for (int i = 0; i < recipients.size(); i++) {
			StoredRecipient r = recipients.get(i);
			insert = insert.values(id, i + 1, r.kind(), r.memberNo(), r.recipientCode(), r.name(), r.orgCode(),
					r.posthumous());
		}
		insert.execute();
		return id;
	}

	/** True when the same decision (number, date, issuer ignoring case) is already in the register, not voided. */
	public boolean recorded(String decisionNo, LocalDate decisionDate, String issuer) {
		return dsl.fetchExists(COMMENDATION, COMMENDATION.DECISION_NO.eq(decisionNo)
			.and(COMMENDATION.DECISION_DATE.eq(decisionDate))
			.and(COMMENDATION.ISSUER.lower().eq(issuer.toLowerCase()))
			.and(COMMENDATION.VOIDED_AT.isNull()));
	}

	public Optional<StoredCommendation> find(long id) {
		return dsl.selectFrom(COMMENDATION).where(COMMENDATION.ID.eq(id)).fetchOptional(CommendationStore::commendation);
	}

	public Optional<StoredCommendation> lock(long id) {
		return dsl.selectFrom(COMMENDATION)
			.where(COMMENDATION.ID.eq(id))
			.forUpdate()
			.fetchOptional(CommendationStore::commendation);
	}

	public List<StoredRecipient> recipients(long id) {
		return dsl.selectFrom(COMMENDATION_RECIPIENT)
			.where(COMMENDATION_RECIPIENT.COMMENDATION_ID.eq(id))
			.orderBy(COMMENDATION_RECIPIENT.POSITION)
			.fetch(CommendationStore::recipient);
	}

	/**
	 * The recipients of decisions not voided, dated in [from, to], who belonged on the decision date to one of the
	 * organizations (the caller narrows them to the subtree of each date). The codes are one array parameter: a
	 * province's subtree has tens of thousands, each a bind parameter of an {@code in} list otherwise.
	 */
	public List<StoredRow> rows(Collection<String> orgCodes, LocalDate from, LocalDate to) {
		return dsl.select()
			.from(COMMENDATION_RECIPIENT)
			.join(COMMENDATION).on(COMMENDATION.ID.eq(COMMENDATION_RECIPIENT.COMMENDATION_ID))
			.where(COMMENDATION.VOIDED_AT.isNull())
			.and(COMMENDATION.DECISION_DATE.between(from, to))
			.and(COMMENDATION_RECIPIENT.ORG_CODE.eq(DSL.any(orgCodes.toArray(String[]::new))))
			.fetch(r -> new StoredRow(commendation(r), recipient(r)));
	}

	/** The commendations of a member, voided ones left out, the newest first. */
	public List<StoredRow> ofMember(String memberNo) {
		return ofMember.fetch(dsl, "memberNo", memberNo).map(r -> new StoredRow(commendation(r), recipient(r)));
	}

	public void voidCommendation(long id, String reason, String by) {
		dsl.update(COMMENDATION)
			.set(COMMENDATION.VOIDED_AT, OffsetDateTime.now())
			.set(COMMENDATION.VOIDED_BY, by)
			.set(COMMENDATION.VOID_REASON, reason)
			.where(COMMENDATION.ID.eq(id))
			.and(COMMENDATION.VOIDED_AT.isNull())
			.execute();
	}

	private static StoredCommendation commendation(Record r) {
		var c = COMMENDATION;
		return new StoredCommendation(r.get(c.ID), r.get(c.ORG_CODE), r.get(c.DECISION_NO), r.get(c.DECISION_DATE),
				r.get(c.ISSUER), r.get(c.FORM), r.get(c.REASON), r.get(c.ACHIEVEMENT_YEAR), r.get(c.RECORDED_BY),
				r.get(c.RECORDED_AT), r.get(c.VOIDED_BY), r.get(c.VOIDED_AT),
				r.get(c.VOID_REASON));
	}

	private static StoredRecipient recipient(Record r) {
		var t = COMMENDATION_RECIPIENT;
		return new StoredRecipient(r.get(t.KIND), r.get(t.MEMBER_NO), r.get(t.RECIPIENT_CODE), r.get(t.NAME),
				r.get(t.ORG_CODE), r.get(t.POSTHUMOUS));
	}

}
