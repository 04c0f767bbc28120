package vn.dangvu.commendation;

/** How many recipients were commended in a period: collectives (tập thể) and individuals (cá nhân). */
public record CommendationTally(long organizations, long members) {

	public long total() {
		return organizations + members;
	}

}
