package vn.dangvu.badge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R-BADGE-4: which discipline blocks a badge, and for how long after it, in one version of the rules (DOMAIN.md §3.3).
 * Months of waiting by discipline form; a form absent from a version does not block. The versions are kept in the
 * database ({@link BadgeRuleVersions}); an administrator adds one when a new regulation is issued.
 *
 * @param from the first day the version is in force
 * @param source the regulation it comes from
 */
public record DisciplineWaiting(LocalDate from, String source, Map<String, Integer> monthsByForm) {

	/** The discipline forms, lightest first (INTERCHANGE.md: the detail of a {@code DISCIPLINED} event). */
	public static final List<String> FORMS = List.of("REPRIMAND", "WARNING", "DISMISSAL");

	/**
	 * The versions the migration seeds, oldest first; the oldest also applies before its start (the founding of the
	 * Party: no discipline is older). QĐ 24's 6/9/12 months are medium confidence (DOMAIN.md): a provincial handbook
	 * says 6/12.
	 */
	static final List<DisciplineWaiting> SEEDED = List.of(
			new DisciplineWaiting(LocalDate.of(1930, 2, 3), "hướng dẫn trước 2016",
					Map.of("REPRIMAND", 3, "WARNING", 6, "DISMISSAL", 12)),
			new DisciplineWaiting(LocalDate.of(2016, 7, 25), "QĐ 29-QĐ/TW", Map.of("WARNING", 6, "DISMISSAL", 12)),
			new DisciplineWaiting(LocalDate.of(2021, 7, 30), "QĐ 24-QĐ/TW",
					Map.of("REPRIMAND", 6, "WARNING", 9, "DISMISSAL", 12)));

	public DisciplineWaiting {
		monthsByForm = Map.copyOf(monthsByForm);
	}

	/** The months a discipline of this form blocks, or null when it does not. */
	public Integer months(String form) {
		return monthsByForm.get(form);
	}

	/** The first day a discipline of this form, given on {@code disciplinedOn}, no longer blocks; empty if it never did. */
	Optional<LocalDate> blocksUntil(String form, LocalDate disciplinedOn) {
		Integer months = monthsByForm.get(form);
		return months == null ? Optional.empty() : Optional.of(disciplinedOn.plusMonths(months));
	}

}
