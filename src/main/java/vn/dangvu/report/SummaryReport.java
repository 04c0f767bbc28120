package vn.dangvu.report;

import java.time.LocalDate;
import java.util.Map;

/**
 * The summary of a subtree over a period (INTERCHANGE.md "Report JSON"): organizations and members as of {@code to},
 * movements, badges and assessment of the period. Field names and order are the interchange format.
 */
public record SummaryReport(String org, LocalDate from, LocalDate to, Organizations organizations, Members members,
		Movements movements, Badges badges, Assessment assessment) {

	/** Organizations under {@code org} on {@code to} (itself not counted). */
	public record Organizations(Map<String, Long> byType, long grassroots, long cells) {
	}

	public record Members(long total, long official, long probationary, long female, long ethnicMinority,
			long religious, long exempted, long under30) {
	}

	public record Movements(long admitted, long readmitted, long recognized, long notRecognized, long transferredIn,
			long transferredOut, long died, long removed, long expelled, long left) {
	}

	public record Badges(long awarded, Map<String, Long> byYears) {
	}

	/** The assessment of the year of {@code to}. */
	public record Assessment(int year, long assessed, long excellent, long good, long completed, long notCompleted,
			double goodOrBetterRate) {
	}

}
