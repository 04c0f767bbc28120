package vn.dangvu.access.internal;

import static vn.dangvu.access.internal.schema.Tables.AUDIT_RECORD;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.dangvu.access.AuditKind;
import vn.dangvu.access.AuditRecordView;
import vn.dangvu.access.internal.schema.tables.records.AuditRecordRecord;

/** The audit records in SQL: appended under a lock, read in chain order or filtered. */
@Repository
public class AuditStore {

	/** The key of the transaction-scoped advisory lock that serializes appends to the chain. */
	static final long CHAIN_LOCK = 0x6175_6469_7400L;

	/** A record as stored. */
	public record Stored(long id, Instant at, String username, String clientAddress, String kind, String subject,
			String orgCode, String decisionNo, String before, String after, String prevHash, String hash) {

		/** The hash its content gives, with the previous hash it names. */
		public String recomputedHash() {
			return AuditHash.of(at, username, clientAddress, kind, subject, orgCode, decisionNo,
					AuditHash.canonicalText(before), AuditHash.canonicalText(after), prevHash);
		}

	}

	private final DSLContext dsl;

	public AuditStore(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Waits for the chain: until this transaction ends, no one else appends. */
	public void lockChain() {
		dsl.fetch("select pg_advisory_xact_lock(?)", CHAIN_LOCK);
	}

	public Optional<String> lastHash() {
		return dsl.select(AUDIT_RECORD.HASH)
			.from(AUDIT_RECORD)
			.orderBy(AUDIT_RECORD.ID.desc())
			.limit(1)
			.fetchOptional(AUDIT_RECORD.HASH);
	}

	public long insert(Instant at, String username, String clientAddress, AuditKind kind, String subject,
			String orgCode, String decisionNo, String before, String after, String prevHash, String hash) {
		return dsl.insertInto(AUDIT_RECORD)
			.set(AUDIT_RECORD.AT, at.atOffset(ZoneOffset.UTC))
			.set(AUDIT_RECORD.USERNAME, username)
			.set(AUDIT_RECORD.CLIENT_ADDRESS, clientAddress)
			.set(AUDIT_RECORD.KIND, kind.name())
			.set(AUDIT_RECORD.SUBJECT, subject)
			.set(AUDIT_RECORD.ORG_CODE, orgCode)
			.set(AUDIT_RECORD.DECISION_NO, decisionNo)
			.set(AUDIT_RECORD.BEFORE, before == null ? null : JSON.valueOf(before))
			.set(AUDIT_RECORD.AFTER, after == null ? null : JSON.valueOf(after))
			.set(AUDIT_RECORD.PREV_HASH, prevHash)
			.set(AUDIT_RECORD.HASH, hash)
			.returning(AUDIT_RECORD.ID)
			.fetchSingle(AUDIT_RECORD.ID);
	}

	/** Every record in chain order, a few hundred at a time (call in a transaction). */
	public void forEachInOrder(Consumer<Stored> action) {
		try (Cursor<AuditRecordRecord> cursor = dsl.selectFrom(AUDIT_RECORD)
			.orderBy(AUDIT_RECORD.ID)
			.fetchSize(500)
			.fetchLazy()) {
			for (AuditRecordRecord r : cursor) {
				action.accept(stored(r));
			}
		}
	}

	/** The records matching the filters, newest first; {@code orgCodes} null = any organization. */
	public List<Stored> find(String username, AuditKind kind, String subject, Collection<String> orgCodes,
			LocalDate from, LocalDate to, ZoneId zone, int offset, int limit) {
		return dsl.selectFrom(AUDIT_RECORD)
			.where(conditions(username, kind, subject, orgCodes, from, to, zone))
			.orderBy(AUDIT_RECORD.ID.desc())
			.offset(offset)
			.limit(limit)
			.fetch(AuditStore::stored);
	}

	public long count(String username, AuditKind kind, String subject, Collection<String> orgCodes, LocalDate from,
			LocalDate to, ZoneId zone) {
		return dsl.fetchCount(AUDIT_RECORD, DSL.and(conditions(username, kind, subject, orgCodes, from, to, zone)));
	}

	private static List<Condition> conditions(String username, AuditKind kind, String subject,
			Collection<String> orgCodes, LocalDate from, LocalDate to, ZoneId zone) {
		List<Condition> where = new ArrayList<>();
		if (username != null) {
			where.add(AUDIT_RECORD.USERNAME.eq(username));
		}
		if (kind != null) {
			where.add(AUDIT_RECORD.KIND.eq(kind.name()));
		}
		if (subject != null) {
			where.add(AUDIT_RECORD.SUBJECT.eq(subject));
		}
		if (orgCodes != null) {
			where.add(AUDIT_RECORD.ORG_CODE.in(orgCodes));
		}
		if (from != null) {
			where.add(AUDIT_RECORD.AT.ge(from.atStartOfDay(zone).toOffsetDateTime()));
		}
		if (to != null) {
			where.add(AUDIT_RECORD.AT.lt(to.plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
		}
		return where;
	}

	private static Stored stored(AuditRecordRecord r) {
		return new Stored(r.getId(), r.getAt().toInstant(), r.getUsername(), r.getClientAddress(), r.getKind(),
				r.getSubject(), r.getOrgCode(), r.getDecisionNo(), r.getBefore() == null ? null : r.getBefore().data(),
				r.getAfter() == null ? null : r.getAfter().data(), r.getPrevHash(), r.getHash());
	}

	/** The stored record as the audit page shows it. */
	public static AuditRecordView view(Stored s) {
		boolean intact;
		String before = s.before();
		String after = s.after();
		try {
			intact = s.recomputedHash().equals(s.hash());
			before = AuditHash.canonicalText(before);
			after = AuditHash.canonicalText(after);
		}
		catch (RuntimeException ex) {
			intact = false;
		}
		return new AuditRecordView(s.id(), s.at(), s.username(), s.clientAddress(), kindOf(s.kind()), s.subject(),
				s.orgCode(), s.decisionNo(), before, after, s.prevHash(), s.hash(), intact);
	}

	private static AuditKind kindOf(String kind) {
		try {
			return AuditKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
