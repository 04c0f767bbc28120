package vn.dangvu.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.dangvu.common.text.VietnameseText;

/**
 * The stable part of a member's file (members.csv, form 2-HSĐV): who the person is. Everything that changes over time
 * is in the ledger.
 */
public record MemberFile(String memberNo, String fullName, Gender gender, LocalDate birthDate, String ethnicity,
		String religion, String education, ProfessionalLevel professionalLevel, PoliticalTheory politicalTheory,
		String cardNo, String nationalId, String placeOfBirth, String hometown, String residence, String occupation) {

	/** Letters, digits, dot, dash, underscore: a member number must be usable in a URL. */
	static final Pattern MEMBER_NO = Pattern.compile("[A-Za-z0-9._-]{1,30}");

	static final Pattern NATIONAL_ID = Pattern.compile("[0-9]{12}");

	/**
	 * The earliest plausible birth date of a file: the Party was founded in 1930 and the registry keeps the files of
	 * members long dead, so a bound on age today (a member admitted at 59 in 1960 was born in 1901) would refuse true
	 * history; 1870 leaves room for the oldest founding members.
	 */
	static final LocalDate EARLIEST_BIRTH = LocalDate.of(1870, 1, 1);

	public MemberFile {
		memberNo = clean(memberNo);
		fullName = clean(fullName);
		ethnicity = clean(ethnicity);
		religion = clean(religion);
		education = clean(education);
		cardNo = clean(cardNo);
		nationalId = clean(nationalId);
		placeOfBirth = clean(placeOfBirth);
		hometown = clean(hometown);
		residence = clean(residence);
		occupation = clean(occupation);
	}

	private static String clean(String text) {
		String normalized = VietnameseText.normalize(text);
		return normalized == null || normalized.isEmpty() ? null : normalized;
	}

	/** What is wrong with the file, checked on the given day (empty when valid). */
	public List<FieldProblem> problems(LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (memberNo == null || !MEMBER_NO.matcher(memberNo).matches()) {
			problems.add(FieldProblem.of("member_no",
					"Số hồ sơ đảng viên bắt buộc, tối đa 30 ký tự gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới."));
		}
		if (fullName == null || fullName.length() > 200 || !fullName.codePoints().anyMatch(Character::isLetter)) {
			problems.add(FieldProblem.of("full_name", "Họ và tên bắt buộc (tối đa 200 ký tự)."));
		}
		if (gender == null) {
			problems.add(FieldProblem.of("gender", "Giới tính bắt buộc: MALE hoặc FEMALE."));
		}
		if (birthDate == null) {
			problems.add(FieldProblem.of("birth_date", "Ngày sinh bắt buộc."));
		}
		else if (birthDate.isAfter(today.minusYears(16)) || birthDate.isBefore(EARLIEST_BIRTH)) {
			problems.add(FieldProblem.of("birth_date",
					"Ngày sinh không hợp lý: người vào Đảng phải ít nhất 16 tuổi và sinh từ năm 1870 trở về sau."));
		}
		if (ethnicity == null) {
			problems.add(FieldProblem.of("ethnicity", "Dân tộc bắt buộc (ví dụ Kinh, Khmer, Hoa)."));
		}
		if (nationalId != null && !NATIONAL_ID.matcher(nationalId).matches()) {
			problems.add(FieldProblem.of("national_id", "Số định danh cá nhân phải gồm đúng 12 chữ số."));
		}
		if (cardNo != null && cardNo.length() > 30) {
			problems.add(FieldProblem.of("card_no", "Số thẻ đảng viên tối đa 30 ký tự."));
		}
		return problems;
	}

	/** Belongs to an ethnic minority: any ethnicity but Kinh (INTERCHANGE.md). */
	public boolean ethnicMinority() {
		return ethnicity != null && !ethnicity.equalsIgnoreCase("Kinh");
	}

}
