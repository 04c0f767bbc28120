package vn.dangvu.member;

/** Published in the transaction that voids an event of a member's ledger (a correction). */
public record MemberEventVoided(String memberNo, long eventId, LedgerEvent event, String reason, String voidedBy) {
}
