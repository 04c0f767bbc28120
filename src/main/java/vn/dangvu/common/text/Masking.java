package vn.dangvu.common.text;

/**
 * Personal data shown in lists only in part (PRODUCT.md capability 10): national ID numbers and contact details are
 * shown in full only on a member's own page, to users in scope. Every method answers null for null and keeps the
 * length visible only as far as it says.
 */
public final class Masking {

	private static final char HIDDEN = '•';

	private Masking() {
	}

	/** A national ID (12 digits) with only its last 3 digits: {@code •••••••••789}. */
	public static String nationalId(String id) {
		return keepEnd(id, 3);
	}

	/** A telephone number with its last 3 digits: {@code •••••••789} (spaces and signs dropped). */
	public static String phone(String phone) {
		if (phone == null) {
			return null;
		}
		return keepEnd(phone.replaceAll("[^0-9]", ""), 3);
	}

	/** An e-mail address with the first letter of its name and its domain: {@code n•••@example.vn}. */
	public static String email(String email) {
		if (email == null) {
			return null;
		}
		int at = email.indexOf('@');
		if (at <= 0) {
			return keepEnd(email, 0);
		}
		return email.charAt(0) + String.valueOf(HIDDEN).repeat(3) + email.substring(at);
	}

	/** An address or any other free text: its first word, then a mark that the rest is hidden. */
	public static String address(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		int space = stripped.indexOf(' ');
		return (space < 0 ? stripped : stripped.substring(0, space)) + " " + String.valueOf(HIDDEN).repeat(3);
	}

	private static String keepEnd(String text, int visible) {
		if (text == null) {
			return null;
		}
		int shown = Math.min(visible, text.length() / 2);
		return String.valueOf(HIDDEN).repeat(text.length() - shown) + text.substring(text.length() - shown);
	}

}
