package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MemberLedgerTests {

	static LedgerEvent event(MemberEventType type, String effective, String org, String decisionDate) {
		return new LedgerEvent(type, LocalDate.parse(effective), org, null,
				decisionDate == null ? null : LocalDate.parse(decisionDate), null);
	}

	@Test
	void derivesStatusAndOrganizationOnEachDate() {
		MemberLedger ledger = MemberLedger.of(List.of(
				event(MemberEventType.ADMITTED, "2010-03-15", "CT.C1", "2010-03-01"),
				event(MemberEventType.RECOGNIZED, "2011-03-15", null, null),
				event(MemberEventType.TRANSFERRED, "2015-06-01", "CT.C2", null),
				event(MemberEventType.DIED, "2020-12-31", null, null)));

		assertThat(ledger.stateOn(LocalDate.parse("2010-03-14")).status()).isEqualTo(MemberStatus.NOT_ADMITTED);
		assertThat(ledger.stateOn(LocalDate.parse("2010-03-15"))).isEqualTo(new MemberState(MemberStatus.PROBATIONARY, "CT.C1", false));
		assertThat(ledger.stateOn(LocalDate.parse("2011-03-15")).status()).isEqualTo(MemberStatus.OFFICIAL);
		assertThat(ledger.stateOn(LocalDate.parse("2015-05-31")).orgCode()).isEqualTo("CT.C1");
		assertThat(ledger.stateOn(LocalDate.parse("2015-06-01")).orgCode()).isEqualTo("CT.C2");
		// a member who died on 31/12 is not counted on 31/12 (INTERCHANGE.md: state after events with effective_on ≤ D)
		assertThat(ledger.stateOn(LocalDate.parse("2020-12-30")).status().isMember()).isTrue();
		assertThat(ledger.stateOn(LocalDate.parse("2020-12-31")).status()).isEqualTo(MemberStatus.DIED);
	}

	/** R-AGE-1: from the admission decision date, in whole months, only once official. */
	@Test
	void partyAgeRunsFromTheAdmissionDecisionInWholeMonthsOnceOfficial() {
		MemberLedger ledger = MemberLedger.of(List.of(
				event(MemberEventType.ADMITTED, "1990-02-10", "C", "1990-01-20"),
				event(MemberEventType.RECOGNIZED, "1991-02-10", null, null)));

		assertThat(ledger.partyAgeMonths(LocalDate.parse("1991-02-09"))).isEmpty(); // still probationary
		assertThat(ledger.partyAgeMonths(LocalDate.parse("1991-02-10"))).hasValue(12);
		assertThat(ledger.partyAgeMonths(LocalDate.parse("2020-01-19"))).hasValue(359); // the day before 30 years
		assertThat(ledger.partyAgeMonths(LocalDate.parse("2020-01-20"))).hasValue(360);
	}

	/** R-AGE-1: the period outside the Party, up to the re-admission decision, is excluded day for day. */
	@Test
	void partyAgeExcludesThePeriodOutsideTheParty() {
		MemberLedger ledger = MemberLedger.of(List.of(
				event(MemberEventType.ADMITTED, "2000-01-01", "C", "2000-01-01"),
				event(MemberEventType.RECOGNIZED, "2001-01-01", null, null),
				event(MemberEventType.REMOVED, "2005-01-01", null, null),
				event(MemberEventType.READMITTED, "2008-03-01", "C", "2008-02-01"),
				event(MemberEventType.RECOGNIZED, "2009-03-01", null, null)));

		assertThat(ledger.stateOn(LocalDate.parse("2006-01-01")).status()).isEqualTo(MemberStatus.OUTSIDE);
		assertThat(ledger.partyAgeMonths(LocalDate.parse("2008-06-01"))).isEmpty(); // probationary again
		// outside from 2005-01-01 to 2008-02-01: 1,126 days; start shifts to 2003-01-31
		assertThat(ledger.partyAgeMonths(LocalDate.parse("2009-03-01"))).hasValue(73);
	}

	@Test
	void refusesAnyEventAfterDeathAndARecognitionOfANonProbationaryMember() {
		assertThat(MemberLedger.of(List.of(event(MemberEventType.ADMITTED, "2000-01-01", "C", null),
				event(MemberEventType.DIED, "2000-05-01", null, null),
				event(MemberEventType.RECOGNIZED, "2001-01-01", null, null))).firstViolation())
			.get()
			.extracting(LifecycleViolation::message)
			.asString()
			.contains("từ trần");
		assertThat(MemberLedger.of(List.of(event(MemberEventType.RECOGNIZED, "2001-01-01", null, null))).firstViolation())
			.isPresent();
		assertThat(MemberLedger.of(List.of(event(MemberEventType.ADMITTED, "2000-01-01", "C", null),
				event(MemberEventType.RECOGNIZED, "2001-01-01", null, null))).firstViolation())
			.isEmpty();
	}

}
