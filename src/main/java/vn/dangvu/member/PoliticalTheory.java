package vn.dangvu.member;

/** Political theory level (lý luận chính trị). */
public enum PoliticalTheory {

	NONE, ELEMENTARY, INTERMEDIATE, ADVANCED;

	public String messageKey() {
		return "member.politicalTheory." + name();
	}

}
