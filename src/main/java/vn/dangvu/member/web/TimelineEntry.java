package vn.dangvu.member.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import vn.dangvu.member.LedgerPolicy;
import vn.dangvu.member.MemberEventView;

/**
 * An event of the member's timeline as the page shows it: its detail as a message key and arguments, the time it was
 * recorded in the server's zone, and whether it takes effect after the date the page is seen as of.
 */
record TimelineEntry(MemberEventView event, String detailKey, Object[] detailArgs, LocalDateTime recordedAt,
		boolean afterAsOf) {

	static TimelineEntry of(MemberEventView event, LocalDate asOf) {
		String detail = event.detail();
		String key = null;
		Object[] args = {};
		if (detail != null) {
			switch (event.type()) {
				case DISCIPLINED -> key = "member.discipline." + detail;
				case ASSESSED -> key = "member.grade." + detail;
				case BADGE_AWARDED -> {
					key = "member.badge.years";
					args = new Object[] { detail };
				}
				case ADMITTED, READMITTED -> key = LedgerPolicy.PROVINCIAL_CONSENT.equals(detail)
						? "member.event.provincialConsent.given" : null;
				default -> key = null;
			}
		}
		LocalDateTime recorded = event.recordedAt() == null ? null
				: event.recordedAt().atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
		return new TimelineEntry(event, key, args, recorded, event.effectiveOn().isAfter(asOf));
	}

	/** A detail the page has no words for (from an import) is shown as it was recorded. */
	public String rawDetail() {
		return detailKey == null ? event.detail() : null;
	}

}
