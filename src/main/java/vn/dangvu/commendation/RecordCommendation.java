package vn.dangvu.commendation;

import java.util.List;

import vn.dangvu.common.Decision;

/**
 * A commendation decision to record.
 *
 * @param orgCode the organization recording it: every recipient belonged to its subtree on the decision date
 * @param achievementYear the year whose results are commended; null when the decision names none
 * @param members the member numbers commended, in the decision's order
 * @param posthumous the members among them commended posthumously (truy tặng)
 * @param organizations the codes of the organizations commended
 */
public record RecordCommendation(String orgCode, Decision decision, CommendationForm form, String reason,
		Integer achievementYear, List<String> members, List<String> posthumous, List<String> organizations) {

	public RecordCommendation {
		members = members == null ? List.of() : List.copyOf(members);
		posthumous = posthumous == null ? List.of() : List.copyOf(posthumous);
		organizations = organizations == null ? List.of() : List.copyOf(organizations);
	}

}
