package vn.dangvu.commendation;

/** Published in the transaction that voids a commendation decision. */
public record CommendationVoided(long commendationId, String orgCode, String decisionNo, String reason,
		String voidedBy) {
}
