package vn.dangvu.commendation;

import java.util.List;

import vn.dangvu.common.Decision;

/** Published in the transaction that records a commendation decision (the audit trail writes it). */
public record CommendationRecorded(long commendationId, String orgCode, Decision decision, CommendationForm form,
		Integer achievementYear, List<CommendationRecipient> recipients, String recordedBy) {
}
