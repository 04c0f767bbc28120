package vn.dangvu.member;

import java.time.LocalDate;

/** A member in a list, as of the list's date. */
public record MemberRow(String memberNo, String fullName, Gender gender, LocalDate birthDate, String ethnicity,
		String religion, MemberStatus status, String orgCode, boolean exempted) {
}
