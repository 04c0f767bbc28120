package vn.dangvu.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * The random source of the synthetic data: SplitMix64 written out here, with {@link StrictMath}, so that a seed gives
 * the same files on every JDK and machine (the JDK's generators do not promise that for their bounded methods).
 * Streams are derived from the seed and a key (a province, an organization), so that one part of the data does not
 * change when another part draws more or fewer numbers.
 */
final class SeededRandom {

	private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

	private long state;

	private SeededRandom(long state) {
		this.state = state;
	}

	/** The stream of this seed and these keys. */
	static SeededRandom of(long seed, long... keys) {
		long state = mix(seed ^ GOLDEN_GAMMA);
		for (long key : keys) {
			state = mix(state + GOLDEN_GAMMA * (key + 1));
		}
		return new SeededRandom(state);
	}

	/** A key for a text (a code): its characters folded in a fixed way, not {@link String#hashCode()}. */
	static long key(String text) {
		long h = 1125899906842597L;
		for (int i = 0; i < text.length(); i++) {
			h = 31 * h + text.charAt(i);
		}
		return mix(h);
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	long nextLong() {
		state += GOLDEN_GAMMA;
		return mix(state);
	}

	/** Uniform in [0, 1). */
	double nextDouble() {
		return (nextLong() >>> 11) * 0x1.0p-53;
	}

	/** Uniform in [0, bound). */
	int nextInt(int bound) {
		if (bound <= 0) {
			throw new IllegalArgumentException("bound must be positive: " + bound);
		}
		return (int) Math.floorMod(nextLong(), (long) bound);
	}

	/** Uniform in [from, to], both included. */
	int between(int from, int to) {
		return from + nextInt(to - from + 1);
	}

	boolean chance(double probability) {
		return nextDouble() < probability;
	}

	<T> T pick(List<T> items) {
		return items.get(nextInt(items.size()));
	}

	/** A date uniform in [from, to], both included. */
	LocalDate dateBetween(LocalDate from, LocalDate to) {
		long days = to.toEpochDay() - from.toEpochDay();
		if (days < 0) {
			throw new IllegalArgumentException(from + " is after " + to);
		}
		return LocalDate.ofEpochDay(from.toEpochDay() + (long) (nextDouble() * (days + 1)));
	}

	/** Standard normal (Box–Muller). */
	double gaussian() {
		double u = 1.0 - nextDouble();
		double v = nextDouble();
		return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
	}

	/** A Poisson count with this mean (Knuth's product for small means, a rounded normal above 30). */
	int poisson(double mean) {
		if (mean <= 0) {
			return 0;
		}
		if (mean > 30) {
			return (int) Math.max(0, Math.round(mean + StrictMath.sqrt(mean) * gaussian()));
		}
		double limit = StrictMath.exp(-mean);
		double product = nextDouble();
		int count = 0;
		while (product > limit) {
			product *= nextDouble();
			count++;
		}
		return count;
	}

	/** An index drawn by weight. */
	int weighted(double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double x = nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			x -= weights[i];
			if (x < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

}
