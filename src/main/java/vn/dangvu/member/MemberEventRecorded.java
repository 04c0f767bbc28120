package vn.dangvu.member;

/** Published in the transaction that records an event in a member's ledger. */
public record MemberEventRecorded(String memberNo, long eventId, LedgerEvent event, String recordedBy) {
}
