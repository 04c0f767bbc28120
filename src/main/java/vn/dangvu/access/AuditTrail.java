package vn.dangvu.access;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.dangvu.access.internal.AuditHash;
import vn.dangvu.access.internal.AuditStore;
import vn.dangvu.organization.Organizations;

/**
 * The tamper-evident audit trail: who did what, when, from where, on which decision, with the state before and
 * after. Records are only ever appended, under a database lock, each chained to the previous one by its hash; a
 * changed or removed record is found by {@link #verify()}. Records of accesses that arrive together (the views of
 * many users at once) are committed together by one writer thread: one lock, one commit for the group, each still
 * committed before its page is served.
 */
@Service
public class AuditTrail implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private final AuditStore store;

	private final Organizations organizations;

	private final Clock clock;

	private final boolean commandLine;

	/** The access records waiting for the writer's next group. */
	private final BlockingQueue<PendingAccess> pendingAccesses = new LinkedBlockingQueue<>();

	/** Writes the access records, started with the first one (a command that reads no file starts none). */
	private volatile Thread accessWriter;

	/**
	 * The hash of the last record the writer committed (its thread's alone), where it expects the chain to end for
	 * its next group; null before the first and after a failure.
	 */
	private String chainEnd;

	/**
	 * False once a group sent in one round trip was refused though the chain ended where it was sent: the driver did
	 * not send the lock and the insert in one transaction, and every group takes a transaction of its own after that.
	 */
	private boolean oneRoundTrip = true;

	/** Set when the application stops: no access record is taken after that. */
	private volatile boolean stopped;

	private final TransactionTemplate ownTransaction;

	AuditTrail(AuditStore store, Organizations organizations, Optional<Clock> clock,
			@Value("${dangvu.cli:false}") boolean commandLine, PlatformTransactionManager transactions) {
		this.store = store;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.organizations = organizations;
		this.clock = clock.orElse(Clock.systemDefaultZone());
		this.commandLine = commandLine;
	}

	/**
	 * Appends a record of a change in the caller's transaction, so that it is committed with the change or not at
	 * all. The user is the signed-in one, else {@code actingUser} (who a service was told did it), else the
	 * command line's operating-system user.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long append(AuditEntry entry, String actingUser) {
		return write(entry, actingUser);
	}

	/**
	 * Appends a record of an access — a view of a member's file, an export — in a transaction of its own: it is kept
	 * whatever becomes of the request, and committed when this returns. Concurrent accesses are committed as a group
	 * (group commit): one writer thread takes every record waiting and writes them in one transaction under the
	 * chain's lock, then completes each; the requests wait each for its own record, not in turn for a lock.
	 */
	public long appendAccess(AuditEntry entry, String actingUser) {
		return beginAccess(entry, actingUser).written();
	}

	/**
	 * Hands a record of an access to the writer and returns at once: the caller may prepare what it will serve
	 * meanwhile, but serves nothing before {@link PendingAccess#written()} has returned (the access guard's responses
	 * wait for it before their first byte).
	 */
	public PendingAccess beginAccess(AuditEntry entry, String actingUser) {
		PendingAccess mine = new PendingAccess(prepare(entry, actingUser));
		startAccessWriter();
		pendingAccesses.add(mine);
		// stopped meanwhile: the writer's last look at the queue may have come before this record
		if (stopped && pendingAccesses.remove(mine)) {
			throw stopping();
		}
		return mine;
	}

	private void startAccessWriter() {
		if (accessWriter == null) {
			synchronized (this) {
				if (accessWriter == null && !stopped) {
					accessWriter = Thread.ofPlatform().daemon().name("audit-access-writer").start(this::writeAccesses);
				}
			}
		}
		if (stopped) {
			throw stopping();
		}
	}

	private static IllegalStateException stopping() {
		return new IllegalStateException("Ứng dụng đang dừng: lượt truy cập không được ghi vào nhật ký kiểm tra.");
	}

	/** Takes the records as they come and writes all those waiting at once as a group, until the application stops. */
	private void writeAccesses() {
		List<PendingAccess> group = new ArrayList<>();
		try {
			while (!stopped) {
				group.add(pendingAccesses.take());
				pendingAccesses.drainTo(group);
				commit(group);
				group.clear();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		// whoever still waits learns that the record was not written
		pendingAccesses.drainTo(group);
		IllegalStateException stopping = stopping();
		group.forEach(access -> access.id.completeExceptionally(stopping));
	}

	@Override
	public void destroy() {
		Thread writer;
		synchronized (this) {
			stopped = true;
			writer = accessWriter;
		}
		if (writer != null) {
			writer.interrupt();
		}
	}

	/**
	 * Writes a group of access records and commits it; each waiting request learns its record's id or why not. The
	 * group is chained after the last record this writer committed and sent with the lock, committed in one round
	 * trip; if the chain ends elsewhere (a change's record, another process's), a transaction of its own locks the
	 * chain, reads where it ends and chains the group after that.
	 */
	private void commit(List<PendingAccess> group) {
		try {
			Written written = null;
			String sentAfter = oneRoundTrip ? chainEnd : null;
			if (sentAfter != null) {
				List<AuditStore.Appended> records = chained(group, sentAfter);
				Optional<List<Long>> ids = store.lockAndInsertAfterCommitted(sentAfter, records);
				if (ids.isPresent()) {
					written = new Written(ids.get(), records.getLast().hash());
				}
			}
			if (written == null) {
				written = ownTransaction.execute(status -> {
					store.lockChain();
					String end = store.lastHash().orElse(AuditHash.GENESIS);
					if (end.equals(sentAfter)) {
						oneRoundTrip = false;
						log.warn("The access records' lock and insert did not reach PostgreSQL as one transaction; "
								+ "each group of them is written in a transaction of its own from now on");
					}
					List<AuditStore.Appended> records = chained(group, end);
					return new Written(store.insertAll(records), records.getLast().hash());
				});
			}
			// known committed: the next group is sent after it
			chainEnd = written.end();
			for (int i = 0; i < group.size(); i++) {
				group.get(i).id.complete(written.ids().get(i));
			}
		}
		catch (RuntimeException | Error ex) {
			chainEnd = null;
			group.forEach(access -> access.id.completeExceptionally(ex));
		}
	}

	/** A group's records as committed: their ids, in order, and the hash of the last. */
	private record Written(List<Long> ids, String end) {
	}

	/** The group's records, each naming the one before it, the first {@code previous}. */
	private static List<AuditStore.Appended> chained(List<PendingAccess> group, String previous) {
		List<AuditStore.Appended> records = new ArrayList<>(group.size());
		for (PendingAccess access : group) {
			AuditStore.Appended record = access.record.chained(previous);
			records.add(record);
			previous = record.hash();
		}
		return records;
	}

	/** An access record handed to the writer, until its group is committed. */
	public static final class PendingAccess {

		private final Prepared record;

		private final CompletableFuture<Long> id = new CompletableFuture<>();

		private PendingAccess(Prepared record) {
			this.record = record;
		}

		/** Waits until the record is committed and returns its id, or throws what kept it from being written. */
		public long written() {
			try {
				return id.join();
			}
			catch (CompletionException ex) {
				// the group's failure, as the caller would have seen it writing alone
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw ex;
			}
		}

	}

	/** A record's content, read on the caller's thread (who, from where, when); the chain is added when written. */
	private record Prepared(Instant at, String username, String address, AuditKind kind, String subject,
			String orgCode, String decisionNo, String before, String after) {

		String hash(String previous) {
			return AuditHash.of(at, username, address, kind.name(), subject, orgCode, decisionNo, before, after,
					previous);
		}

		/** The record appended after the one whose hash is {@code previous}. */
		AuditStore.Appended chained(String previous) {
			return new AuditStore.Appended(at, username, address, kind, subject, orgCode, decisionNo, before, after,
					previous, hash(previous));
		}

	}

	private Prepared prepare(AuditEntry entry, String actingUser) {
		return new Prepared(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), who(actingUser), where(), entry.kind(),
				truncate(entry.subject(), 300), truncate(entry.orgCode(), 100), truncate(entry.decisionNo(), 100),
				AuditHash.canonical(entry.before()), AuditHash.canonical(entry.after()));
	}

	private long write(AuditEntry entry, String actingUser) {
		Prepared record = prepare(entry, actingUser);
		store.lockChain();
		String previous = store.lastHash().orElse(AuditHash.GENESIS);
		return store.insertAll(List.of(record.chained(previous))).get(0);
	}

	private String who(String actingUser) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return truncate(authentication.getName(), 100);
		}
		if (actingUser != null && !actingUser.isBlank()) {
			return truncate(actingUser.strip(), 100);
		}
		return commandLine ? truncate("cli:" + System.getProperty("user.name", "?"), 100) : "system";
	}

	private String where() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			return truncate(request.getRequest().getRemoteAddr(), 100);
		}
		return commandLine ? "cli" : null;
	}

	private static String truncate(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

	/**
	 * Checks the whole chain from the first record: each record's content must give its hash, and each must name
	 * the hash of the record before it. Answers the first record where that fails.
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		class Walk {

			long records;

			long lastIntactId;

			String previous = AuditHash.GENESIS;

			Long broken;

			String problem;

		}
		Walk walk = new Walk();
		try {
			store.forEachInOrder(record -> {
				walk.records++;
				if (!record.prevHash().equals(walk.previous)) {
					walk.broken = record.id();
					walk.problem = walk.lastIntactId == 0
							? "Bản ghi #" + record.id() + " không nối với đầu chuỗi: các bản ghi trước nó đã bị xóa hoặc bị sửa."
							: "Bản ghi #" + record.id() + " không nối với bản ghi #" + walk.lastIntactId
									+ ": bản ghi ở giữa đã bị xóa, hoặc bản ghi #" + walk.lastIntactId + " đã bị sửa.";
					throw new ChainBroken();
				}
				String recomputed;
				try {
					recomputed = record.recomputedHash();
				}
				catch (RuntimeException ex) {
					recomputed = null;
				}
				if (!record.hash().equals(recomputed)) {
					walk.broken = record.id();
					walk.problem = "Nội dung bản ghi #" + record.id() + " đã bị sửa: không còn khớp với mã băm của nó.";
					throw new ChainBroken();
				}
				walk.previous = record.hash();
				walk.lastIntactId = record.id();
			});
		}
		catch (ChainBroken ex) {
			return new ChainVerification(walk.records, walk.broken, walk.problem, null);
		}
		return new ChainVerification(walk.records, null, null,
				walk.previous.equals(AuditHash.GENESIS) ? null : walk.previous);
	}

	private static final class ChainBroken extends RuntimeException {

		ChainBroken() {
			super(null, null, false, false);
		}

	}

	/** A page of records, newest first. */
	public record AuditPage(long total, int page, int size, List<AuditRecordView> items) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

	}

	/** The records matching the filters, newest first, each marked when its content no longer gives its hash. */
	@Transactional(readOnly = true)
	public AuditPage find(AuditQuery query) {
		Collection<String> orgCodes = null;
		if (query.org() != null) {
			orgCodes = new ArrayList<>(organizations.codesEverInSubtree(query.org()));
			orgCodes.add(query.org());
		}
		var zone = clock.getZone();
		long total = store.count(query.username(), query.kind(), query.subject(), orgCodes, query.from(), query.to(),
				zone);
		List<AuditRecordView> items = store
			.find(query.username(), query.kind(), query.subject(), orgCodes, query.from(), query.to(), zone,
					query.page() * query.size(), query.size())
			.stream()
			.map(AuditStore::view)
			.toList();
		return new AuditPage(total, query.page(), query.size(), items);
	}

}
