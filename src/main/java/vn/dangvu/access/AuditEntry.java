package vn.dangvu.access;

/**
 * What to record: the kind, what it concerns, and the state before and after (any value that serializes to JSON:
 * records, maps, lists, strings, numbers; null when there is none). Who, when and from where are added by the
 * {@link AuditTrail}.
 *
 * @param subject the organization code, member number or username concerned
 * @param orgCode the organization concerned, for the filter by subtree (may be null)
 * @param decisionNo the decision the change was made on, when there is one
 */
public record AuditEntry(AuditKind kind, String subject, String orgCode, String decisionNo, Object before,
		Object after) {

	public static AuditEntry of(AuditKind kind, String subject, Object before, Object after) {
		return new AuditEntry(kind, subject, null, null, before, after);
	}

}
