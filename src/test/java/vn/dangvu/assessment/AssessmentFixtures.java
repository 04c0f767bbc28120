package vn.dangvu.assessment;

import java.time.LocalDate;

import vn.dangvu.common.Decision;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.Members;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.Restructurings;

/** Organizations and members for assessment tests, built through the real services. */
public final class AssessmentFixtures {

	static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

	private final Restructurings restructurings;

	private final Members members;

	public AssessmentFixtures(Restructurings restructurings, Members members) {
		this.restructurings = restructurings;
		this.members = members;
	}

	public AssessmentFixtures organization(String code, String name, OrganizationType type, String parent) {
		return organization(code, name, type, parent, FOUNDED);
	}

	public AssessmentFixtures organization(String code, String name, OrganizationType type, String parent,
			LocalDate established) {
		restructurings.apply(new EstablishOrganization(code, name, type, OrganizationField.WARD, parent, established,
				new Decision("1-QĐ/TU", established, null)), "test");
		return this;
	}

	/** An official member of the cell, admitted on the date (decision the same day) and recognized a year later. */
	public AssessmentFixtures official(String memberNo, String fullName, String cell, LocalDate admitted) {
		probationary(memberNo, fullName, cell, admitted);
		members.record(memberNo, new LedgerEvent(MemberEventType.RECOGNIZED, admitted.plusYears(1), null, null, null, null),
				"test");
		return this;
	}

	public AssessmentFixtures probationary(String memberNo, String fullName, String cell, LocalDate admitted) {
		members.register(new MemberFile(memberNo, fullName, Gender.MALE, LocalDate.of(1980, 1, 1), "Kinh", null, null,
				null, null, null, null, null, null, null, null));
		members.record(memberNo, new LedgerEvent(MemberEventType.ADMITTED, admitted, cell, "KN-" + memberNo, admitted, null),
				"test");
		return this;
	}

	public AssessmentFixtures event(String memberNo, MemberEventType type, LocalDate on, String detail) {
		members.record(memberNo, new LedgerEvent(type, on, null, null, null, detail), "test");
		return this;
	}

}
