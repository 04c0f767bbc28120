package vn.dangvu.member;

import java.util.List;

/**
 * A member's file, state and timeline.
 *
 * @param partyAgeMonths R-AGE-1 on the view's date; null unless the member is official then
 */
public record MemberView(MemberFile file, MemberStatus status, String orgCode, boolean exempted, Long partyAgeMonths,
		List<MemberEventView> events) {

	/** The events the lifecycle allows next. */
	public java.util.Set<MemberEventType> allowedEvents() {
		return status.allowedEvents();
	}

}
