package vn.dangvu.member;

/**
 * Published in the transaction that opens a member file ({@code before} null) or corrects its stable data.
 */
public record MemberFileChanged(String memberNo, MemberFile before, MemberFile after) {
}
