package vn.dangvu.badge;

import java.time.LocalDate;

/**
 * A new version of the R-BADGE-4 discipline blocks, as an administrator enters it: from when, on which regulation,
 * and the months each discipline form blocks a badge (null: it does not block).
 */
public record AddDisciplineVersion(LocalDate validFrom, String source, Integer reprimandMonths, Integer warningMonths,
		Integer dismissalMonths) {
}
