package vn.dangvu.organization;

import java.time.LocalDate;

/**
 * An organization as it stood on a date (the API shape of INTERCHANGE.md).
 *
 * @param endedOn the first day the organization no longer exists, or {@code null}
 */
public record OrganizationView(String code, String name, OrganizationType type, OrganizationField field,
		String parentCode, LocalDate establishedOn, LocalDate endedOn) {
}
