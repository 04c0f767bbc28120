package vn.dangvu.member;

/** The orders a member list may be sorted in (a whitelist: no sort key comes from input unchecked). */
public enum MemberSort {

	/** Vietnamese name order: given name, then family and middle names. */
	NAME,
	MEMBER_NO,
	BIRTH_DATE,
	ORGANIZATION

}
