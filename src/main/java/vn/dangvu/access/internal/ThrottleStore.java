package vn.dangvu.access.internal;

import static vn.dangvu.access.internal.schema.Tables.LOGIN_THROTTLE;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The failure counts and locks of the login, by key ({@code user:…} or {@code address:…}). */
@Repository
public class ThrottleStore {

	/** The state of one key. */
	public record Throttle(String key, int failures, Instant windowStart, Instant lockedUntil) {
	}

	private final DSLContext dsl;

	public ThrottleStore(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The latest end of a lock among the keys, if any is set. */
	public Optional<Instant> lockedUntil(Collection<String> keys) {
		return Optional.ofNullable(dsl.select(DSL.max(LOGIN_THROTTLE.LOCKED_UNTIL))
			.from(LOGIN_THROTTLE)
			.where(LOGIN_THROTTLE.KEY.in(keys))
			.fetchOne(0, java.time.OffsetDateTime.class)).map(java.time.OffsetDateTime::toInstant);
	}

	/** The key's row, created when missing, locked until the end of the transaction. */
	public Throttle lockedRow(String key) {
		dsl.insertInto(LOGIN_THROTTLE).set(LOGIN_THROTTLE.KEY, key).set(LOGIN_THROTTLE.FAILURES, 0).onConflictDoNothing()
			.execute();
		return dsl.selectFrom(LOGIN_THROTTLE)
			.where(LOGIN_THROTTLE.KEY.eq(key))
			.forUpdate()
			.fetchSingle(r -> new Throttle(r.getKey(), r.getFailures(),
					r.getWindowStart() == null ? null : r.getWindowStart().toInstant(),
					r.getLockedUntil() == null ? null : r.getLockedUntil().toInstant()));
	}

	public void save(Throttle throttle) {
		dsl.update(LOGIN_THROTTLE)
			.set(LOGIN_THROTTLE.FAILURES, throttle.failures())
			.set(LOGIN_THROTTLE.WINDOW_START,
					throttle.windowStart() == null ? null : throttle.windowStart().atOffset(ZoneOffset.UTC))
			.set(LOGIN_THROTTLE.LOCKED_UNTIL,
					throttle.lockedUntil() == null ? null : throttle.lockedUntil().atOffset(ZoneOffset.UTC))
			.where(LOGIN_THROTTLE.KEY.eq(throttle.key()))
			.execute();
	}

	public void delete(String key) {
		dsl.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.KEY.eq(key)).execute();
	}

}
