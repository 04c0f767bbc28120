package vn.dangvu.organization;

import java.time.LocalDate;

/** An organization that was in a subtree during [validFrom, validTo). */
public record SubtreeSpan(String code, LocalDate validFrom, LocalDate validTo) {

	public boolean covers(LocalDate date) {
		return !date.isBefore(validFrom) && date.isBefore(validTo);
	}

}
