package vn.dangvu.access;

/** What an audit record records. */
public enum AuditKind {

	/** a change to the organization tree on a decision */
	RESTRUCTURING,
	/** a member file opened */
	MEMBER_REGISTERED,
	/** the stable data of a member file corrected */
	MEMBER_CORRECTED,
	/** an event recorded in a member's ledger */
	MEMBER_EVENT_RECORDED,
	/** an event of a member's ledger voided */
	MEMBER_EVENT_VOIDED,
	/** a member's full file shown */
	MEMBER_VIEWED,
	/** data exported (a file, a download) */
	EXPORT,
	/** a folder of interchange files imported */
	IMPORT,
	USER_ADDED, USER_ENABLED, USER_DISABLED, USER_ROLE_GRANTED, USER_ROLE_REVOKED,
	/** a user changed their own password */
	PASSWORD_CHANGED,
	/** an administrator gave a user a new one-time password */
	PASSWORD_RESET,
	API_TOKEN_ISSUED, API_TOKEN_REVOKED,
	/** an account or an address locked after repeated wrong passwords */
	ACCOUNT_LOCKED,
	BACKUP, RESTORE,
	/** a version of a badge rule added (R-BADGE-4) */
	BADGE_RULE_ADDED;

	public String messageKey() {
		return "audit.kind." + name();
	}

}
