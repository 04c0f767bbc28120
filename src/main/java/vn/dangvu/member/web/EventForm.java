package vn.dangvu.member.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.LedgerPolicy;
import vn.dangvu.member.MemberEventType;

/**
 * The form that records one event of a member's ledger: the event, its effective date and decision, and the one
 * input the event needs besides (the organization, the discipline form, the badge, the grade, or the provincial
 * consent of an admission over 60). Which inputs an event shows is said once, in {@link #shows(String)}; the rules
 * are the domain's.
 */
record EventForm(@NotNull MemberEventType type, @NotNull LocalDate effectiveOn, @Size(max = 100) String orgCode,
		@Size(max = 100) String decisionNo, LocalDate decisionDate, String discipline, String badgeYears, String grade,
		Boolean provincialConsent) {

	/** R-DIS-1: the forms of discipline the ledger records (expulsion is an event of its own). */
	static final List<String> DISCIPLINES = List.of("REPRIMAND", "WARNING", "DISMISSAL");

	/** R-BADGE-1: the milestones in years of party age. */
	static final List<String> BADGE_YEARS = List.of("30", "40", "45", "50", "55", "60", "65", "70", "75", "80", "85",
			"90");

	/** R-ASM-1: the four grades. */
	static final List<String> GRADES = List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED");

	private static final Set<MemberEventType> WITH_ORGANIZATION = Set.of(MemberEventType.ADMITTED,
			MemberEventType.READMITTED, MemberEventType.TRANSFERRED);

	private static final Set<MemberEventType> ADMISSIONS = Set.of(MemberEventType.ADMITTED,
			MemberEventType.READMITTED);

	static EventForm blank() {
		return new EventForm(null, null, null, null, null, null, null, null, null);
	}

	/** The same form for an allowed event: the one chosen if it is allowed, else the first allowed. */
	EventForm forOneOf(Set<MemberEventType> allowed) {
		if (type != null && allowed.contains(type) || allowed.isEmpty()) {
			return this;
		}
		MemberEventType first = allowed.stream().sorted().findFirst().orElseThrow();
		return new EventForm(first, effectiveOn, orgCode, decisionNo, decisionDate, discipline, badgeYears, grade,
				provincialConsent);
	}

	/** The same form with the effective date filled in when it was empty. */
	EventForm withEffectiveOn(LocalDate date) {
		return effectiveOn != null || date == null ? this
				: new EventForm(type, date, orgCode, decisionNo, decisionDate, discipline, badgeYears, grade,
						provincialConsent);
	}

	/** True when the form of this event has the input (a component name). */
	public boolean shows(String input) {
		if (type == null) {
			return false;
		}
		return switch (input) {
			case "type", "effectiveOn", "decisionNo", "decisionDate" -> true;
			case "orgCode" -> WITH_ORGANIZATION.contains(type);
			case "provincialConsent" -> ADMISSIONS.contains(type);
			case "discipline" -> type == MemberEventType.DISCIPLINED;
			case "badgeYears" -> type == MemberEventType.BADGE_AWARDED;
			case "grade" -> type == MemberEventType.ASSESSED;
			default -> false;
		};
	}

	/** The input a problem reported by the domain concerns (its field names are those of the interchange files). */
	String inputOf(String domainField) {
		if (domainField == null) {
			return null;
		}
		String input = switch (domainField) {
			case "effective_on" -> "effectiveOn";
			case "org_code" -> "orgCode";
			case "decision_no" -> "decisionNo";
			case "decision_date" -> "decisionDate";
			case "detail" -> detailInput();
			default -> null;
		};
		return input != null && shows(input) ? input : null;
	}

	private String detailInput() {
		if (type == null) {
			return null;
		}
		return switch (type) {
			case DISCIPLINED -> "discipline";
			case BADGE_AWARDED -> "badgeYears";
			case ASSESSED -> "grade";
			default -> null;
		};
	}

	/** Only for a form that passed validation. Inputs the event does not show are left out. */
	LedgerEvent toEvent() {
		String detail = switch (type) {
			case DISCIPLINED -> blankToNull(discipline);
			case BADGE_AWARDED -> blankToNull(badgeYears);
			case ASSESSED -> blankToNull(grade);
			// R-ADM-1: an admission over 60 decided with the provincial standing committee's consent
			case ADMITTED, READMITTED -> Boolean.TRUE.equals(provincialConsent) ? LedgerPolicy.PROVINCIAL_CONSENT : null;
			default -> null;
		};
		return new LedgerEvent(type, effectiveOn, shows("orgCode") ? blankToNull(orgCode) : null, blankToNull(decisionNo),
				decisionDate, detail);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
