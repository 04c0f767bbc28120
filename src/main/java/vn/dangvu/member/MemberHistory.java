package vn.dangvu.member;

import java.util.List;

/** A member's file and ledger events as an interchange file carries them (members.csv, member_events.csv). */
public record MemberHistory(MemberFile file, List<LedgerEvent> events) {

	public MemberHistory {
		events = List.copyOf(events);
	}

}
