package vn.dangvu.access;

import java.time.LocalDate;

/**
 * The filters of the audit page (null = no filter): the user, the kind, the subject (organization code, member
 * number or username), the organization subtree (every organization ever in it), and the period of days.
 */
public record AuditQuery(String username, AuditKind kind, String subject, String org, LocalDate from, LocalDate to,
		int page, int size) {

	public AuditQuery {
		username = blankToNull(username);
		subject = blankToNull(subject);
		org = blankToNull(org);
		page = Math.max(0, page);
		size = size <= 0 ? 50 : Math.min(size, 1000);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
