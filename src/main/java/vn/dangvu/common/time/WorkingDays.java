package vn.dangvu.common.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Working days for deadlines counted in working days (R-ADM-3, R-TRF-1): Monday to Friday except the solar public
 * holidays (1/1, 30/4, 1/5, 2/9). The lunar holidays (Tết, Hùng Kings) are not in this calendar yet, so a deadline
 * across them comes out a few days early — on the strict side.
 */
public final class WorkingDays {

	private static final Set<MonthDay> HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1),
			MonthDay.of(9, 2));

	private WorkingDays() {
	}

	public static boolean isWorkingDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !HOLIDAYS.contains(MonthDay.from(date));
	}

	/** The date {@code days} working days after {@code start} (the start day itself not counted). */
	public static LocalDate plus(LocalDate start, int days) {
		LocalDate date = start;
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date;
	}

}
