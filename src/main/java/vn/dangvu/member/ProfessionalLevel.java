package vn.dangvu.member;

/** Professional qualification (trình độ chuyên môn). */
public enum ProfessionalLevel {

	NONE, VOCATIONAL, COLLEGE, BACHELOR, MASTER, DOCTOR;

	public String messageKey() {
		return "member.professionalLevel." + name();
	}

}
