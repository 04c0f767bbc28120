package vn.dangvu.member;

/** Age bands of the statistics (DOMAIN.md §7): 18–30, 31–40, 41–50, 51–60, 61–70, over 70. */
public enum AgeBand {

	UP_TO_30(0, 30), FROM_31_TO_40(31, 40), FROM_41_TO_50(41, 50), FROM_51_TO_60(51, 60), FROM_61_TO_70(61, 70),
	OVER_70(71, 200);

	private final int from;

	private final int to;

	AgeBand(int from, int to) {
		this.from = from;
		this.to = to;
	}

	/** The youngest age in whole years of the band. */
	public int from() {
		return from;
	}

	/** The oldest age in whole years of the band. */
	public int to() {
		return to;
	}

	public String messageKey() {
		return "member.ageBand." + name();
	}

}
