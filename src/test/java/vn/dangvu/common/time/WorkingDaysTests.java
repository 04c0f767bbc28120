package vn.dangvu.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTests {

	@Test
	void skipsWeekendsAndSolarHolidays() {
		// Friday 26/4/2024 + 1 working day: Monday 29/4 (30/4 and 1/5 are holidays)
		assertThat(WorkingDays.plus(LocalDate.of(2024, 4, 26), 1)).isEqualTo(LocalDate.of(2024, 4, 29));
		assertThat(WorkingDays.plus(LocalDate.of(2024, 4, 29), 1)).isEqualTo(LocalDate.of(2024, 5, 2));
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 9, 2))).isFalse();
	}

	/** R-ADM-3, R-TRF-1: 30 working days from Monday 3/6/2024 end on Monday 15/7/2024. */
	@Test
	void thirtyWorkingDaysAreSixWeeks() {
		assertThat(WorkingDays.plus(LocalDate.of(2024, 6, 3), 30)).isEqualTo(LocalDate.of(2024, 7, 15));
	}

}
