package vn.dangvu.access;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.dangvu.access.internal.AuditHash;
import vn.dangvu.access.internal.AuditStore;
import vn.dangvu.organization.Organizations;

/**
 * The tamper-evident audit trail: who did what, when, from where, on which decision, with the state before and
 * after. Records are only ever appended, one at a time under a database lock, each chained to the previous one by its
 * hash; a changed or removed record is found by {@link #verify()}.
 */
@Service
public class AuditTrail {

	private final AuditStore store;

	private final Organizations organizations;

	private final Clock clock;

	private final boolean commandLine;

	AuditTrail(AuditStore store, Organizations organizations, Optional<Clock> clock,
			@Value("${dangvu.cli:false}") boolean commandLine) {
		this.store = store;
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
	 * whatever becomes of the request.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public long appendAccess(AuditEntry entry, String actingUser) {
		return write(entry, actingUser);
	}

	private long write(AuditEntry entry, String actingUser) {
		Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		String username = who(actingUser);
		String address = where();
		String before = AuditHash.canonical(entry.before());
		String after = AuditHash.canonical(entry.after());
		store.lockChain();
		String previous = store.lastHash().orElse(AuditHash.GENESIS);
		String subject = truncate(entry.subject(), 300);
		String orgCode = truncate(entry.orgCode(), 100);
		String decisionNo = truncate(entry.decisionNo(), 100);
		String hash = AuditHash.of(at, username, address, entry.kind().name(), subject, orgCode, decisionNo, before,
				after, previous);
		return store.insert(at, username, address, entry.kind(), subject, orgCode, decisionNo, before, after, previous,
				hash);
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
