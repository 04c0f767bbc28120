package vn.dangvu.organization.internal;

import java.time.LocalDate;

import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;

/** One row of {@code organization_version}: the attributes of an organization during [from, to). */
public record Version(long organizationId, LocalDate from, LocalDate to, String name, OrganizationType type,
		OrganizationField field, Long parentId) {

	public boolean covers(LocalDate date) {
		return !from.isAfter(date) && date.isBefore(to);
	}

	public Version from(LocalDate newFrom) {
		return new Version(organizationId, newFrom, to, name, type, field, parentId);
	}

	public Version to(LocalDate newTo) {
		return new Version(organizationId, from, newTo, name, type, field, parentId);
	}

	public Version withName(String newName) {
		return new Version(organizationId, from, to, newName, type, field, parentId);
	}

	public Version withType(OrganizationType newType) {
		return new Version(organizationId, from, to, name, newType, field, parentId);
	}

	public Version withParent(Long newParent) {
		return new Version(organizationId, from, to, name, type, field, newParent);
	}

}
