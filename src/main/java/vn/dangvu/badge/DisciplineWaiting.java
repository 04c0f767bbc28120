package vn.dangvu.badge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R-BADGE-4: which discipline blocks a badge, and for how long after it, by the version of the rules in force on the
 * award date (DOMAIN.md §3.3). Months of waiting by discipline form; a form absent from a version does not block.
 *
 * @param from the first day the version is in force
 */
public record DisciplineWaiting(LocalDate from, String source, Map<String, Integer> monthsByForm) {

	/** The versions, oldest first. QĐ 24's 6/9/12 months are medium confidence (DOMAIN.md): a provincial handbook says 6/12. */
	static final List<DisciplineWaiting> VERSIONS = List.of(
			new DisciplineWaiting(LocalDate.MIN, "hướng dẫn trước 2016",
					Map.of("REPRIMAND", 3, "WARNING", 6, "DISMISSAL", 12)),
			new DisciplineWaiting(LocalDate.of(2016, 7, 25), "QĐ 29-QĐ/TW", Map.of("WARNING", 6, "DISMISSAL", 12)),
			new DisciplineWaiting(LocalDate.of(2021, 7, 30), "QĐ 24-QĐ/TW",
					Map.of("REPRIMAND", 6, "WARNING", 9, "DISMISSAL", 12)));

	/** The version in force on the date. */
	static DisciplineWaiting inForceOn(LocalDate date) {
		DisciplineWaiting current = VERSIONS.get(0);
		for (DisciplineWaiting version : VERSIONS) {
			if (!version.from().isAfter(date)) {
				current = version;
			}
		}
		return current;
	}

	/** The first day a discipline of this form, given on {@code disciplinedOn}, no longer blocks; empty if it never did. */
	Optional<LocalDate> blocksUntil(String form, LocalDate disciplinedOn) {
		Integer months = monthsByForm.get(form);
		return months == null ? Optional.empty() : Optional.of(disciplinedOn.plusMonths(months));
	}

}
