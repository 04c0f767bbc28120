package vn.dangvu.common.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as users read them (dd/MM/yyyy) and as files carry them (ISO, yyyy-MM-dd). */
public final class Dates {

	/** The open end of a period that has not ended. */
	public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

	private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter VIETNAMESE_MINUTES = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

	private Dates() {
	}

	public static String format(LocalDate date) {
		return date == null ? "" : VIETNAMESE.format(date);
	}

	/** A moment to the minute as users read it: {@code dd/MM/yyyy HH:mm}. */
	public static String format(LocalDateTime moment) {
		return moment == null ? "" : VIETNAMESE_MINUTES.format(moment);
	}

	/** Parses {@code yyyy-MM-dd} or {@code dd/MM/yyyy}; empty when the text is not a valid date. */
	public static Optional<LocalDate> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String value = text.strip();
		try {
			return Optional.of(value.contains("/") ? LocalDate.parse(value, VIETNAMESE) : LocalDate.parse(value));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
