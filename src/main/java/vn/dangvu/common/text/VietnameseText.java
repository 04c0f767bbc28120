package vn.dangvu.common.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;

/**
 * Vietnamese text: NFC on input, folding for search (diacritics and case ignored, đ → d) and the Vietnamese order of
 * names (given name first, then family and middle names).
 */
public final class VietnameseText {

	private static final ThreadLocal<Transliterator> FOLD = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC"));

	private static final Collator COLLATOR = frozenCollator();

	private VietnameseText() {
	}

	private static Collator frozenCollator() {
		Collator collator = Collator.getInstance(new ULocale("vi_VN"));
		collator.setStrength(Collator.TERTIARY);
		return collator.freeze();
	}

	/** What {@link #normalize} collapses to one space: a run of white space ({@code \\s}). */
	private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

	/**
	 * Unicode NFC, trimmed, inner white space collapsed; {@code null} stays {@code null}. A text already in that form
	 * (nearly every cell of an import, called once per cell) is returned as it is, without a copy.
	 */
	public static String normalize(String text) {
		if (text == null) {
			return null;
		}
		String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
		String stripped = nfc.strip();
		return collapses(stripped) ? WHITE_SPACE.matcher(stripped).replaceAll(" ") : stripped;
	}

	/** Whether the text holds white space other than single spaces. */
	private static boolean collapses(String text) {
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
			if (white && (c != ' ' || space)) {
				return true;
			}
			space = white;
		}
		return false;
	}

	/** The search form of a text: lower case, without diacritics, đ folded to d ("Đặng" → "dang"). */
	public static String fold(String text) {
		if (text == null) {
			return null;
		}
		String folded = FOLD.get().transliterate(normalize(text)).replace('đ', 'd').replace('Đ', 'D');
		return folded.toLowerCase(Locale.ROOT);
	}

	/** What separates two words of a folded text: a run of anything but letters and digits. */
	private static final java.util.regex.Pattern BETWEEN_WORDS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

	/**
	 * The words of a folded text ({@link #fold}) in order, repeats kept: its runs of letters and digits. The split of
	 * the name words of the header's search (V31 splits a name the same way in SQL, {@code [^[:alnum:]]+}) and of the
	 * text typed there.
	 */
	public static List<String> words(String folded) {
		List<String> words = new ArrayList<>();
		for (String word : BETWEEN_WORDS.split(folded)) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	/** Vietnamese collation of plain texts (organization names, catalogues). */
	public static Comparator<String> order() {
		return (a, b) -> COLLATOR.compare(a, b);
	}

	/**
	 * The order of personal names: by given name (the last word), then by family and middle names, each the Vietnamese
	 * way.
	 */
	public static Comparator<String> nameOrder() {
		return Comparator.comparing((String name) -> givenName(name), order()).thenComparing(name -> name, order());
	}

	/** The given name: the last word of a full name. */
	public static String givenName(String fullName) {
		String name = normalize(fullName);
		int space = name.lastIndexOf(' ');
		return space < 0 ? name : name.substring(space + 1);
	}

}
