package vn.dangvu.assessment.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.dangvu.assessment.AssessmentEntryRow;
import vn.dangvu.assessment.AssessmentRates;
import vn.dangvu.assessment.AssessmentRejectedException;
import vn.dangvu.assessment.AssessmentRoundNotFoundException;
import vn.dangvu.assessment.AssessmentRoundView;
import vn.dangvu.assessment.AssessmentRounds;
import vn.dangvu.assessment.Grade;
import vn.dangvu.assessment.GradeInput;
import vn.dangvu.assessment.OrganizationEntryRow;
import vn.dangvu.assessment.OrganizationGradeInput;
import vn.dangvu.common.Decision;
import vn.dangvu.common.time.Dates;
import vn.dangvu.common.web.CallerScope;
import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;

/**
 * The rates of a subtree for a year beside the year before (with the R-ASM-2 warnings of the grassroots organizations
 * under it and the R-REM-1 reviews, and the organizations' own grades), and the round of a grassroots organization:
 * its list, the grade or score entered per member and per organization — one row at a time through htmx, the quota
 * and the counts redrawn with it, or the whole table without JavaScript — and its closing on a decision.
 */
@Controller
class AssessmentController {

	private final AssessmentRounds rounds;

	private final AssessmentRates rates;

	private final Organizations organizations;

	private final MessageSource messages;

	private final CallerScope caller;

	AssessmentController(AssessmentRounds rounds, AssessmentRates rates, Organizations organizations,
			MessageSource messages, CallerScope caller) {
		this.rounds = rounds;
		this.rates = rates;
		this.organizations = organizations;
		this.messages = messages;
		this.caller = caller;
	}

	@GetMapping("/assessments")
	String rates(@RequestParam(required = false) String org, @RequestParam(required = false) Integer year, Model model) {
		int y = year == null ? LocalDate.now().getYear() - 1 : year;
		LocalDate end = LocalDate.of(y, 12, 31);
		String code = org;
		if (code == null || code.isBlank()) {
			List<OrganizationView> roots = organizations.roots(end);
			if (roots.isEmpty()) {
				return "report/empty";
			}
			code = roots.get(0).code();
		}
		model.addAttribute("rates", rates.rates(code.strip(), y));
		model.addAttribute("year", y);
		model.addAttribute("asOf", end);
		model.addAttribute("breadcrumbs", organizations.path(code.strip(), end));
		return "assessment/rates";
	}

	@PostMapping("/assessments/rounds")
	String open(@RequestParam(required = false) String org, @RequestParam(required = false) Integer year,
			Principal user, RedirectAttributes redirect) {
		int y = year == null ? LocalDate.now().getYear() - 1 : year;
		try {
			long id = rounds.open(org, y, user.getName());
			return "redirect:" + roundPath(id, org.strip());
		}
		catch (AssessmentRejectedException ex) {
			redirect.addFlashAttribute("errors", List.of(ex.describe()));
			return "redirect:" + UriComponentsBuilder.fromPath("/assessments").queryParam("org", org)
				.queryParam("year", y).encode().toUriString();
		}
	}

	@GetMapping("/assessments/rounds/{id}")
	String round(@PathVariable long id, @RequestParam(required = false) String org, HttpServletRequest request,
			Model model) {
		inScope(id, org);
		show(rounds.round(id), request, model);
		return "assessment/round";
	}

	/** One member's row: htmx swaps the row and the quota; without htmx the page is shown again. */
	@PostMapping("/assessments/rounds/{id}/entries/{memberNo}")
	String gradeOne(@PathVariable long id, @PathVariable String memberNo, @RequestParam Map<String, String> form,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Principal user, Locale locale,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		String roundOrg = inScope(id, form.get("org"));
		String error = refusal(() -> rounds.grade(id, memberNo, input(form, memberNo), user.getName()), locale);
		GradeInput input = error == null ? null : readable(() -> input(form, memberNo));
		if (htmx == null) {
			return backToRound(id, roundOrg, error, redirect);
		}
		AssessmentRoundView round = rounds.round(id);
		show(round, request, model);
		AssessmentEntryRow row = round.entries().stream().filter(e -> e.memberNo().equals(memberNo)).findFirst()
			.orElse(null);
		if (row == null) {
			throw AssessmentRoundNotFoundException.forId(id);
		}
		model.addAttribute("index", round.entries().indexOf(row) + 1);
		if (error != null && input != null) {
			// the row shows what was typed, not saved, next to the reason
			row = new AssessmentEntryRow(row.memberNo(), row.fullName(), row.orgCode(), row.excluded(), input.score(),
					input.grade(), input.sick(), false, row.previousGrade(), row.disciplinedInYear());
		}
		model.addAttribute("e", row);
		model.addAttribute("rowError", error);
		model.addAttribute("oob", true);
		return "assessment/round :: row-update";
	}

	/** One organization's row (R-ASM-1): htmx swaps the row and the organizations' counts; without htmx the page. */
	@PostMapping("/assessments/rounds/{id}/organizations/{code}")
	String gradeOrganization(@PathVariable long id, @PathVariable String code, @RequestParam Map<String, String> form,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Principal user, Locale locale,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		String roundOrg = inScope(id, form.get("org"));
		String error = refusal(() -> rounds.gradeOrganization(id, code, organizationInput(form, code), user.getName()),
				locale);
		OrganizationGradeInput input = error == null ? null : readable(() -> organizationInput(form, code));
		if (htmx == null) {
			return backToRound(id, roundOrg, error, redirect);
		}
		AssessmentRoundView round = rounds.round(id);
		show(round, request, model);
		OrganizationEntryRow row = round.organizations().stream().filter(o -> o.orgCode().equals(code)).findFirst()
			.orElseThrow(() -> AssessmentRoundNotFoundException.forId(id));
		if (error != null && input != null) {
			// the row shows what was typed, not saved, next to the reason
			row = new OrganizationEntryRow(row.orgCode(), row.name(), row.type(), row.parentCode(), row.depth(),
					row.excluded(), input.score(), input.grade(), input.disciplined(), false, row.previousGrade(),
					row.memberCounts(), row.disciplinedMembers());
		}
		model.addAttribute("o", row);
		model.addAttribute("rowError", error);
		model.addAttribute("oob", true);
		return "assessment/round :: org-row-update";
	}

	/** The whole table at once (the form's own submit, without JavaScript). */
	@PostMapping("/assessments/rounds/{id}/entries")
	String gradeAll(@PathVariable long id, @RequestParam Map<String, String> form, Principal user, Locale locale,
			RedirectAttributes redirect) {
		String roundOrg = inScope(id, form.get("org"));
		AssessmentRoundView round = rounds.round(id);
		List<String> errors = new ArrayList<>();
		AtomicInteger saved = new AtomicInteger();
		for (AssessmentEntryRow e : round.entries()) {
			if (!e.assessed() || !entered(form, e.memberNo())) {
				continue;
			}
			String error = refusal(() -> {
				GradeInput input = input(form, e.memberNo());
				if (input.grade() != e.grade() || input.sick() != e.sick() || !sameScore(input.score(), e.score())) {
					rounds.grade(id, e.memberNo(), input, user.getName());
					saved.incrementAndGet();
				}
			}, locale);
			if (error != null) {
				errors.add(e.fullName() + ": " + error);
			}
		}
		for (OrganizationEntryRow o : round.organizations()) {
			if (!o.assessed() || !organizationEntered(form, o.orgCode())) {
				continue;
			}
			String error = refusal(() -> {
				OrganizationGradeInput input = organizationInput(form, o.orgCode());
				if (input.grade() != o.grade() || input.disciplined() != o.disciplined()
						|| !sameScore(input.score(), o.score())) {
					rounds.gradeOrganization(id, o.orgCode(), input, user.getName());
					saved.incrementAndGet();
				}
			}, locale);
			if (error != null) {
				errors.add(o.name() + ": " + error);
			}
		}
		redirect.addFlashAttribute("done", messages.getMessage("assessment.saved", new Object[] { saved.get() }, locale));
		redirect.addFlashAttribute("errors", errors);
		return "redirect:" + roundPath(id, roundOrg);
	}

	/**
	 * Runs one line's change; answers null when it went through, else why not in the user's words: the rule's
	 * refusal, or a score that cannot be read.
	 */
	private String refusal(Runnable change, Locale locale) {
		try {
			change.run();
			return null;
		}
		catch (AssessmentRejectedException ex) {
			return ex.describe();
		}
		catch (IllegalArgumentException ex) {
			return messages.getMessage("assessment.score.invalid", null, locale);
		}
	}

	/** What was typed, to show it again beside the refusal; null when it cannot be read. */
	private static <T> T readable(Supplier<T> typed) {
		try {
			return typed.get();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean sameScore(BigDecimal typed, BigDecimal stored) {
		return typed == null ? stored == null : stored != null && typed.compareTo(stored) == 0;
	}

	/** Without htmx: back to the round's page, with the refusal if there was one. */
	private String backToRound(long id, String roundOrg, String error, RedirectAttributes redirect) {
		if (error != null) {
			redirect.addFlashAttribute("errors", List.of(error));
		}
		return "redirect:" + roundPath(id, roundOrg);
	}

	@PostMapping("/assessments/rounds/{id}/close")
	String close(@PathVariable long id, @RequestParam(required = false) String decisionNo,
			@RequestParam(required = false) String decisionDate, @RequestParam(required = false) String decisionIssuer,
			@RequestParam(required = false) String org, Principal user, Locale locale, RedirectAttributes redirect) {
		String roundOrg = inScope(id, org);
		LocalDate date = Dates.parse(decisionDate).orElse(null);
		if (decisionNo == null || decisionNo.isBlank() || date == null) {
			redirect.addFlashAttribute("closeErrors", List.of(messages.getMessage("assessment.close.decisionNeeded", null, locale)));
			return "redirect:" + roundPath(id, roundOrg) + "#close";
		}
		try {
			int written = rounds.close(id, new Decision(decisionNo, date, decisionIssuer), user.getName());
			long organizationsGraded = rounds.round(id).organizationCounts().assessed();
			redirect.addFlashAttribute("done",
					messages.getMessage("assessment.closed", new Object[] { written, organizationsGraded }, locale));
		}
		catch (AssessmentRejectedException ex) {
			redirect.addFlashAttribute("closeErrors", List.of(ex.describe()));
			return "redirect:" + roundPath(id, roundOrg) + "#close";
		}
		return "redirect:" + roundPath(id, roundOrg);
	}

	/**
	 * The round's grassroots organization, when it is the organization the request names ({@code org}, which the scope
	 * guard has checked against the caller's scope) or one under it today; an administrator may name none. Anything
	 * else is not found, as a round outside the scope.
	 */
	private String inScope(long id, String org) {
		String roundOrg = rounds.organizationOf(id).orElseThrow(() -> AssessmentRoundNotFoundException.forId(id));
		boolean allowed = org == null || org.isBlank() ? caller.unrestricted()
				: org.strip().equals(roundOrg) || organizations.isInSubtree(org.strip(), roundOrg, LocalDate.now());
		if (!allowed) {
			throw AssessmentRoundNotFoundException.forId(id);
		}
		return roundOrg;
	}

	/** A round's address, naming its organization for the scope guard. */
	static String roundPath(long id, String orgCode) {
		return UriComponentsBuilder.fromPath("/assessments/rounds/{id}").queryParam("org", orgCode).encode()
			.buildAndExpand(id).toUriString();
	}

	private void show(AssessmentRoundView round, HttpServletRequest request, Model model) {
		LocalDate end = LocalDate.of(round.year(), 12, 31);
		model.addAttribute("links", new RowLinks(request.getContextPath(), round.id(), round.orgCode()));
		model.addAttribute("round", round);
		model.addAttribute("grades", Grade.values());
		model.addAttribute("asOf", end);
		model.addAttribute("breadcrumbs", organizations.path(round.orgCode(), end));
	}

	private static boolean entered(Map<String, String> form, String memberNo) {
		return form.containsKey("grade-" + memberNo) || form.containsKey("score-" + memberNo);
	}

	private static boolean organizationEntered(Map<String, String> form, String orgCode) {
		return form.containsKey("org-grade-" + orgCode) || form.containsKey("org-score-" + orgCode);
	}

	/** The inputs of one organization's row: {@code org-grade-CODE}, {@code org-score-CODE}, {@code org-disciplined-CODE}. */
	static OrganizationGradeInput organizationInput(Map<String, String> form, String orgCode) {
		GradeInput read = read(form.get("org-grade-" + orgCode), form.get("org-score-" + orgCode),
				form.get("org-disciplined-" + orgCode));
		return new OrganizationGradeInput(read.grade(), read.score(), read.sick());
	}

	/** The inputs of one member's row: {@code grade-NO}, {@code score-NO} (a comma is read as the decimal mark), {@code sick-NO}. */
	static GradeInput input(Map<String, String> form, String memberNo) {
		return read(form.get("grade-" + memberNo), form.get("score-" + memberNo), form.get("sick-" + memberNo));
	}

	/** A grade, a score (a comma is read as the decimal mark) and a checkbox, as typed. */
	private static GradeInput read(String grade, String score, String checked) {
		Grade g = grade == null || grade.isBlank() ? null : Grade.valueOf(grade);
		BigDecimal s = score == null || score.isBlank() ? null : new BigDecimal(score.strip().replace(',', '.'));
		return new GradeInput(g, s, "true".equals(checked));
	}

	@ExceptionHandler({ AssessmentRoundNotFoundException.class, OrganizationNotFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(RuntimeException ex, Model model, Principal principal) {
		model.addAttribute("currentUser", principal == null ? null : principal.getName());
		return "error/404";
	}

}
