package vn.dangvu.organization;

import java.time.LocalDate;

/**
 * An organization as it was first established: its first name, type, field and parent, and the restructuring that
 * created it (an establishment, or a merge or split that produced it).
 */
public record EstablishedOrganization(String code, String name, OrganizationType type, OrganizationField field,
		String parentCode, LocalDate establishedOn, RestructuringOperation createdBy, long restructuringId) {
}
