package vn.dangvu.badge.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.badge.AddDisciplineVersion;
import vn.dangvu.badge.BadgeRuleRejectedException;
import vn.dangvu.badge.BadgeRuleVersions;
import vn.dangvu.badge.DisciplineWaiting;
import vn.dangvu.common.time.Dates;

/**
 * The dated versions of the badge rules (administrators): the R-BADGE-4 discipline blocks, newest first, and the form
 * that adds a version.
 */
@Controller
class BadgeRuleController {

	private final BadgeRuleVersions rules;

	private final MessageSource messages;

	BadgeRuleController(BadgeRuleVersions rules, MessageSource messages) {
		this.rules = rules;
		this.messages = messages;
	}

	@GetMapping("/badges/rules")
	String rules(Model model) {
		List<DisciplineWaiting> versions = rules.discipline().versions();
		model.addAttribute("discipline", versions.reversed());
		model.addAttribute("forms", DisciplineWaiting.FORMS);
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("inForce", rules.discipline().inForceOn(LocalDate.now()));
		return "badge/rules";
	}

	@PostMapping("/badges/rules/discipline")
	String addDiscipline(@RequestParam(required = false) String validFrom, @RequestParam(required = false) String source,
			@RequestParam(required = false) String reprimandMonths, @RequestParam(required = false) String warningMonths,
			@RequestParam(required = false) String dismissalMonths, Principal user, Locale locale,
			RedirectAttributes redirect) {
		try {
			DisciplineWaiting added = rules.add(new AddDisciplineVersion(Dates.parse(validFrom).orElse(null), source,
					months(reprimandMonths, "reprimandMonths"), months(warningMonths, "warningMonths"),
					months(dismissalMonths, "dismissalMonths")), user.getName());
			redirect.addFlashAttribute("done", messages.getMessage("badge.rules.added",
					new Object[] { added.source(), Dates.format(added.from()) }, locale));
		}
		catch (BadgeRuleRejectedException ex) {
			redirect.addFlashAttribute("errors", List.of(ex.describe()));
			redirect.addFlashAttribute("errorField", ex.field());
			redirect.addFlashAttribute("form", new AddDisciplineForm(validFrom, source, reprimandMonths, warningMonths,
					dismissalMonths));
			return "redirect:/badges/rules#add";
		}
		return "redirect:/badges/rules";
	}

	/** A month count as entered: empty for "does not block", else a whole number. */
	private static Integer months(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw BadgeRuleRejectedException.because(field, "R-BADGE-4",
					"Số tháng chờ là một số nguyên (ví dụ 6); để trống nếu hình thức này không ngăn xét tặng.");
		}
	}

	/** The form as entered, shown again with the refusal. */
	record AddDisciplineForm(String validFrom, String source, String reprimandMonths, String warningMonths,
			String dismissalMonths) {
	}

}
