package vn.dangvu.member;

/** An event of a member, with the organization the member belonged to on the event's date. */
public record MemberEventOn(String memberNo, String fullName, String orgCode, String detail) {
}
