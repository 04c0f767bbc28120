package vn.dangvu.member.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/**
 * How common each name word is among the name words (V31), from PostgreSQL's own statistics of
 * {@code member_name_word.word} ({@code pg_stats}: its most common words with their shares, and the histogram of the
 * others). The header search walks the rarest of the words it is given: a rare surname with a short prefix ("dao h")
 * walked every word starting with "h" of a province, checking each member for "dao" (190–320 ms nationally). Read
 * again every ten minutes; without statistics (a database not analyzed yet) every word counts the same.
 */
@Component
public class NameWordStatistics {

	/** How long the statistics read are used before they are read again. */
	static final long REFRESH_NANOS = 600_000_000_000L;

	/**
	 * The statistics as read: the common words' shares, the histogram's bounds of the rest (byte order), and the name
	 * words a member has on average (1 when not known).
	 */
	public record Snapshot(Map<String, Double> common, List<String> bounds, double wordsPerName) {

		static final Snapshot NONE = new Snapshot(Map.of(), List.of(), 1);

		/**
		 * The share of the name words that are {@code word} (or, for a prefix, start with it): the common ones' shares,
		 * plus the rest's share times the part of the histogram the prefix covers (a word not among the common ones
		 * counts as the least common of them). 1 for any word without statistics.
		 */
		public double share(String word, boolean prefix) {
			if (common.isEmpty() && bounds.isEmpty()) {
				return 1;
			}
			double commonShare = common.values().stream().mapToDouble(Double::doubleValue).sum();
			double rest = Math.max(0, 1 - commonShare);
			if (!prefix) {
				Double share = common.get(word);
				return share != null ? share
						: common.values().stream().mapToDouble(Double::doubleValue).min().orElse(rest);
			}
			double share = common.entrySet()
				.stream()
				.filter(e -> e.getKey().startsWith(word))
				.mapToDouble(Map.Entry::getValue)
				.sum();
			if (bounds.size() > 1) {
				long inside = bounds.stream().filter(b -> b.startsWith(word)).count();
				// a prefix between two bounds lies within one bucket: half of one
				share += rest * Math.max(inside, 0.5) / (bounds.size() - 1);
			}
			return share;
		}

	}

	private final DSLContext dsl;

	private volatile Snapshot snapshot;

	private volatile long readAt;

	public NameWordStatistics(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The statistics, read again when older than ten minutes. */
	public Snapshot snapshot() {
		Snapshot current = snapshot;
		if (current == null || System.nanoTime() - readAt > REFRESH_NANOS) {
			current = read();
			snapshot = current;
			readAt = System.nanoTime();
		}
		return current;
	}

	private Snapshot read() {
		// the tables' sizes as PostgreSQL last estimated them (-1 before it has)
		Record r = dsl.fetchOptional("""
				select most_common_vals::text::text[], most_common_freqs, histogram_bounds::text::text[],
				       (select reltuples from pg_class where oid = to_regclass('member_name_word'))
				       / nullif((select reltuples from pg_class where oid = to_regclass('member')), 0)
				from pg_stats
				where schemaname = current_schema() and tablename = 'member_name_word' and attname = 'word'""")
			.orElse(null);
		if (r == null) {
			return Snapshot.NONE;
		}
		String[] values = r.get(0, String[].class);
		Float[] shares = r.get(1, Float[].class);
		String[] bounds = r.get(2, String[].class);
		Map<String, Double> common = new HashMap<>();
		for (int i = 0; values != null && shares != null && i < Math.min(values.length, shares.length); i++) {
			common.put(values[i], shares[i].doubleValue());
		}
		Double wordsPerName = r.get(3, Double.class);
		return new Snapshot(Map.copyOf(common), bounds == null ? List.of() : List.of(bounds),
				wordsPerName == null || wordsPerName <= 0 ? 1 : wordsPerName);
	}

}
