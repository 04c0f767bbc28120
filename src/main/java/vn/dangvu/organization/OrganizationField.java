package vn.dangvu.organization;

/** The field an organization works in (INTERCHANGE.md codes): the place or kind of unit it covers. */
public enum OrganizationField {

	WARD, COMMUNE, TOWNSHIP, RESIDENTIAL, STATE_AGENCY, PUBLIC_SERVICE, STATE_ENTERPRISE, NON_STATE_ENTERPRISE,
	ARMED_FORCES, POLICE, OTHER;

	public String messageKey() {
		return "organization.field." + name();
	}

}
