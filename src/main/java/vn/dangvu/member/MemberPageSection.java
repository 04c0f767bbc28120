package vn.dangvu.member;

import java.util.List;

/**
 * A section another module adds to a member's page (the commendations register does), so that the member module
 * shows what others record about a member without depending on them. Implementations are Spring beans.
 */
public interface MemberPageSection {

	/** The message key of the section's heading. */
	String headingKey();

	/** The message key shown when the member has no line in the section. */
	String emptyKey();

	/** The member's lines, in the order to show them. */
	List<MemberPageLine> lines(String memberNo);

}
