package vn.dangvu.commendation;

/** The orders of a list of commendations (a whitelist: nothing else is sorted on). */
public enum CommendationSort {

	/** collectives, then individuals, each by name the Vietnamese way (a person by given name first) */
	NAME,
	/** the newest decision first */
	DATE;

	public String messageKey() {
		return "commendation.sort." + name();
	}

}
