package vn.dangvu.member;

import java.time.LocalDate;

/**
 * A transfer letter and where it stands.
 *
 * @param deadline R-TRF-1: the letter is to be presented within 30 working days of its issue
 * @param overdue not received by the deadline (as of today, or received after it)
 */
public record TransferView(long id, String memberNo, String fullName, TransferKind kind, String fromOrg, String toOrg,
		LocalDate issuedOn, String decisionNo, LocalDate decisionDate, LocalDate temporaryUntil, LocalDate receivedOn,
		LocalDate cancelledOn, String cancelReason, LocalDate deadline, boolean overdue) {

	public boolean pending() {
		return receivedOn == null && cancelledOn == null;
	}

}
