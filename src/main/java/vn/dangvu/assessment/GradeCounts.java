package vn.dangvu.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** How many members, or organizations, got each grade. */
public record GradeCounts(long excellent, long good, long completed, long notCompleted) {

	public static final GradeCounts NONE = new GradeCounts(0, 0, 0, 0);

	public static GradeCounts of(Collection<Grade> grades) {
		GradeCounts c = NONE;
		for (Grade g : grades) {
			c = c.plus(g);
		}
		return c;
	}

	/** {@code n} of one grade. */
	public static GradeCounts of(Grade g, long n) {
		return switch (g) {
			case EXCELLENT -> new GradeCounts(n, 0, 0, 0);
			case GOOD -> new GradeCounts(0, n, 0, 0);
			case COMPLETED -> new GradeCounts(0, 0, n, 0);
			case NOT_COMPLETED -> new GradeCounts(0, 0, 0, n);
		};
	}

	public GradeCounts plus(Grade g) {
		return switch (g) {
			case EXCELLENT -> new GradeCounts(excellent + 1, good, completed, notCompleted);
			case GOOD -> new GradeCounts(excellent, good + 1, completed, notCompleted);
			case COMPLETED -> new GradeCounts(excellent, good, completed + 1, notCompleted);
			case NOT_COMPLETED -> new GradeCounts(excellent, good, completed, notCompleted + 1);
		};
	}

	public GradeCounts plus(GradeCounts o) {
		return new GradeCounts(excellent + o.excellent, good + o.good, completed + o.completed,
				notCompleted + o.notCompleted);
	}

	public long assessed() {
		return excellent + good + completed + notCompleted;
	}

	/** (excellent + good) / assessed, 4 decimals as in the year-end summary; null when nobody was rated. */
	public BigDecimal goodOrBetterRate() {
		if (assessed() == 0) {
			return null;
		}
		return BigDecimal.valueOf(excellent + good).divide(BigDecimal.valueOf(assessed()), 4, RoundingMode.HALF_UP);
	}

	/** The rate in percent with two decimals (94.19), null when nobody was rated. */
	public BigDecimal goodOrBetterPercent() {
		BigDecimal rate = goodOrBetterRate();
		return rate == null ? null : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
	}

}
