package vn.dangvu.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** Dates and moments written and read the way users do. */
class DatesTests {

	@Test
	void writesDatesAndMomentsTheVietnameseWay() {
		assertThat(Dates.format(LocalDate.of(2024, 2, 29))).isEqualTo("29/02/2024");
		assertThat(Dates.format(LocalDateTime.of(2026, 12, 31, 23, 59, 59))).isEqualTo("31/12/2026 23:59");
		assertThat(Dates.format(LocalDateTime.of(2026, 1, 2, 0, 5))).isEqualTo("02/01/2026 00:05");
		assertThat(Dates.format((LocalDate) null)).isEmpty();
		assertThat(Dates.format((LocalDateTime) null)).isEmpty();
	}

	@Test
	void readsBothFormsAndRefusesADayThatIsNot() {
		assertThat(Dates.parse("29/02/2024")).contains(LocalDate.of(2024, 2, 29));
		assertThat(Dates.parse("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
		assertThat(Dates.parse("29/02/2025")).isEmpty();
		assertThat(Dates.parse(" ")).isEmpty();
	}

}
