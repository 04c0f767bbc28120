package vn.dangvu.assessment;

/** R-ASM-1: the four grades, best first, the same for members and organizations (DOMAIN.md §4.1). */
public enum Grade {

	/** hoàn thành xuất sắc nhiệm vụ */
	EXCELLENT,
	/** hoàn thành tốt nhiệm vụ */
	GOOD,
	/** hoàn thành nhiệm vụ */
	COMPLETED,
	/** không hoàn thành nhiệm vụ */
	NOT_COMPLETED;

	/** Counted in the good-or-better rate. */
	public boolean isGoodOrBetter() {
		return this == EXCELLENT || this == GOOD;
	}

	public boolean isBetterThan(Grade other) {
		return ordinal() < other.ordinal();
	}

	/** This grade, or the cap when this one is better. */
	public Grade atMost(Grade cap) {
		return isBetterThan(cap) ? cap : this;
	}

	/** The grade a ledger's {@code ASSESSED} detail names, if it names one. */
	public static java.util.Optional<Grade> of(String detail) {
		for (Grade g : values()) {
			if (g.name().equals(detail)) {
				return java.util.Optional.of(g);
			}
		}
		return java.util.Optional.empty();
	}

	public String messageKey() {
		return "assessment.grade." + name();
	}

}
