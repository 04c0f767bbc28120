package vn.dangvu.member;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One event of a member's ledger.
 *
 * @param effectiveOn the date the event takes effect (for ADMITTED and READMITTED: the ceremony date)
 * @param orgCode the organization concerned (admitting cell, receiving organization), when the event has one
 * @param decisionNo the decision's number, when known
 * @param decisionDate the decision's date, when known (for ADMITTED: the admission decision, where party age starts)
 * @param detail the discipline form, badge years or assessment grade, for the events that carry one
 */
public record LedgerEvent(MemberEventType type, LocalDate effectiveOn, String orgCode, String decisionNo,
		LocalDate decisionDate, String detail) {

	public LedgerEvent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(effectiveOn, "effectiveOn");
	}

	/** The decision date, else the effective date (INTERCHANGE.md: party age starts there). */
	public LocalDate decisionDateOrEffective() {
		return decisionDate != null ? decisionDate : effectiveOn;
	}

}
