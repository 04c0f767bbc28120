package vn.dangvu.commendation.web;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.dangvu.commendation.CommendationForm;
import vn.dangvu.commendation.CommendationNotFoundException;
import vn.dangvu.commendation.CommendationPage;
import vn.dangvu.commendation.CommendationQuery;
import vn.dangvu.commendation.CommendationRegister;
import vn.dangvu.commendation.CommendationRejectedException;
import vn.dangvu.commendation.CommendationRow;
import vn.dangvu.commendation.CommendationSort;
import vn.dangvu.commendation.CommendationView;
import vn.dangvu.commendation.Commendations;
import vn.dangvu.commendation.RecipientKind;
import vn.dangvu.common.time.Dates;
import vn.dangvu.common.web.CallerScope;
import vn.dangvu.common.web.Pagination;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;

/**
 * The register of commendations: the list of a subtree for a year (collectives and individuals attributed by the
 * organization they belonged to on the decision date) and its Excel export; the form that records a decision; a
 * decision's page and its voiding. Every request names the organization ({@code org}) whose subtree it reads or writes,
 * which the access guard scopes; a decision is shown only from a subtree it concerns, and voided only by whoever may
 * change the organization that recorded it.
 */
@Controller
class CommendationController {

	static final int PAGE_SIZE = 50;

	private final Commendations commendations;

	private final CommendationRegister register;

	private final Organizations organizations;

	private final CommendationWorkbook workbook;

	private final CallerScope scope;

	CommendationController(Commendations commendations, CommendationRegister register, Organizations organizations,
			CommendationWorkbook workbook, CallerScope scope) {
		this.commendations = commendations;
		this.register = register;
		this.organizations = organizations;
		this.workbook = workbook;
		this.scope = scope;
	}

	@GetMapping("/commendations")
	String list(@RequestParam(required = false) String org, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) RecipientKind kind, @RequestParam(required = false) CommendationSort sort,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int y = year == null ? LocalDate.now().getYear() : year;
		LocalDate yearEnd = LocalDate.of(y, 12, 31);
		String code = orDefault(org);
		model.addAttribute("year", y);
		model.addAttribute("kind", kind);
		model.addAttribute("sort", sort == null ? CommendationSort.NAME : sort);
		model.addAttribute("kinds", RecipientKind.values());
		model.addAttribute("sorts", CommendationSort.values());
		model.addAttribute("mayRecord", code != null && scope.mayWriteOrganization(code));
		if (code == null) {
			model.addAttribute("orgCode", org);
			return "commendation/list";
		}
		Optional<OrganizationView> organization = organizations.findLatest(code, yearEnd);
		model.addAttribute("orgCode", code);
		model.addAttribute("organization", organization.orElse(null));
		model.addAttribute("breadcrumbs", organization.isPresent() ? organizations.path(code, yearEnd) : List.of());
		CommendationPage rows = register.list(new CommendationQuery(code, y, kind, sort, page, PAGE_SIZE));
		model.addAttribute("page", rows);
		model.addAttribute("orgNames", names(rows.items()));
		model.addAttribute("tally", rows.tally());
		model.addAttribute("pagination", Pagination.of(rows.total(), rows.page(), rows.size(),
				p -> link("/commendations", code, y, kind, sort).queryParam("page", p).build().toUriString()));
		model.addAttribute("exportLink", link("/commendations/export.xlsx", code, y, kind, sort).build().toUriString());
		return "commendation/list";
	}

	/** Every row of the list, however many pages it has. */
	@GetMapping("/commendations/export.xlsx")
	void export(@RequestParam String org, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) RecipientKind kind, @RequestParam(required = false) CommendationSort sort,
			Principal user, Locale locale, HttpServletResponse response) throws IOException {
		int y = year == null ? LocalDate.now().getYear() : year;
		if (!organizations.exists(org)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<CommendationRow> rows = register.all(org, y, kind, sort);
		String name = "khen-thuong-" + org.replaceAll("[^A-Za-z0-9._-]", "") + "-" + y + ".xlsx";
		response.setContentType(CommendationWorkbook.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		String orgName = organizations.findLatest(org, LocalDate.of(y, 12, 31)).map(OrganizationView::name).orElse(org);
		workbook.write(orgName + " (" + org + ")", y, rows, names(rows), user.getName(), locale,
				response.getOutputStream());
	}

	@GetMapping("/commendations/new")
	String form(@RequestParam(required = false) String org, Model model) {
		CommendationEntry entry = new CommendationEntry();
		entry.setOrg(org);
		return form(entry, model);
	}

	private String form(CommendationEntry entry, Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("forms", CommendationForm.values());
		if (entry.getOrg() != null) {
			model.addAttribute("breadcrumbs", organizations.path(entry.getOrg(), LocalDate.now()));
		}
		return "commendation/form";
	}

	@PostMapping("/commendations")
	String record(@ModelAttribute("entry") CommendationEntry entry, BindingResult result, Principal user, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (entry.getDecisionNo() == null || entry.getDecisionNo().isBlank()) {
			result.rejectValue("decisionNo", "required", "Cần ghi số quyết định (ví dụ 125-QĐ/TU).");
		}
		if (Dates.parse(entry.getDecisionDate()).isEmpty()) {
			result.rejectValue("decisionDate", "required", "Cần ghi ngày quyết định (ngày/tháng/năm).");
		}
		if (result.hasErrors()) {
			return form(entry, model);
		}
		try {
			long id = commendations.record(entry.toCommand(), user.getName());
			redirect.addFlashAttribute("done", true);
			return "redirect:" + UriComponentsBuilder.fromPath("/commendations/{id}")
				.queryParam("org", "{org}")
				.encode()
				.buildAndExpand(id, entry.getOrg().strip())
				.toUriString();
		}
		catch (CommendationRejectedException ex) {
			result.rejectValue(ex.field(), "rejected", ex.describe());
			return form(entry, model);
		}
	}

	@GetMapping("/commendations/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) String org, Model model) {
		CommendationView c = visible(id, org);
		model.addAttribute("c", c);
		model.addAttribute("orgCode", org);
		model.addAttribute("orgNames", recipientOrgNames(c));
		model.addAttribute("recordedBy", organizations.findLatest(c.orgCode(), c.decision().date())
			.map(OrganizationView::name)
			.orElse(c.orgCode()));
		model.addAttribute("mayVoid", !c.voided() && scope.mayWriteOrganization(c.orgCode()));
		model.addAttribute("breadcrumbs", organizations.path(c.orgCode(), c.decision().date()));
		return "commendation/decision";
	}

	@PostMapping("/commendations/{id}/void")
	String voidDecision(@PathVariable long id, @RequestParam(required = false) String org,
			@RequestParam(required = false) String reason, Principal user, RedirectAttributes redirect) {
		CommendationView c = visible(id, org);
		if (!scope.mayWriteOrganization(c.orgCode())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		try {
			commendations.voidCommendation(id, reason, user.getName());
			redirect.addFlashAttribute("voided", true);
		}
		catch (CommendationRejectedException ex) {
			redirect.addFlashAttribute("errors", List.of(ex.describe()));
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/commendations/{id}")
			.queryParam("org", "{org}")
			.encode()
			.buildAndExpand(id, org == null ? c.orgCode() : org)
			.toUriString();
	}

	/** The decision, when it concerns the subtree named (anyone but an administrator names one: the guard sees to it). */
	private CommendationView visible(long id, String org) {
		CommendationView c = register.find(id);
		if (org != null && !org.isBlank() && !register.concerns(c, org.strip())) {
			throw CommendationNotFoundException.forId(id);
		}
		if ((org == null || org.isBlank()) && !scope.unrestricted()) {
			throw CommendationNotFoundException.forId(id);
		}
		return c;
	}

	private Map<String, String> recipientOrgNames(CommendationView c) {
		Map<String, String> names = new LinkedHashMap<>();
		c.recipients().forEach(r -> names.computeIfAbsent(r.orgCode(), k -> organizations
			.findLatest(k, c.decision().date())
			.map(OrganizationView::name)
			.orElse(k)));
		return names;
	}

	/** The names of the recipients' organizations as they stood on each decision date. */
	private Map<String, String> names(List<CommendationRow> rows) {
		Map<String, String> names = new LinkedHashMap<>();
		rows.forEach(r -> names.computeIfAbsent(r.recipient().orgCode() + "@" + r.decisionDate(),
				k -> organizations.findLatest(r.recipient().orgCode(), r.decisionDate())
					.map(OrganizationView::name)
					.orElse(r.recipient().orgCode())));
		return names;
	}

	private static UriComponentsBuilder link(String path, String org, int year, RecipientKind kind,
			CommendationSort sort) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(path).queryParam("org", org).queryParam("year", year);
		if (kind != null) {
			b.queryParam("kind", kind);
		}
		if (sort != null) {
			b.queryParam("sort", sort);
		}
		return b.encode();
	}

	/** Without an organization (an administrator: the guard redirects anyone else), the first root of the tree. */
	private String orDefault(String org) {
		if (org != null && !org.isBlank()) {
			return organizations.exists(org.strip()) ? org.strip() : null;
		}
		List<OrganizationView> roots = organizations.roots(LocalDate.now());
		return roots.isEmpty() ? null : roots.get(0).code();
	}

	@ExceptionHandler(CommendationNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model, Principal principal) {
		model.addAttribute("currentUser", principal == null ? null : principal.getName());
		return "error/404";
	}

}
