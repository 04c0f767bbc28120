package vn.dangvu.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.dangvu.common.Decision;
import vn.dangvu.organization.NewOrganization;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand;
import vn.dangvu.organization.RestructuringCommand.ChangeOrganizationType;
import vn.dangvu.organization.RestructuringCommand.DissolveOrganization;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.RestructuringCommand.MergeOrganizations;
import vn.dangvu.organization.RestructuringCommand.MoveOrganization;
import vn.dangvu.organization.RestructuringCommand.RenameOrganization;
import vn.dangvu.organization.RestructuringCommand.SplitOrganization;
import vn.dangvu.organization.Restructurings;

/**
 * A tree with a history of every kind of restructuring, recorded through the organization module as an officer
 * would record it — a split, a change recorded late with an earlier effective date, the 2025 merges into new
 * organizations, and an organization established afterwards under one of them.
 */
final class OrganizationHistoryFixtures {

	private OrganizationHistoryFixtures() {
	}

	static void recordHistory(Restructurings restructurings) {
		LocalDate start = LocalDate.of(2010, 1, 1);
		establish(restructurings, "R", "Đảng bộ tỉnh R", OrganizationType.PROVINCE, OrganizationField.OTHER, null, start);
		establish(restructurings, "R.D1", "Đảng bộ huyện Một", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER,
				"R", start);
		establish(restructurings, "R.D2", "Đảng bộ huyện Hai", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER,
				"R", start);
		establish(restructurings, "R.D1.W1", "Đảng bộ phường An Hòa, khu 1", OrganizationType.GRASSROOTS_COMMITTEE,
				OrganizationField.WARD, "R.D1", LocalDate.of(2011, 1, 1));
		establish(restructurings, "R.D1.W2", "Đảng bộ \"Phường 2\"", OrganizationType.GRASSROOTS_COMMITTEE,
				OrganizationField.WARD, "R.D1", LocalDate.of(2011, 1, 1));
		establish(restructurings, "R.D1.W1.C1", "Chi bộ khu phố 1", OrganizationType.CELL, OrganizationField.RESIDENTIAL,
				"R.D1.W1", LocalDate.of(2011, 6, 1));
		establish(restructurings, "R.D1.W1.C2", "Chi bộ khu phố 2", OrganizationType.CELL, OrganizationField.RESIDENTIAL,
				"R.D1.W1", LocalDate.of(2011, 6, 1));
		establish(restructurings, "R.D2.E1", "Chi bộ Công ty Điện lực", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.STATE_ENTERPRISE, "R.D2", LocalDate.of(2012, 1, 1));
		establish(restructurings, "S", "Đảng bộ tỉnh S", OrganizationType.PROVINCE, OrganizationField.OTHER, null, start);
		establish(restructurings, "S.D1", "Đảng bộ huyện Ba", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER,
				"S", start);

		apply(restructurings, new RenameOrganization("R.D1.W2", "Đảng bộ phường Hai", LocalDate.of(2016, 1, 1),
				decision("5-QĐ/TU", "2015-12-20")));
		apply(restructurings, new SplitOrganization("R.D1.W1",
				List.of(new NewOrganization("R.D1.W1A", "Đảng bộ phường An Hòa A", OrganizationType.GRASSROOTS_COMMITTEE,
						OrganizationField.WARD),
						new NewOrganization("R.D1.W1B", "Đảng bộ phường An Hòa B", OrganizationType.GRASSROOTS_COMMITTEE,
								OrganizationField.WARD)),
				Map.of("R.D1.W1.C1", "R.D1.W1A", "R.D1.W1.C2", "R.D1.W1B"), LocalDate.of(2018, 1, 1),
				decision("7-QĐ/TU", "2017-12-20")));
		apply(restructurings, new MoveOrganization("R.D2.E1", "R.D1", LocalDate.of(2019, 1, 1),
				decision("9-QĐ/TU", "2018-12-20")));
		apply(restructurings, new ChangeOrganizationType("R.D2", OrganizationType.GRASSROOTS_COMMITTEE,
				LocalDate.of(2020, 1, 1), decision("10-QĐ/TU", "2019-12-20")));
		// recorded late: takes effect before the changes recorded above
		apply(restructurings, new RenameOrganization("R.D1", "Đảng bộ quận Một", LocalDate.of(2014, 1, 1),
				decision("11-QĐ/TU", "2020-06-01")));
		apply(restructurings, new MergeOrganizations(List.of("R.D1.W2"), "R.D1.W1A", null, null,
				LocalDate.of(2021, 1, 1), decision("12-QĐ/TU", "2020-12-20")));
		LocalDate reform = LocalDate.of(2025, 7, 1);
		apply(restructurings, new MergeOrganizations(List.of("R", "S"), "RS",
				new NewOrganization("RS", "Đảng bộ tỉnh RS", OrganizationType.PROVINCE, OrganizationField.OTHER), null,
				reform, decision("321-QĐ/TW", "2025-06-26")));
		apply(restructurings, new MergeOrganizations(List.of("R.D1", "S.D1"), "RS.N",
				new NewOrganization("RS.N", "Đảng bộ phường Mới", OrganizationType.UPPER_GRASSROOTS,
						OrganizationField.OTHER),
				"RS", reform, decision("15-QĐ/TU", "2025-06-28")));
		apply(restructurings, new DissolveOrganization("R.D2", LocalDate.of(2025, 8, 1), decision("16-QĐ/TU", "2025-07-20")));
		establish(restructurings, "RS.N.C9", "Chi bộ khu phố 9", OrganizationType.CELL, OrganizationField.RESIDENTIAL,
				"RS.N", LocalDate.of(2025, 9, 1));
	}

	private static void establish(Restructurings restructurings, String code, String name, OrganizationType type,
			OrganizationField field, String parent, LocalDate on) {
		apply(restructurings, new EstablishOrganization(code, name, type, field, parent, on,
				new Decision("1-QĐ/TU", on, "Ban Thường vụ Tỉnh ủy")));
	}

	private static void apply(Restructurings restructurings, RestructuringCommand command) {
		restructurings.apply(command, "fixture");
	}

	private static Decision decision(String number, String date) {
		return new Decision(number, LocalDate.parse(date), "Ban Thường vụ Tỉnh ủy");
	}

}
