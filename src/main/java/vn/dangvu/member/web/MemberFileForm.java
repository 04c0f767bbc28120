package vn.dangvu.member.web;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;

import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.PoliticalTheory;
import vn.dangvu.member.ProfessionalLevel;

/**
 * The member file form (2-HSĐV, the stable part): every field of {@link MemberFile}, and for a new file its admission
 * (the admitting organization, the ceremony and the decision) — required of everyone but an administrator, for a
 * file belongs to an organization's scope only through its admission. What a file and an admission must hold is the
 * domain's rule ({@link MemberFile#problems}, the ledger policy); the sizes here only keep a text within its column.
 */
record MemberFileForm(String memberNo, String fullName, Gender gender, LocalDate birthDate,
		@Size(max = 50) String ethnicity, @Size(max = 50) String religion, @Size(max = 20) String education,
		ProfessionalLevel professionalLevel, PoliticalTheory politicalTheory, String cardNo, String nationalId,
		@Size(max = 300) String placeOfBirth, @Size(max = 300) String hometown, @Size(max = 300) String residence,
		@Size(max = 300) String occupation, @Size(max = 100) String orgCode, LocalDate admittedOn,
		@Size(max = 100) String admissionDecisionNo, LocalDate admissionDecisionDate) {

	/** An empty form; the admission into the organization, when one is given. */
	static MemberFileForm blank(String orgCode) {
		return new MemberFileForm(null, null, null, null, "Kinh", null, null, null, null, null, null, null, null, null,
				null, orgCode, null, null, null);
	}

	/**
	 * The form of a file being corrected. The national ID is not sent back to the browser: the page shows it masked
	 * and an empty input keeps it.
	 */
	static MemberFileForm of(MemberFile f) {
		return new MemberFileForm(f.memberNo(), f.fullName(), f.gender(), f.birthDate(), f.ethnicity(), f.religion(),
				f.education(), f.professionalLevel(), f.politicalTheory(), f.cardNo(), null, f.placeOfBirth(),
				f.hometown(), f.residence(), f.occupation(), null, null, null, null);
	}

	/** True when any input of the admission is filled in. */
	boolean hasAdmission() {
		return !isBlank(orgCode) || admittedOn != null || !isBlank(admissionDecisionNo) || admissionDecisionDate != null;
	}

	/** The admission as entered; only for a form whose admission has its organization and ceremony date. */
	LedgerEvent toAdmission() {
		return new LedgerEvent(MemberEventType.ADMITTED, admittedOn, orgCode.strip(),
				isBlank(admissionDecisionNo) ? null : admissionDecisionNo.strip(), admissionDecisionDate, null);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** The file as entered, for a new member. */
	MemberFile toFile() {
		return toFile(memberNo, nationalId);
	}

	/** The file as corrected: the number is the page's, an empty national ID keeps the one recorded. */
	MemberFile toCorrection(String number, String recordedNationalId) {
		return toFile(number, nationalId == null || nationalId.isBlank() ? recordedNationalId : nationalId);
	}

	private MemberFile toFile(String number, String id) {
		return new MemberFile(number, fullName, gender, birthDate, ethnicity, religion, education, professionalLevel,
				politicalTheory, cardNo, id, placeOfBirth, hometown, residence, occupation);
	}

	/**
	 * The input a problem reported by the domain concerns: {@code birth_date} is {@code birthDate}; those of the
	 * admission event are the admission's inputs.
	 */
	static String inputOf(String domainField) {
		if (domainField == null || domainField.isBlank()) {
			return null;
		}
		switch (domainField) {
			case "effective_on":
				return "admittedOn";
			case "decision_no":
				return "admissionDecisionNo";
			case "decision_date":
				return "admissionDecisionDate";
			default:
				break;
		}
		StringBuilder input = new StringBuilder();
		boolean upper = false;
		for (char c : domainField.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				input.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return INPUTS.contains(input.toString()) ? input.toString() : null;
	}

	private static final Set<String> INPUTS = Arrays.stream(MemberFileForm.class.getRecordComponents())
		.map(RecordComponent::getName)
		.collect(Collectors.toUnmodifiableSet());

}
