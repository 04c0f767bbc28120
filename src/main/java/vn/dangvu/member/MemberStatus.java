package vn.dangvu.member;

import java.util.EnumSet;
import java.util.Set;

/** Where a person stands in the lifecycle, derived from the ledger. */
public enum MemberStatus {

	/** never admitted: a file without a membership yet */
	NOT_ADMITTED,
	/** đảng viên dự bị: admitted or re-admitted, in the 12 months of probation */
	PROBATIONARY,
	/** đảng viên chính thức */
	OFFICIAL,
	/** outside the Party: not recognized, expelled, removed from the rolls or left; may be re-admitted (R-READ-1) */
	OUTSIDE,
	/** từ trần: no event may follow */
	DIED;

	/** Counted as a member (official or probationary). */
	public boolean isMember() {
		return this == PROBATIONARY || this == OFFICIAL;
	}

	/** The events the lifecycle allows in this status. */
	public Set<MemberEventType> allowedEvents() {
		return switch (this) {
			case NOT_ADMITTED -> EnumSet.of(MemberEventType.ADMITTED);
			case PROBATIONARY -> EnumSet.of(MemberEventType.RECOGNIZED, MemberEventType.NOT_RECOGNIZED,
					MemberEventType.TRANSFERRED, MemberEventType.EXEMPTED, MemberEventType.EXEMPTION_ENDED,
					MemberEventType.DISCIPLINED, MemberEventType.REMOVED, MemberEventType.LEFT, MemberEventType.DIED,
					MemberEventType.ASSESSED);
			case OFFICIAL -> EnumSet.of(MemberEventType.TRANSFERRED, MemberEventType.EXEMPTED,
					MemberEventType.EXEMPTION_ENDED, MemberEventType.DISCIPLINED, MemberEventType.EXPELLED,
					MemberEventType.REMOVED, MemberEventType.LEFT, MemberEventType.DIED, MemberEventType.BADGE_AWARDED,
					MemberEventType.ASSESSED);
			case OUTSIDE -> EnumSet.of(MemberEventType.READMITTED, MemberEventType.DIED);
			case DIED -> EnumSet.noneOf(MemberEventType.class);
		};
	}

	public boolean allows(MemberEventType event) {
		return allowedEvents().contains(event);
	}

}
