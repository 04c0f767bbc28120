package vn.dangvu.member;

/** A member with the organization on a date and the whole ledger (voided events left out). */
public record MemberWithLedger(String memberNo, String fullName, String orgCode, MemberLedger ledger) {
}
