package vn.dangvu.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import vn.dangvu.member.LedgerEvent;

/** members.csv and member_events.csv (INTERCHANGE.md): their columns, and the cells of a ledger event. */
final class MemberFiles {

	static final CsvLayout MEMBERS = new CsvLayout("members.csv",
			List.of("member_no", "full_name", "gender", "birth_date", "ethnicity", "religion", "education",
					"professional_level", "political_theory", "card_no"),
			Set.of("member_no", "full_name", "gender", "birth_date", "ethnicity"));

	static final CsvLayout MEMBER_EVENTS = new CsvLayout("member_events.csv",
			List.of("member_no", "event", "effective_on", "org_code", "decision_no", "decision_date", "detail"),
			Set.of("member_no", "event", "effective_on"));

	private MemberFiles() {
	}

	/** The cells of one event of the member's ledger, in the column order of {@link #MEMBER_EVENTS}. */
	static List<String> eventCells(String memberNo, LedgerEvent event) {
		return Arrays.asList(memberNo, event.type().name(), event.effectiveOn().toString(), event.orgCode(),
				event.decisionNo(), event.decisionDate() == null ? null : event.decisionDate().toString(),
				event.detail());
	}

}
