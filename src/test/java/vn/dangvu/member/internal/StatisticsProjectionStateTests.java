package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The year-end a day's figures are counted from ({@link StatisticsProjection.State#yearEndFor}): the nearer of the two
 * held, the one after a day only when the one before it is held too (the changes of each day start after the
 * horizon's first year-end), and none while a member is pending.
 */
class StatisticsProjectionStateTests {

	private static final StatisticsProjection.State HORIZON = new StatisticsProjection.State(2020, 2026, true, null);

	@Test
	void aHeldYearEndIsItsOwn() {
		assertThat(HORIZON.yearEndFor(LocalDate.of(2024, 12, 31))).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(HORIZON.yearEndFor(LocalDate.of(2020, 12, 31))).isEqualTo(LocalDate.of(2020, 12, 31));
	}

	@Test
	void theFirstHalfOfAYearCountsFromTheYearEndBeforeItTheSecondFromTheOneAfter() {
		// 2 July is the 183rd day of a common year, 1 July of a leap year
		assertThat(HORIZON.yearEndFor(LocalDate.of(2025, 7, 2))).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(HORIZON.yearEndFor(LocalDate.of(2025, 7, 3))).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(HORIZON.yearEndFor(LocalDate.of(2024, 7, 1))).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(HORIZON.yearEndFor(LocalDate.of(2024, 7, 2))).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(HORIZON.yearEndFor(LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(HORIZON.yearEndFor(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(HORIZON.yearEndFor(LocalDate.of(2025, 12, 30))).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void theEdgesOfTheHorizonAndAPendingMember() {
		// the first year's days: no change of each day before its year-end, so none
		assertThat(HORIZON.yearEndFor(LocalDate.of(2020, 11, 30))).isNull();
		assertThat(HORIZON.yearEndFor(LocalDate.of(2020, 3, 1))).isNull();
		// the year after the last: the last year-end, whatever the half
		assertThat(HORIZON.yearEndFor(LocalDate.of(2027, 11, 30))).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(HORIZON.yearEndFor(LocalDate.of(2028, 1, 1))).isNull();
		assertThat(HORIZON.yearEndFor(LocalDate.of(2019, 6, 1))).isNull();
		StatisticsProjection.State pending = new StatisticsProjection.State(2020, 2026, false, null);
		assertThat(pending.yearEndFor(LocalDate.of(2025, 3, 1))).isNull();
		assertThat(pending.yearEndFor(LocalDate.of(2025, 12, 31))).isNull();
	}

}
