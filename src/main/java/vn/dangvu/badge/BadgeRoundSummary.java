package vn.dangvu.badge;

import java.time.LocalDate;

/** A line of the list of badge rounds. */
public record BadgeRoundSummary(long id, String orgCode, String orgName, LocalDate awardDate, boolean approved,
		String decisionNo) {
}
