package vn.dangvu.commendation;

/**
 * The forms of commendation (hình thức khen thưởng) the register knows, a fixed catalogue: the state's and the Party
 * committees' usual ones, and the Party's yearly titles for organizations rated excellent ("trong sạch, vững mạnh tiêu
 * biểu") and members rated excellent (DOMAIN.md §4, "Rewards": in the year, or 5 consecutive years).
 */
public enum CommendationForm {

	/** Huân chương */
	ORDER(Audience.BOTH, false),
	/** Huy chương */
	MEDAL(Audience.MEMBERS, false),
	/** Cờ thi đua */
	EMULATION_FLAG(Audience.ORGANIZATIONS, false),
	/** Bằng khen */
	CERTIFICATE_OF_MERIT(Audience.BOTH, false),
	/** Giấy khen */
	LETTER_OF_COMMENDATION(Audience.BOTH, false),
	/** Tổ chức cơ sở đảng "Trong sạch, vững mạnh" tiêu biểu (of a year) */
	EXEMPLARY_ORGANIZATION(Audience.GRASSROOTS, true),
	/** Tổ chức cơ sở đảng "Trong sạch, vững mạnh" tiêu biểu 5 năm liền */
	EXEMPLARY_ORGANIZATION_5_YEARS(Audience.GRASSROOTS, true),
	/** Đảng viên hoàn thành xuất sắc nhiệm vụ tiêu biểu (of a year) */
	EXEMPLARY_MEMBER(Audience.MEMBERS, true),
	/** Đảng viên hoàn thành xuất sắc nhiệm vụ tiêu biểu 5 năm liền */
	EXEMPLARY_MEMBER_5_YEARS(Audience.MEMBERS, true);

	/** Who may receive a form. */
	public enum Audience {
		/** members and organizations */
		BOTH,
		/** members only */
		MEMBERS,
		/** organizations (collectives) only */
		ORGANIZATIONS,
		/** grassroots party organizations only (đảng bộ cơ sở, chi bộ cơ sở) */
		GRASSROOTS
	}

	private final Audience audience;

	private final boolean forAYear;

	CommendationForm(Audience audience, boolean forAYear) {
		this.audience = audience;
		this.forAYear = forAYear;
	}

	public Audience audience() {
		return audience;
	}

	/** The Party's yearly titles are given for the results of a year, which the decision must name. */
	public boolean forAYear() {
		return forAYear;
	}

	public boolean forMembers() {
		return audience == Audience.BOTH || audience == Audience.MEMBERS;
	}

	public boolean forOrganizations() {
		return audience != Audience.MEMBERS;
	}

	public String messageKey() {
		return "commendation.form." + name();
	}

}
