package vn.dangvu.access;

import java.time.Instant;

/**
 * One record of the audit trail as stored, with whether its content still matches its hash.
 *
 * @param before the state before, as canonical JSON (null when none)
 * @param after the state after, as canonical JSON (null when none)
 * @param intact false when the record's content no longer gives its stored hash
 */
public record AuditRecordView(long id, Instant at, String username, String clientAddress, AuditKind kind,
		String subject, String orgCode, String decisionNo, String before, String after, String prevHash, String hash,
		boolean intact) {
}
