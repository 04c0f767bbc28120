package vn.dangvu.member;

import java.time.LocalDate;

/**
 * A member in a list, as of the list's date.
 *
 * @param nationalId masked but for its last digits ({@link vn.dangvu.common.text.Masking#nationalId}): a list never
 *     carries the full number, which only the member's page shows
 * @param partyAgeMonths party age (R-AGE-1) in whole months on the list's date; null for a member not official then,
 *     and in search results, which do not compute it
 */
public record MemberRow(String memberNo, String fullName, Gender gender, LocalDate birthDate, String ethnicity,
		String religion, MemberStatus status, String orgCode, boolean exempted, String nationalId, Long partyAgeMonths) {
}
