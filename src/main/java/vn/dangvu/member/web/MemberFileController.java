package vn.dangvu.member.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.common.text.Masking;
import vn.dangvu.common.web.CallerScope;
import vn.dangvu.member.FieldProblem;
import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.MemberNotFoundException;
import vn.dangvu.member.MemberRejectedException;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.Members;
import vn.dangvu.member.PoliticalTheory;
import vn.dangvu.member.ProfessionalLevel;

/**
 * Opening a member file — with its admission, which everyone but an administrator must give, in an organization of
 * their scope (the guard refuses one outside it) — and correcting one. Other events are recorded on the member's
 * page.
 */
@Controller
class MemberFileController {

	private final Members members;

	private final MemberRoster roster;

	private final SmartValidator validator;

	private final MessageSource messages;

	private final CallerScope scope;

	MemberFileController(Members members, MemberRoster roster, SmartValidator validator, MessageSource messages,
			CallerScope scope) {
		this.members = members;
		this.roster = roster;
		this.validator = validator;
		this.messages = messages;
		this.scope = scope;
	}

	@InitBinder("form")
	void dates(WebDataBinder binder) {
		DatesInForms.register(binder);
	}

	@ModelAttribute("genders")
	Gender[] genders() {
		return Gender.values();
	}

	@ModelAttribute("levels")
	ProfessionalLevel[] levels() {
		return ProfessionalLevel.values();
	}

	@ModelAttribute("theories")
	PoliticalTheory[] theories() {
		return PoliticalTheory.values();
	}

	/** The empty form; admitting into {@code orgCode} when given, else into the caller's own organization. */
	@GetMapping("/members/new")
	String newFile(@RequestParam(required = false) String orgCode, Model model) {
		String admitting = orgCode == null || orgCode.isBlank() ? scope.homeOrganization().orElse(null) : orgCode.strip();
		model.addAttribute("form", MemberFileForm.blank(admitting));
		return "member/file-form";
	}

	@PostMapping("/members/new")
	String register(@ModelAttribute("form") MemberFileForm form, BindingResult result, Principal principal,
			Locale locale, RedirectAttributes redirect) {
		if (!valid(form, result)) {
			return "member/file-form";
		}
		boolean admission = form.hasAdmission() || !scope.unrestricted();
		if (admission && (form.orgCode() == null || form.orgCode().isBlank())) {
			// a file without an organization would be in nobody's scope but an administrator's
			result.rejectValue("orgCode", "member.file.admission.orgRequired");
		}
		if (admission && form.admittedOn() == null) {
			result.rejectValue("admittedOn", "member.file.admission.dateRequired");
		}
		if (result.hasErrors()) {
			return "member/file-form";
		}
		MemberFile file = form.toFile();
		try {
			if (admission) {
				Members.Recorded recorded = members.registerAdmitted(file, form.toAdmission(), principal.getName());
				redirect.addFlashAttribute("warnings",
						recorded.warnings().stream().map(FieldProblem::describe).toList());
			}
			else {
				members.register(file);
			}
		}
		catch (MemberRejectedException ex) {
			RejectedInputs.bind(ex.problems(), result, MemberFileForm::inputOf);
			return "member/file-form";
		}
		redirect.addFlashAttribute("done", messages.getMessage(admission ? "member.file.registeredAdmitted"
				: "member.file.registered", new Object[] { file.memberNo(), file.fullName(), form.orgCode() }, locale));
		return MemberPageRedirects.pageWithEventForm(file.memberNo());
	}

	@GetMapping("/members/{memberNo}/edit")
	String editFile(@PathVariable String memberNo, Model model) {
		MemberFile file = recorded(memberNo);
		model.addAttribute("form", MemberFileForm.of(file));
		return editing(file, model);
	}

	@PostMapping("/members/{memberNo}/edit")
	String correct(@PathVariable String memberNo, @ModelAttribute("form") MemberFileForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		MemberFile recorded = recorded(memberNo);
		if (!valid(form, result)) {
			return editing(recorded, model);
		}
		MemberFile file = form.toCorrection(memberNo, recorded.nationalId());
		try {
			members.correct(file);
		}
		catch (MemberRejectedException ex) {
			RejectedInputs.bind(ex.problems(), result, MemberFileForm::inputOf);
			return editing(recorded, model);
		}
		redirect.addFlashAttribute("done", messages.getMessage("member.file.corrected",
				new Object[] { file.memberNo(), file.fullName() }, locale));
		return MemberPageRedirects.page(memberNo);
	}

	private String editing(MemberFile recorded, Model model) {
		model.addAttribute("editing", recorded.memberNo());
		model.addAttribute("recordedNationalId", Masking.nationalId(recorded.nationalId()));
		return "member/file-form";
	}

	private MemberFile recorded(String memberNo) {
		return roster.find(memberNo, LocalDate.now())
			.orElseThrow(() -> MemberNotFoundException.forNumber(memberNo))
			.file();
	}

	/** Sizes are checked here; a value no form of ours sends (an unknown gender) is a bad request. */
	private boolean valid(MemberFileForm form, BindingResult result) {
		if (form == null || result.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		validator.validate(form, result);
		return !result.hasErrors();
	}

}
