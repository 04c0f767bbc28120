package vn.dangvu.access.internal;

import static vn.dangvu.access.internal.schema.Tables.AUDIT_RECORD;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Results;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.dangvu.access.AuditKind;
import vn.dangvu.access.AuditRecordView;
import vn.dangvu.access.internal.schema.tables.records.AuditRecordRecord;

/** The audit records in SQL: appended under a lock, read in chain order or filtered. */
@Repository
public class AuditStore {

	/** The key of the transaction-scoped advisory lock that serializes appends to the chain. */
	public static final long CHAIN_LOCK = 0x6175_6469_7400L;

	/** The records' insert from their columns' arrays; the ids follow the order of the rows inserted (with ordinality). */
	private static final String INSERT = """
			insert into audit_record (at, username, client_address, kind, subject, org_code, decision_no, before,
			                          after, prev_hash, hash)
			select at, username, client_address, kind, subject, org_code, decision_no, before, after, prev_hash, hash
			from unnest(?::timestamptz[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
			            ?::varchar[], ?::jsonb[], ?::jsonb[], ?::varchar[], ?::varchar[]) with ordinality
			     as r (at, username, client_address, kind, subject, org_code, decision_no, before, after, prev_hash,
			           hash, position)""";

	/**
	 * The chain's lock, held until the transaction ends, and a mark set for that transaction only that it holds it:
	 * {@link #INSERT_AFTER} writes only where it sees the mark.
	 */
	private static final String LOCK = """
			select pg_advisory_xact_lock(?), set_config('dangvu.audit_chain_locked', 'yes', true)""";

	/**
	 * The records' insert if the chain ends at the hash the first of them names ({@link AuditHash#GENESIS} for an
	 * empty chain) and the transaction holds the chain's lock.
	 */
	private static final String INSERT_AFTER = INSERT + """

			where coalesce((select hash from audit_record order by id desc limit 1), ?) = ?
			  and current_setting('dangvu.audit_chain_locked', true) = 'yes'
			order by position
			returning id""";

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
		dsl.fetch(LOCK, CHAIN_LOCK);
	}

	public Optional<String> lastHash() {
		return dsl.select(AUDIT_RECORD.HASH)
			.from(AUDIT_RECORD)
			.orderBy(AUDIT_RECORD.ID.desc())
			.limit(1)
			.fetchOptional(AUDIT_RECORD.HASH);
	}

	/** A record to append: its content and its place in the chain. */
	public record Appended(Instant at, String username, String clientAddress, AuditKind kind, String subject,
			String orgCode, String decisionNo, String before, String after, String prevHash, String hash) {
	}

	/**
	 * Appends the records in one statement, in their order (each names the one before it), and returns their ids in
	 * the same order. One statement of arrays whatever their number: the access records of a group commit were an
	 * insert each, rendered and sent one after another while every page of the group waited.
	 */
	public List<Long> insertAll(List<Appended> records) {
		return ids(dsl.fetch(INSERT + "\norder by position\nreturning id", columns(records)));
	}

	/**
	 * Appends the records if the chain ends at {@code previous}, the hash the first of them names, and this
	 * transaction holds the chain's lock ({@link #lockChain()}): their ids in order, or empty, nothing written.
	 */
	public Optional<List<Long>> insertAfter(String previous, List<Appended> records) {
		return written(dsl.fetch(INSERT_AFTER, insertAfterBindings(previous, records)));
	}

	/**
	 * Waits for the chain and appends the records if it still ends at {@code previous}, committed when this returns:
	 * their ids in order, or empty, nothing written and the lock released — a record appended meanwhile by someone
	 * else, or a driver that did not send the two statements in one transaction; then lock, read
	 * {@link #lastHash()} and {@link #insertAll} in a transaction. One round trip for the one writer of the access
	 * records, whom every page viewed waits for: the lock and the insert go to PostgreSQL together with autocommit
	 * on, where they are one implicit transaction committed at their end (instead of the lock, the chain's end, the
	 * insert and the commit). The insert is a statement of its own, after the lock, so that it sees every record
	 * committed before the lock was granted, and it writes only under the mark the lock sets for its transaction
	 * (were the statements two transactions, the lock would be released before the insert). Refused in an open
	 * transaction, whose commit would come later.
	 */
	public Optional<List<Long>> lockAndInsertAfterCommitted(String previous, List<Appended> records) {
		Object[] insert = insertAfterBindings(previous, records);
		Object[] bindings = new Object[insert.length + 1];
		bindings[0] = CHAIN_LOCK;
		System.arraycopy(insert, 0, bindings, 1, insert.length);
		return dsl.connectionResult(connection -> {
			if (!connection.getAutoCommit()) {
				throw new IllegalStateException("the chain's lock and insert commit on their own, not in a transaction");
			}
			// the same configuration (its listeners among them) on the connection whose autocommit was checked
			Results results = DSL.using(dsl.configuration().derive(connection))
				.fetchMany(LOCK + ";\n" + INSERT_AFTER, bindings);
			return written(results.get(results.size() - 1));
		});
	}

	private static Object[] insertAfterBindings(String previous, List<Appended> records) {
		Object[] columns = columns(records);
		Object[] bindings = Arrays.copyOf(columns, columns.length + 2);
		bindings[columns.length] = AuditHash.GENESIS;
		bindings[columns.length + 1] = previous;
		return bindings;
	}

	private static Optional<List<Long>> written(Result<Record> inserted) {
		List<Long> ids = ids(inserted);
		return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
	}

	private static List<Long> ids(Result<Record> inserted) {
		return inserted.getValues(0, Long.class).stream().sorted().toList();
	}

	/** The records as the insert's eleven arrays, a column each. */
	private static Object[] columns(List<Appended> records) {
		int n = records.size();
		OffsetDateTime[] at = new OffsetDateTime[n];
		String[][] texts = new String[10][n];
		for (int i = 0; i < n; i++) {
			Appended r = records.get(i);
			at[i] = r.at().atOffset(ZoneOffset.UTC);
			String[] row = { r.username(), r.clientAddress(), r.kind().name(), r.subject(), r.orgCode(),
					r.decisionNo(), r.before(), r.after(), r.prevHash(), r.hash() };
			for (int c = 0; c < row.length; c++) {
				texts[c][i] = row[c];
			}
		}
		Object[] columns = new Object[11];
		columns[0] = at;
		System.arraycopy(texts, 0, columns, 1, texts.length);
		return columns;
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
			where.add(AUDIT_RECORD.ORG_CODE.eq(DSL.any(orgCodes.toArray(String[]::new))));
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
