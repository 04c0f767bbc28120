package vn.dangvu.member;

/**
 * A member's state on a date, derived from the ledger.
 *
 * @param orgCode the organization the member belongs to (the last one, once outside the Party)
 * @param exempted exempt from party work and activities (R-EXM-1: still a member, not assessed)
 */
public record MemberState(MemberStatus status, String orgCode, boolean exempted) {
}
