package vn.dangvu.badge;

/**
 * The numbers given to the badges of an approved round (DOMAIN.md §2.9): the code of the centrally-run party
 * organization, then a 6-digit serial; a 45-year badge has "E" before its serial.
 *
 * @param prefix the code, e.g. {@code CT}
 * @param firstSerial the serial of the first badge of the list
 */
public record BadgeNumbering(String prefix, int firstSerial) {

	public static final int MAX_SERIAL = 999_999;

	public BadgeNumbering {
		prefix = prefix == null ? "" : prefix.strip().toUpperCase(java.util.Locale.ROOT);
	}

	/** The number of the {@code index}-th badge of the list (from 0). */
	public String number(int index, int badgeYears) {
		return prefix + (badgeYears == 45 ? "E" : "") + String.format("%06d", firstSerial + index);
	}

	public boolean fits(int count) {
		return !prefix.isEmpty() && prefix.matches("[A-Z0-9.-]{1,20}") && firstSerial >= 1
				&& firstSerial + count - 1 <= MAX_SERIAL;
	}

}
