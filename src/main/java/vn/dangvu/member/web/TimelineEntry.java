package vn.dangvu.member.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import vn.dangvu.common.time.Dates;
import vn.dangvu.member.LedgerPolicy;
import vn.dangvu.member.MemberEventView;

/**
 * An event of the member's timeline as the page shows it, its texts already in the reader's language: the date, the
 * event, why it was voided, the decision, the detail, when it was recorded (in the server's zone), and whether it
 * takes effect after the date the page is seen as of, the link to its organization as of its date, and the link that
 * opens the form voiding it. Put together here rather than in the template: a member has tens of events, and each
 * expression of a row was evaluated for each of them (the rows were a quarter of the page's time).
 *
 * @param orgName the event's organization by its name on the event's date (by its code when it has none recorded);
 *     {@code null} for an event that names none
 * @param orgHref the page of the event's organization as of the event's date (context-relative); {@code null} for an
 *     event that names none
 * @param voidHref the page with the form voiding this event open (context-relative); {@code null} for a voided event
 */
record TimelineEntry(MemberEventView event, String effectiveOn, String type, String voidedBecause, String decision,
		String detail, String recordedAt, boolean afterAsOf, String orgName, String orgHref, String voidHref) {

	/**
	 * @param voidLinks the page's address, as of its date, ending in the parameter that chooses the event to void (see
	 *     {@link #voidLinks(String, LocalDate)}): the event's id completes it
	 * @param orgName the name of the event's organization on the event's date, null when not known
	 */
	static TimelineEntry of(MemberEventView event, LocalDate asOf, String voidLinks, String orgName,
			MessageSource messages, Locale locale) {
		String decisionDate = event.decisionDate() == null ? null : Dates.format(event.decisionDate());
		String decision = event.decisionNo() != null && decisionDate != null
				? messages.getMessage("decision.numberAndDate", new Object[] { event.decisionNo(), decisionDate },
						locale)
				: event.decisionNo() != null ? event.decisionNo()
						: decisionDate != null
								? messages.getMessage("member.event.decidedOn", new Object[] { decisionDate }, locale)
								: "";
		return new TimelineEntry(event, Dates.format(event.effectiveOn()),
				messages.getMessage("member.event." + event.type().name(), null, locale),
				event.voided() ? messages.getMessage("member.event.voidedBecause", new Object[] { event.voidReason() },
						locale) : null,
				decision, detail(event, messages, locale),
				event.recordedAt() == null ? null
						: Dates.format(event.recordedAt().atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime()),
				event.effectiveOn().isAfter(asOf),
				event.orgCode() == null ? null : orgName == null ? event.orgCode() : orgName,
				event.orgCode() == null ? null
						: "/organizations/" + UriUtils.encodePathSegment(event.orgCode(), StandardCharsets.UTF_8)
								+ "?asOf=" + event.effectiveOn(),
				event.voided() ? null : voidLinks + event.id() + "#void-form");
	}

	/** The member's page as of the date, its parameter choosing the event to void last, waiting for the event's id. */
	static String voidLinks(String memberNo, LocalDate asOf) {
		// encoded as a template first: the number's reserved characters too ("/" as %2F), as the page's other links
		return UriComponentsBuilder.fromPath("/members/{memberNo}")
			.queryParam("asOf", asOf)
			.encode()
			.buildAndExpand(memberNo)
			.toUriString() + "&" + MemberController.VOID_PARAMETER + "=";
	}

	/** The detail in words; one the page has no words for (from an import, say) is shown as it was recorded. */
	private static String detail(MemberEventView event, MessageSource messages, Locale locale) {
		String detail = event.detail();
		if (detail == null) {
			return null;
		}
		return switch (event.type()) {
			case DISCIPLINED -> messages.getMessage("member.discipline." + detail, null, detail, locale);
			case ASSESSED -> messages.getMessage("member.grade." + detail, null, detail, locale);
			case BADGE_AWARDED -> messages.getMessage("member.badge.years", new Object[] { detail }, locale);
			case ADMITTED, READMITTED -> LedgerPolicy.PROVINCIAL_CONSENT.equals(detail)
					? messages.getMessage("member.event.provincialConsent.given", null, locale) : detail;
			default -> detail;
		};
	}

	/** The row's class: struck through when voided, dimmed when it takes effect after the date of the page. */
	public String rowClass() {
		return event.voided() ? "voided" : afterAsOf ? "after-as-of" : null;
	}

}
