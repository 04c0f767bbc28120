package vn.dangvu.badge;

import java.time.LocalDate;

/** What one certificate of an approved round says about its member. */
public record BadgeCertificate(int badgeYears, boolean posthumous, String fullName, LocalDate birthDate,
		String organizationName, String badgeNo) {
}
