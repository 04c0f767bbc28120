package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AdmissionRulesTests {

	static final LocalDate BORN = LocalDate.of(2000, 5, 15);

	/** R-ADM-1: full 18 in months on the vote date — the day before the 18th birthday is too early. */
	@Test
	void refusesAdmissionOfApplicantUnder18() {
		assertThat(AdmissionRules.checkAdmissionAge(BORN, LocalDate.of(2018, 5, 14), false)).get()
			.extracting(LifecycleViolation::ruleId)
			.isEqualTo("R-ADM-1");
		assertThat(AdmissionRules.checkAdmissionAge(BORN, LocalDate.of(2018, 5, 15), false)).isEmpty();
	}

	/** R-ADM-1: full 60 is allowed; one month more needs the provincial consent. */
	@Test
	void requiresProvincialConsentOver60() {
		assertThat(AdmissionRules.checkAdmissionAge(BORN, LocalDate.of(2060, 5, 15), false)).isEmpty();
		assertThat(AdmissionRules.checkAdmissionAge(BORN, LocalDate.of(2060, 6, 14), false)).isEmpty();
		assertThat(AdmissionRules.checkAdmissionAge(BORN, LocalDate.of(2060, 6, 15), false)).isPresent();
		assertThat(AdmissionRules.checkAdmissionAge(BORN, LocalDate.of(2060, 6, 15), true)).isEmpty();
	}

	/** R-ADM-4: official at the exact end of the 12 months, even from 29 February. */
	@Test
	void recognitionIsExactlyTwelveMonthsAfterTheCeremony() {
		assertThat(AdmissionRules.officialFrom(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(AdmissionRules.checkRecognition(LocalDate.of(2023, 3, 10), LocalDate.of(2024, 3, 10))).isEmpty();
		assertThat(AdmissionRules.checkRecognition(LocalDate.of(2023, 3, 10), LocalDate.of(2024, 3, 9))).get()
			.extracting(LifecycleViolation::ruleId)
			.isEqualTo("R-ADM-4");
		assertThat(AdmissionRules.checkRecognition(LocalDate.of(2023, 3, 10), LocalDate.of(2024, 3, 11))).isPresent();
	}

}
