package vn.dangvu.assessment;

/** R-ASM-3: why a member, or a party organization, of the round's subtree on 31 December is not rated. */
public enum NotAssessedReason {

	/** admitted (or re-admitted) less than 6 months before 31 December; still writes a self-review */
	ADMITTED_RECENTLY,
	/** exempt from party work and activities on 31 December (R-EXM-1) */
	EXEMPTED,
	/** an organization established less than 6 months before 31 December */
	ESTABLISHED_RECENTLY;

	public String messageKey() {
		return "assessment.notAssessed." + name();
	}

}
