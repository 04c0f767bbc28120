package vn.dangvu.report;

import java.time.LocalDate;
import java.util.List;

import vn.dangvu.organization.RestructuringView;

/**
 * The restructuring of a subtree in a period: organizations established (splits included), merged into another and
 * dissolved by the decisions of the period, and the units (đầu mối: organizations under the one reported on) on the
 * day before the period and on its last day.
 */
public record UnitChangeSummary(LocalDate from, LocalDate to, long established, long merged, long dissolved,
		long unitsBefore, long unitsAfter, List<RestructuringView> decisions) {

	/** The change in units, negative when restructuring removed units ("giảm N đầu mối"). */
	public long netChange() {
		return unitsAfter - unitsBefore;
	}

}
