package vn.dangvu.importing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import vn.dangvu.organization.EstablishedOrganization;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;

/**
 * A row of organizations.csv: an organization as first established.
 *
 * @param line the line of the file it was read from; 0 when it comes from the database
 * @param parentCode {@code null} for a root
 */
record OrganizationRow(long line, String code, String name, OrganizationType type, OrganizationField field,
		String parentCode, LocalDate establishedOn) {

	static OrganizationRow of(EstablishedOrganization organization) {
		return new OrganizationRow(0, organization.code(), organization.name(), organization.type(),
				organization.field(), organization.parentCode(), organization.establishedOn());
	}

	/** The cells in the column order of {@link OrganizationFiles#ORGANIZATIONS}. */
	List<String> cells() {
		return Arrays.asList(code, name, type.name(), field.name(), parentCode, establishedOn.toString());
	}

}
