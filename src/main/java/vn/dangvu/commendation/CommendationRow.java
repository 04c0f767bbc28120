package vn.dangvu.commendation;

import java.time.LocalDate;

/** One recipient of a commendation in a list: the decision and whom it commends. */
public record CommendationRow(long commendationId, String decisionNo, LocalDate decisionDate, String issuer,
		CommendationForm form, Integer achievementYear, CommendationRecipient recipient) {
}
