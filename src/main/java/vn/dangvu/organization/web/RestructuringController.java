package vn.dangvu.organization.web;

import java.beans.PropertyEditorSupport;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.dangvu.common.time.Dates;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.RestructuringOperation;
import vn.dangvu.organization.RestructuringPreview;
import vn.dangvu.organization.RestructuringRefusedException;
import vn.dangvu.organization.Restructurings;

/**
 * Recording a restructuring: one form for every operation, then a preview of what will change (nothing is written),
 * then the confirmation that applies it and shows the organization with a message saying what was done.
 */
@Controller
@RequestMapping("/restructurings")
class RestructuringController {

	/** The domain names some inputs differently from the form (its commands' component names). */
	private static final Map<String, String> DOMAIN_FIELDS = Map.of("newParentCode", "parentCode", "newName", "name",
			"newType", "type", "childAssignment", "assignment");

	private final Restructurings restructurings;

	private final Organizations organizations;

	private final SmartValidator validator;

	private final MessageSource messages;

	RestructuringController(Restructurings restructurings, Organizations organizations, SmartValidator validator,
			MessageSource messages) {
		this.restructurings = restructurings;
		this.organizations = organizations;
		this.validator = validator;
		this.messages = messages;
	}

	/** Dates as {@code <input type=date>} sends them, or typed the Vietnamese way; anything else is no date. */
	@InitBinder("form")
	void dates(WebDataBinder binder) {
		binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(Dates.parse(text).orElse(null));
			}

			@Override
			public String getAsText() {
				return getValue() == null ? "" : getValue().toString();
			}
		});
	}

	@ModelAttribute("operations")
	RestructuringOperation[] operations() {
		return RestructuringOperation.values();
	}

	@ModelAttribute("types")
	OrganizationType[] types() {
		return OrganizationType.values();
	}

	@ModelAttribute("fields")
	OrganizationField[] fields() {
		return OrganizationField.values();
	}

	/** The form, started from an organization ({@code code}) when the officer came from its page. */
	@GetMapping("/new")
	String form(@RequestParam(defaultValue = "ESTABLISH") RestructuringOperation operation,
			@RequestParam(required = false) String code, Model model) {
		RestructuringForm form = RestructuringForm.startingFrom(operation, code);
		model.addAttribute("form", form);
		return showForm(form, model);
	}

	/** Back from the preview to the form, with everything as entered. */
	@PostMapping("/edit")
	String edit(@ModelAttribute("form") RestructuringForm form, BindingResult result, Model model) {
		return showForm(bound(form, result), model);
	}

	@PostMapping("/preview")
	String preview(@ModelAttribute("form") RestructuringForm form, BindingResult result, Model model, Locale locale) {
		if (!validate(bound(form, result), result)) {
			return showForm(form, model);
		}
		String summary = messages.getMessage(RestructuringSummary.of(form, organizations), locale);
		RestructuringPreview preview;
		try {
			preview = restructurings.preview(form.toCommand(), organizations);
		}
		catch (RestructuringRefusedException ex) {
			reject(form, result, ex);
			return showForm(form, model);
		}
		model.addAttribute("summary", summary);
		model.addAttribute("before", SubtreeTable.before(preview));
		model.addAttribute("after", SubtreeTable.after(preview));
		model.addAttribute("dayBefore", form.effectiveOn().minusDays(1));
		return "organization/restructuring-preview";
	}

	@PostMapping
	String apply(@ModelAttribute("form") RestructuringForm form, BindingResult result, Model model, Locale locale,
			Principal principal, RedirectAttributes redirect) {
		if (!validate(bound(form, result), result)) {
			return showForm(form, model);
		}
		String summary = messages.getMessage(RestructuringSummary.of(form, organizations), locale);
		try {
			restructurings.apply(form.toCommand(), principal.getName());
		}
		catch (RestructuringRefusedException ex) {
			reject(form, result, ex);
			return showForm(form, model);
		}
		redirect.addFlashAttribute("done",
				messages.getMessage("restructuring.done", new Object[] { summary, form.decisionNo().strip() }, locale));
		return "redirect:" + UriComponentsBuilder.fromPath("/organizations/{code}")
			.queryParam("asOf", form.effectiveOn())
			.buildAndExpand(form.organizationToShow())
			.encode()
			.toUriString();
	}

	private String showForm(RestructuringForm form, Model model) {
		if (form.operation() == RestructuringOperation.SPLIT && form.code() != null && !form.code().isBlank()) {
			// the children to share out are those of the effective date (today until one is entered)
			LocalDate on = form.effectiveOn() == null ? LocalDate.now() : form.effectiveOn();
			model.addAttribute("childrenOn", on);
			model.addAttribute("children", organizations.children(form.code().strip(), on));
		}
		String from = form.startedFrom();
		if (from != null) {
			LocalDate today = LocalDate.now();
			model.addAttribute("asOf", today);
			model.addAttribute("breadcrumbs", organizations.path(from, today));
		}
		return "organization/restructuring-form";
	}

	/**
	 * The bound form, refusing one with a value that could not be converted at all: an unknown operation, type, field
	 * or row number, which only a tampered request sends (dates never fail, see {@link #dates}). Spring would leave
	 * such a form out of the model, so it could not be shown again.
	 */
	private static RestructuringForm bound(RestructuringForm form, BindingResult result) {
		if (form == null || result.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return form;
	}

	private boolean validate(RestructuringForm form, BindingResult result) {
		validator.validate(form, result, (Object[]) form.validationGroups());
		return !result.hasErrors();
	}

	/** A refusal becomes an error next to the input it concerns, or at the top of the form. */
	private static void reject(RestructuringForm form, BindingResult result, RestructuringRefusedException ex) {
		String field = ex.field() == null ? null : DOMAIN_FIELDS.getOrDefault(ex.field(), ex.field());
		if (field != null && form.shows(field)) {
			result.rejectValue(field, "refused", ex.getMessage());
		}
		else {
			result.reject("refused", ex.getMessage());
		}
	}

}
