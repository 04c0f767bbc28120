package vn.dangvu.member;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An event of a member's timeline, voided ones included (marked). */
public record MemberEventView(long id, MemberEventType type, LocalDate effectiveOn, String orgCode, String decisionNo,
		LocalDate decisionDate, String detail, OffsetDateTime recordedAt, String recordedBy, boolean voided,
		String voidReason) {
}
