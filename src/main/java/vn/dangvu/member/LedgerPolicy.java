package vn.dangvu.member;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import vn.dangvu.common.time.Dates;
import vn.dangvu.common.time.WorkingDays;

/**
 * The lifecycle rules a ledger must satisfy. Each event is judged against the events before it. What cannot be true
 * (events out of lifecycle order, an organization that did not exist, a date in the future, admission before 16) is
 * always an error. What today's rules forbid but old records may attest (R-ADM-1 over 60, R-ADM-3, R-ADM-4, R-READ-1)
 * is an error for an event being recorded now and a warning for accepted or imported history.
 */
public final class LedgerPolicy {

	/** Set in the detail of an admission decided with the provincial standing committee's consent (R-ADM-1). */
	public static final String PROVINCIAL_CONSENT = "PROVINCIAL_CONSENT";

	static final Set<String> DISCIPLINE_FORMS = Set.of("REPRIMAND", "WARNING", "DISMISSAL");

	static final Set<String> PROBATIONARY_DISCIPLINE_FORMS = Set.of("REPRIMAND", "WARNING");

	static final Set<String> BADGE_YEARS = Set.of("30", "40", "45", "50", "55", "60", "65", "70", "75", "80", "85", "90");

	static final Set<String> GRADES = Set.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED");

	/** R-ADM-3: the ceremony within 30 working days of the decision. */
	static final int CEREMONY_WORKING_DAYS = 30;

	/** R-READ-1: at least 36 months outside before re-admission. */
	static final int READMISSION_MONTHS = 36;

	/** A problem of one event of a ledger. */
	public record EventProblem(LedgerEvent event, FieldProblem problem) {
	}

	/** The problems of a ledger: errors refuse the change, warnings are reported with it. */
	public record Verdict(List<EventProblem> eventErrors, List<EventProblem> eventWarnings) {

		public boolean accepted() {
			return eventErrors.isEmpty();
		}

		public List<FieldProblem> errors() {
			return eventErrors.stream().map(EventProblem::problem).toList();
		}

		public List<FieldProblem> warnings() {
			return eventWarnings.stream().map(EventProblem::problem).toList();
		}

	}

	private LedgerPolicy() {
	}

	/**
	 * Judges every event of the ledger against the ones before it.
	 * @param strict the events judged by today's rules (being recorded now); the others are history
	 * @param organizationExists whether an organization code existed on a date
	 */
	public static Verdict check(MemberFile file, MemberLedger ledger, Set<LedgerEvent> strict, LocalDate today,
			BiPredicate<String, LocalDate> organizationExists) {
		List<EventProblem> errors = new ArrayList<>();
		List<EventProblem> warnings = new ArrayList<>();
		List<LedgerEvent> events = ledger.events();
		for (int i = 0; i < events.size(); i++) {
			LedgerEvent event = events.get(i);
			MemberLedger before = MemberLedger.of(events.subList(0, i));
			List<FieldProblem> eventErrors = new ArrayList<>();
			List<FieldProblem> ruleProblems = new ArrayList<>();
			judge(file, before, event, today, organizationExists, eventErrors, ruleProblems);
			eventErrors.forEach(p -> errors.add(new EventProblem(event, p)));
			ruleProblems.forEach(p -> (strict.contains(event) ? errors : warnings).add(new EventProblem(event, p)));
		}
		return new Verdict(errors, warnings);
	}

	private static void judge(MemberFile file, MemberLedger before, LedgerEvent event, LocalDate today,
			BiPredicate<String, LocalDate> organizationExists, List<FieldProblem> errors, List<FieldProblem> rules) {
		String on = Dates.format(event.effectiveOn());
		MemberState state = before.stateOn(event.effectiveOn());
		if (!state.status().allows(event.type())) {
			errors.add(new FieldProblem("event", "LIFECYCLE", state.status() == MemberStatus.DIED
					? "Không thể ghi sự kiện sau khi đảng viên đã từ trần."
					: "Sự kiện " + event.type() + " ngày " + on + " không hợp lệ khi đảng viên đang ở tình trạng "
							+ state.status() + "."));
			return;
		}
		if (event.effectiveOn().isAfter(today)) {
			errors.add(new FieldProblem("effective_on", "LEDGER-DATE", "Ngày hiệu lực " + on + " ở tương lai."));
		}
		if (event.decisionDate() != null && event.decisionDate().isAfter(today)) {
			errors.add(new FieldProblem("decision_date", "LEDGER-DATE", "Ngày quyết định ở tương lai."));
		}
		switch (event.type()) {
			case ADMITTED, READMITTED -> {
				requireOrganization(event, organizationExists, errors);
				checkAdmission(file, before, event, errors, rules);
			}
			case TRANSFERRED -> {
				requireOrganization(event, organizationExists, errors);
				if (event.orgCode() != null && event.orgCode().equals(state.orgCode())) {
					errors.add(new FieldProblem("org_code", "LIFECYCLE", "Đảng viên đã sinh hoạt ở " + event.orgCode() + "."));
				}
			}
			case RECOGNIZED -> {
				LocalDate ceremony = lastCeremony(before);
				if (ceremony != null) {
					AdmissionRules.checkRecognition(ceremony, event.effectiveOn())
						.ifPresent(v -> rules.add(new FieldProblem("effective_on", v.ruleId(), v.message())));
				}
			}
			case DISCIPLINED -> {
				if (event.detail() == null || !DISCIPLINE_FORMS.contains(event.detail())) {
					errors.add(new FieldProblem("detail", "R-DIS-1", "Hình thức kỷ luật phải là REPRIMAND, WARNING hoặc DISMISSAL."));
				}
				else if (state.status() == MemberStatus.PROBATIONARY && !PROBATIONARY_DISCIPLINE_FORMS.contains(event.detail())) {
					errors.add(new FieldProblem("detail", "R-DIS-1",
							"Đảng viên dự bị chỉ bị kỷ luật khiển trách hoặc cảnh cáo."));
				}
			}
			case EXEMPTED -> {
				if (state.exempted()) {
					errors.add(new FieldProblem("event", "R-EXM-1", "Đảng viên đang được miễn công tác và sinh hoạt đảng."));
				}
			}
			case EXEMPTION_ENDED -> {
				if (!state.exempted()) {
					errors.add(new FieldProblem("event", "R-EXM-1", "Đảng viên không đang được miễn công tác và sinh hoạt đảng."));
				}
			}
			case BADGE_AWARDED -> {
				if (event.detail() == null || !BADGE_YEARS.contains(event.detail())) {
					errors.add(new FieldProblem("detail", "R-BADGE-1", "Huy hiệu phải là 30, 40, 45, 50, …, 90 năm tuổi Đảng."));
				}
			}
			case ASSESSED -> {
				if (event.detail() == null || !GRADES.contains(event.detail())) {
					errors.add(new FieldProblem("detail", "R-ASM-1",
							"Xếp loại phải là EXCELLENT, GOOD, COMPLETED hoặc NOT_COMPLETED."));
				}
				if (!MonthDay.from(event.effectiveOn()).equals(MonthDay.of(12, 31))) {
					errors.add(new FieldProblem("effective_on", "R-ASM-1", "Kết quả xếp loại ghi vào ngày 31/12 của năm đánh giá."));
				}
			}
			default -> {
				// removal, exit, expulsion, death, non-recognition: the lifecycle order is the rule
			}
		}
	}

	private static void requireOrganization(LedgerEvent event, BiPredicate<String, LocalDate> organizationExists,
			List<FieldProblem> errors) {
		if (event.orgCode() == null) {
			errors.add(new FieldProblem("org_code", "LIFECYCLE", "Cần mã tổ chức đảng."));
		}
		else if (!organizationExists.test(event.orgCode(), event.effectiveOn())) {
			errors.add(new FieldProblem("org_code", "LIFECYCLE", "Tổ chức " + event.orgCode() + " không tồn tại vào ngày "
					+ Dates.format(event.effectiveOn()) + "."));
		}
	}

	private static void checkAdmission(MemberFile file, MemberLedger before, LedgerEvent event, List<FieldProblem> errors,
			List<FieldProblem> rules) {
		LocalDate decided = event.decisionDateOrEffective();
		if (event.decisionDate() != null && event.effectiveOn().isBefore(event.decisionDate())) {
			errors.add(new FieldProblem("effective_on", "R-ADM-3", "Lễ kết nạp không thể trước ngày quyết định."));
		}
		if (file.birthDate() != null) {
			if (AdmissionRules.ageInMonths(file.birthDate(), decided) < 16 * 12) {
				errors.add(new FieldProblem("decision_date", "R-ADM-1", "Không thể kết nạp người chưa đủ 16 tuổi."));
			}
			else {
				AdmissionRules.checkAdmissionAge(file.birthDate(), decided, PROVINCIAL_CONSENT.equals(event.detail()))
					.ifPresent(v -> rules.add(new FieldProblem("decision_date", v.ruleId(), v.message())));
			}
		}
		if (event.decisionDate() != null
				&& event.effectiveOn().isAfter(WorkingDays.plus(event.decisionDate(), CEREMONY_WORKING_DAYS))) {
			rules.add(new FieldProblem("effective_on", "R-ADM-3",
					"Lễ kết nạp phải tổ chức trong 30 ngày làm việc kể từ ngày quyết định (hạn "
							+ Dates.format(WorkingDays.plus(event.decisionDate(), CEREMONY_WORKING_DAYS)) + ")."));
		}
		if (event.type() == MemberEventType.READMITTED) {
			LocalDate left = lastExit(before);
			if (left != null && ChronoUnit.MONTHS.between(left, decided) < READMISSION_MONTHS) {
				rules.add(new FieldProblem("decision_date", "R-READ-1",
						"Chỉ kết nạp lại khi đã ra khỏi Đảng ít nhất 36 tháng (ra khỏi Đảng ngày " + Dates.format(left) + ")."));
			}
			if (before.events().stream().anyMatch(e -> e.type() == MemberEventType.READMITTED)) {
				rules.add(new FieldProblem("event", "R-READ-1", "Chỉ được kết nạp lại một lần."));
			}
		}
	}

	static LocalDate lastCeremony(MemberLedger ledger) {
		LocalDate ceremony = null;
		for (LedgerEvent e : ledger.events()) {
			if (e.type() == MemberEventType.ADMITTED || e.type() == MemberEventType.READMITTED) {
				ceremony = e.effectiveOn();
			}
		}
		return ceremony;
	}

	static LocalDate lastExit(MemberLedger ledger) {
		LocalDate exit = null;
		for (LedgerEvent e : ledger.events()) {
			if (e.type().endsMembership() && e.type() != MemberEventType.DIED) {
				exit = e.effectiveOn();
			}
		}
		return exit;
	}

}
