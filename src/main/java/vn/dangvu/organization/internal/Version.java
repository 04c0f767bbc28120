package vn.dangvu.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

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

	/**
	 * The periods of one organization after an attribute is set from {@code on}: the period covering the date is split
	 * there, and the new value is carried through the later periods that still had the old value (a back-dated change
	 * carries through later renames; it stops where a later decision had already changed the same attribute).
	 *
	 * @param versions the organization's periods in order; one of them covers {@code on}
	 */
	public static List<Version> change(List<Version> versions, LocalDate on, Function<Version, Object> attribute,
			UnaryOperator<Version> update) {
		Version at = versions.stream().filter(v -> v.covers(on)).findFirst().orElseThrow();
		Object old = attribute.apply(at);
		List<Version> changed = new ArrayList<>(versions.size() + 1);
		boolean carrying = true;
		for (Version v : versions) {
			if (!v.to().isAfter(on)) {
				changed.add(v);
				continue;
			}
			Version piece = v;
			if (v.from().isBefore(on)) {
				changed.add(v.to(on));
				piece = v.from(on);
			}
			carrying = carrying && Objects.equals(attribute.apply(piece), old);
			changed.add(carrying ? update.apply(piece) : piece);
		}
		return changed;
	}

}
