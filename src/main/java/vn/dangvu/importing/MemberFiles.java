package vn.dangvu.importing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.PoliticalTheory;
import vn.dangvu.member.ProfessionalLevel;

/** The columns of members.csv and member_events.csv (INTERCHANGE.md), and their rows to and from domain records. */
final class MemberFiles {

	static final CsvLayout MEMBERS = new CsvLayout("members.csv",
			List.of("member_no", "full_name", "gender", "birth_date", "ethnicity", "religion", "education",
					"professional_level", "political_theory", "card_no"),
			Set.of("member_no", "full_name", "gender", "birth_date", "ethnicity"));

	static final CsvLayout EVENTS = new CsvLayout("member_events.csv",
			List.of("member_no", "event", "effective_on", "org_code", "decision_no", "decision_date", "detail"),
			Set.of("member_no", "event", "effective_on"));

	private MemberFiles() {
	}

	/** The file of a row of members.csv; {@code null}, with the errors reported, when a cell is wrong. */
	static MemberFile member(CsvRow row, ImportReport report) {
		long errorsBefore = report.errorCount();
		String memberNo = row.required("member_no", report);
		String fullName = row.required("full_name", report);
		Gender gender = row.constant("gender", Gender.class, EnumSet.allOf(Gender.class), true, report);
		var birthDate = row.date("birth_date", true, report);
		String ethnicity = row.required("ethnicity", report);
		ProfessionalLevel level = row.constant("professional_level", ProfessionalLevel.class,
				EnumSet.allOf(ProfessionalLevel.class), false, report);
		PoliticalTheory theory = row.constant("political_theory", PoliticalTheory.class,
				EnumSet.allOf(PoliticalTheory.class), false, report);
		if (report.errorCount() > errorsBefore) {
			return null;
		}
		return new MemberFile(memberNo, fullName, gender, birthDate, ethnicity, row.text("religion"),
				row.text("education"), level, theory, row.text("card_no"), null, null, null, null, null);
	}

	/** The event of a row of member_events.csv; {@code null}, with the errors reported, when a cell is wrong. */
	static LedgerEvent event(CsvRow row, ImportReport report) {
		long errorsBefore = report.errorCount();
		row.required("member_no", report);
		MemberEventType type = row.constant("event", MemberEventType.class, EnumSet.allOf(MemberEventType.class), true,
				report);
		var effectiveOn = row.date("effective_on", true, report);
		var decisionDate = row.date("decision_date", false, report);
		if (report.errorCount() > errorsBefore) {
			return null;
		}
		return new LedgerEvent(type, effectiveOn, row.text("org_code"), row.text("decision_no"), decisionDate,
				row.text("detail"));
	}

	static List<String> memberRow(MemberFile f) {
		return java.util.Arrays.asList(f.memberNo(), f.fullName(), f.gender().name(), f.birthDate().toString(),
				f.ethnicity(), f.religion(), f.education(),
				f.professionalLevel() == null ? null : f.professionalLevel().name(),
				f.politicalTheory() == null ? null : f.politicalTheory().name(), f.cardNo());
	}

	static List<String> eventRow(String memberNo, LedgerEvent e) {
		return java.util.Arrays.asList(memberNo, e.type().name(), e.effectiveOn().toString(), e.orgCode(), e.decisionNo(),
				e.decisionDate() == null ? null : e.decisionDate().toString(), e.detail());
	}

}
