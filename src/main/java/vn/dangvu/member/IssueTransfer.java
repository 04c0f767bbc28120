package vn.dangvu.member;

import java.time.LocalDate;

/**
 * The sending organization issues a transfer letter.
 *
 * @param temporaryUntil for a temporary transfer, the day the member is expected back (R-TRF-2)
 * @param training a temporary transfer for full-time training, which may last up to 2 years (R-TRF-2)
 */
public record IssueTransfer(String memberNo, TransferKind kind, String toOrg, LocalDate issuedOn, String decisionNo,
		LocalDate decisionDate, LocalDate temporaryUntil, boolean training) {
}
