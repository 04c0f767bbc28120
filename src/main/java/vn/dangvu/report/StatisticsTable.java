package vn.dangvu.report;

import java.time.LocalDate;
import java.util.List;

/** The basic statistics of an organization on a date: one row per child organization, and the total. */
public record StatisticsTable(String orgCode, String orgName, LocalDate asOf, List<StatisticsRow> rows,
		StatisticsRow total) {
}
