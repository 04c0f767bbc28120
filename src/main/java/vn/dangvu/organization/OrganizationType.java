package vn.dangvu.organization;

/** The types of party organization (DOMAIN.md glossary; INTERCHANGE.md codes). */
public enum OrganizationType {

	/** đảng bộ tỉnh, thành phố trực thuộc Trung ương */
	PROVINCE,
	/** đảng bộ cấp trên cơ sở (huyện, quận, khối; from 7/2025 xã, phường, đặc khu) */
	UPPER_GRASSROOTS,
	/** đảng bộ cơ sở */
	GRASSROOTS_COMMITTEE,
	/** chi bộ cơ sở */
	GRASSROOTS_CELL,
	/** đảng bộ bộ phận */
	SUB_COMMITTEE,
	/** chi bộ trực thuộc */
	CELL;

	/** A grassroots (basic) party organization: the two types DOMAIN.md calls {@code grassroots}. */
	public boolean isGrassroots() {
		return this == GRASSROOTS_COMMITTEE || this == GRASSROOTS_CELL;
	}

	/** Cells have members, not child organizations (party groups are not organization nodes). */
	public boolean mayHaveChildren() {
		return this != CELL && this != GRASSROOTS_CELL;
	}

	/** The message key of the Vietnamese name of the type. */
	public String messageKey() {
		return "organization.type." + name();
	}

}
