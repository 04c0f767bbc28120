package vn.dangvu.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.dangvu.organization.OrganizationField;

/**
 * What the dashboard of a subtree shows for a year: members by status on 31/12 of the ten years up to it and
 * admissions in each of them, the age pyramid by gender and members by the field of their grassroots organization on
 * 31/12 of the year, the assessment grades of the year and the badges awarded in it by milestone.
 *
 * @param grades by grade name, in the order of the grades (R-ASM-1)
 * @param badges by milestone, every milestone present (R-BADGE-1)
 */
public record DashboardView(String orgCode, String orgName, int year, LocalDate asOf, List<YearFigures> years,
		List<AgeRow> ages, Map<OrganizationField, Long> fields, Map<String, Long> grades, Map<String, Long> badges) {

	/** Members on 31/12 of a year and admissions during it. */
	public record YearFigures(int year, long official, long probationary, long admitted, long readmitted) {

		public long members() {
			return official + probationary;
		}

	}

	/** One band of the age pyramid. */
	public record AgeRow(vn.dangvu.member.AgeBand band, long male, long female) {
	}

}
