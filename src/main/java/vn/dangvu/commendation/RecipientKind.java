package vn.dangvu.commendation;

/** Who a commendation is given to: a member (cá nhân) or an organization (tập thể). */
public enum RecipientKind {

	ORGANIZATION, MEMBER;

	public String messageKey() {
		return "commendation.kind." + name();
	}

}
