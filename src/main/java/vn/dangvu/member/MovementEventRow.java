package vn.dangvu.member;

import java.time.LocalDate;

/**
 * One event behind a number of a movements table: the member, the event and the organization the member belonged to
 * on its date (for a transfer, also the one the member came from).
 */
public record MovementEventRow(String memberNo, String fullName, Gender gender, LocalDate birthDate,
		String ethnicity, MemberEventType type, LocalDate effectiveOn, String orgCode, String fromOrgCode,
		String decisionNo, String detail) {
}
