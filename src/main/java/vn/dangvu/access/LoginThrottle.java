package vn.dangvu.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.access.internal.ThrottleStore;
import vn.dangvu.access.internal.ThrottleStore.Throttle;

/**
 * Slows down the guessing of passwords: 5 wrong passwords for one account, or 20 from one client address, within 15
 * minutes lock that account or address for 15 minutes. While locked, a login is refused without looking at the
 * password, and those attempts do not count; after the lock the count starts again. Unknown usernames are counted
 * like known ones, so the answers do not tell which accounts exist. Kept in the database, so that it holds across
 * restarts and several servers.
 */
@Service
public class LoginThrottle {

	static final int ACCOUNT_LIMIT = 5;

	static final int ADDRESS_LIMIT = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private final ThrottleStore store;

	private final AuditTrail audit;

	private final Clock clock;

	LoginThrottle(ThrottleStore store, AuditTrail audit, Optional<Clock> clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** The end of the lock that holds for this account or address now, if one does. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username, String address) {
		Instant now = clock.instant();
		return store.lockedUntil(keys(username, address)).filter(now::isBefore);
	}

	/** Counts a wrong password; locks the account or the address at its limit (recorded in the audit trail). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username, String address) {
		Instant now = clock.instant();
		count(accountKey(username), ACCOUNT_LIMIT, now, username, address);
		if (address != null) {
			count(addressKey(address), ADDRESS_LIMIT, now, username, address);
		}
	}

	/** A correct password clears the account's count (not the address's). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		store.delete(accountKey(username));
	}

	private void count(String key, int limit, Instant now, String username, String address) {
		Throttle t = store.lockedRow(key);
		if (t.lockedUntil() != null && now.isBefore(t.lockedUntil())) {
			return;
		}
		boolean newWindow = t.windowStart() == null || !now.isBefore(t.windowStart().plus(WINDOW));
		int failures = newWindow ? 1 : t.failures() + 1;
		Instant windowStart = newWindow ? now : t.windowStart();
		if (failures >= limit) {
			Instant until = now.plus(LOCK);
			store.save(new Throttle(key, 0, null, until));
			audit.append(new AuditEntry(AuditKind.ACCOUNT_LOCKED, key, null, null, null,
					Map.of("failures", failures, "lockedUntil", until.toString(), "address",
							address == null ? "" : address)),
					username);
		}
		else {
			store.save(new Throttle(key, failures, windowStart, null));
		}
	}

	private static List<String> keys(String username, String address) {
		List<String> keys = new ArrayList<>();
		keys.add(accountKey(username));
		if (address != null) {
			keys.add(addressKey(address));
		}
		return keys;
	}

	private static String accountKey(String username) {
		String name = username == null ? "" : username.strip().toLowerCase();
		return "user:" + (name.length() > 150 ? name.substring(0, 150) : name);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
