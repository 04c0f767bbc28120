package vn.dangvu.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;

/**
 * An organization of the synthetic tree with the part of its planned history that the members need: when it exists,
 * where its members go when it is merged, when it closes. Grassroots organizations also carry their size (the members
 * they should have at the end) and their member-holding units (their cells, or themselves for a grassroots cell).
 */
final class SyntheticOrganization {

	/** What kind of grassroots organization it is, which shapes its members and its place in the tree. */
	enum Kind {
		/** a commune, ward or township committee with its residential cells */
		COMMUNE,
		/** a state agency or public service */
		AGENCY,
		/** a state or non-state enterprise */
		ENTERPRISE,
		/** armed forces or police */
		ARMED,
		/** anything above grassroots level, or a cell */
		OTHER
	}

	final String code;

	final String name;

	final OrganizationType type;

	final OrganizationField field;

	/** The parent it was established under; {@code null} for a root. */
	final SyntheticOrganization parent;

	final LocalDate establishedOn;

	final Kind kind;

	/** The parent as of the latest change planned so far (history is planned in date order). */
	SyntheticOrganization currentParent;

	/** The first day it no longer exists (merged or dissolved); {@code null} while it exists. */
	LocalDate endsOn;

	/** For a member-holding unit ended by a merge: the unit its members moved to. */
	SyntheticOrganization mergedInto;

	/** For a unit dissolved on {@link #endsOn}: its members must have transferred out before. */
	boolean dissolved;

	/** Established before the first admissions and never ended: a unit that can admit at any date. */
	boolean founding;

	/** The grassroots organization a unit belongs to (itself for a grassroots cell). */
	SyntheticOrganization grassroots;

	/** For a grassroots organization: the district it was established in; {@code null} under a bloc or the root. */
	SyntheticOrganization district;

	/** For a grassroots organization: the members it should have at the end of the history. */
	double weight;

	/** For a grassroots organization: its member-holding units, in the order they were established. */
	final List<SyntheticOrganization> units = new ArrayList<>();

	/** The suffix of the decisions of the committee above it (HU: huyện ủy, ĐUK: đảng ủy khối…). */
	String issuer = "TU";

	/** Created by a merge (not a row of organizations.csv). */
	boolean createdByMerge;

	/** Residential cell of a commune (where members move when they retire). */
	boolean residential;

	SyntheticOrganization(String code, String name, OrganizationType type, OrganizationField field,
			SyntheticOrganization parent, LocalDate establishedOn, Kind kind) {
		this.code = code;
		this.name = name;
		this.type = type;
		this.field = field;
		this.parent = parent;
		this.currentParent = parent;
		this.establishedOn = establishedOn;
		this.kind = kind;
	}

	boolean existsOn(LocalDate date) {
		return !date.isBefore(establishedOn) && (endsOn == null || date.isBefore(endsOn));
	}

	/** Exists on every day from {@code from} to {@code to}. */
	boolean existsThrough(LocalDate from, LocalDate to) {
		return existsOn(from) && existsOn(to);
	}

	/**
	 * May take in members on the date: it exists, and it is not about to be dissolved (a unit that will be dissolved
	 * takes no one in during its last 400 days, so that everyone in it can be transferred out before).
	 */
	boolean acceptsOn(LocalDate date) {
		return existsOn(date) && !(dissolved && !date.isBefore(endsOn.minusDays(400)));
	}

	/** The unit that holds the members of this unit on the date, following merges; {@code null} when dissolved. */
	SyntheticOrganization holdingOn(LocalDate date) {
		SyntheticOrganization unit = this;
		while (unit != null && unit.endsOn != null && !date.isBefore(unit.endsOn)) {
			unit = unit.mergedInto;
		}
		return unit;
	}

	@Override
	public String toString() {
		return code;
	}

}
