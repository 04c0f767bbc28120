package vn.dangvu.access;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.dangvu.common.Decision;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.Members;
import vn.dangvu.member.PoliticalTheory;
import vn.dangvu.member.ProfessionalLevel;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.Restructurings;

/**
 * A province {@code T} with two districts, each with one cell and one member, and a user of every role scoped to the
 * first district ({@code T.A}), all built through the services:
 *
 * <pre>
 * T                      province
 * ├── T.A                district A  ← officer, leader (ORG_OFFICER, LEADER)
 * │   └── T.A.C1         cell        ← secretary (SECRETARY); member MA001 ← member (MEMBER)
 * └── T.B                district B
 *     └── T.B.C1         cell        member MB001
 * </pre>
 */
final class ScopeFixtures {

	static final LocalDate START = LocalDate.of(2010, 1, 1);

	static final String DISTRICT_IN = "T.A";

	static final String CELL_IN = "T.A.C1";

	static final String CELL_OUT = "T.B.C1";

	static final String MEMBER_IN = "MA001";

	static final String MEMBER_OUT = "MB001";

	private ScopeFixtures() {
	}

	static void tree(Restructurings restructurings) {
		Decision decision = new Decision("1-QĐ/TU", START, null);
		establish(restructurings, "T", "Đảng bộ tỉnh Thử Nghiệm", OrganizationType.PROVINCE, null, decision);
		establish(restructurings, "T.A", "Đảng bộ huyện Đông", OrganizationType.UPPER_GRASSROOTS, "T", decision);
		establish(restructurings, "T.B", "Đảng bộ huyện Tây", OrganizationType.UPPER_GRASSROOTS, "T", decision);
		establish(restructurings, CELL_IN, "Chi bộ Đông Một", OrganizationType.GRASSROOTS_CELL, "T.A", decision);
		establish(restructurings, CELL_OUT, "Chi bộ Tây Một", OrganizationType.GRASSROOTS_CELL, "T.B", decision);
	}

	private static void establish(Restructurings restructurings, String code, String name, OrganizationType type,
			String parent, Decision decision) {
		restructurings.apply(new EstablishOrganization(code, name, type, OrganizationField.OTHER, parent, START,
				decision), "test");
	}

	static void members(Members members) {
		member(members, MEMBER_IN, "Nguyễn Văn Đông", CELL_IN);
		member(members, MEMBER_OUT, "Trần Thị Tây", CELL_OUT);
	}

	static void member(Members members, String memberNo, String name, String cell) {
		members.register(new MemberFile(memberNo, name, Gender.MALE, LocalDate.of(1980, 5, 1), "Kinh", null, "12/12",
				ProfessionalLevel.BACHELOR, PoliticalTheory.ELEMENTARY, null, null, null, null, null, null));
		members.record(memberNo, new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2015, 3, 20), cell,
				"12-QĐ/ĐU", LocalDate.of(2015, 3, 2), null), "test");
	}

	/** One user of each role, by name, with the one-time password of each. */
	static Map<String, String> users(Users users) {
		Map<String, String> passwords = new LinkedHashMap<>();
		passwords.put("quantri", users.add("quantri", Role.ADMIN, null));
		passwords.put("canbo", users.add("canbo", Role.ORG_OFFICER, DISTRICT_IN));
		passwords.put("lanhdao", users.add("lanhdao", Role.LEADER, DISTRICT_IN));
		passwords.put("bithu", users.add("bithu", Role.SECRETARY, CELL_IN));
		passwords.put("dangvien", users.add("dangvien", Role.MEMBER, MEMBER_IN));
		return passwords;
	}

}
