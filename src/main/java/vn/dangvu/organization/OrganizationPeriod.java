package vn.dangvu.organization;

import java.time.LocalDate;

/**
 * One period of an organization's history: its name, type, field and parent from {@code validFrom} up to the day
 * before {@code validTo} ({@code null} when still current).
 */
public record OrganizationPeriod(LocalDate validFrom, LocalDate validTo, String name, OrganizationType type,
		OrganizationField field, String parentCode, String parentName) {
}
