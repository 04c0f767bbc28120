package vn.dangvu.member.web;

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
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import vn.dangvu.common.web.CallerScope;
import vn.dangvu.common.web.Pagination;
import vn.dangvu.member.AgeBand;
import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberPage;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberRow;
import vn.dangvu.member.MemberSort;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.PoliticalTheory;
import vn.dangvu.member.ProfessionalLevel;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;

/**
 * The member list of a subtree as of a date, every filter in its URL; its Excel export (every matching row); and the
 * header search box's suggestions.
 */
@Controller
class MemberListController {

	/** The suggestions of the header search box. */
	static final int SEARCH_LIMIT = 10;

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final MemberRoster roster;

	private final Organizations organizations;

	private final MemberListWorkbook workbook;

	private final CallerScope scope;

	MemberListController(MemberRoster roster, Organizations organizations, MemberListWorkbook workbook,
			CallerScope scope) {
		this.roster = roster;
		this.organizations = organizations;
		this.workbook = workbook;
		this.scope = scope;
	}

	@InitBinder
	void dates(WebDataBinder binder) {
		DatesInForms.register(binder);
	}

	@GetMapping("/members")
	String list(@ModelAttribute("filter") MemberFilter filter, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		refuseUnreadable(filter, result);
		LocalDate asOf = filter.asOfOrToday();
		Optional<OrganizationView> organization = Optional.ofNullable(filter.org()).flatMap(c -> organizations.find(c, asOf));
		MemberPage page = roster.list(filter.toQuery());
		model.addAttribute("asOf", asOf);
		model.addAttribute("organization", organization.orElse(null));
		model.addAttribute("unknownOrg", filter.org() != null && organization.isEmpty() ? filter.org() : null);
		model.addAttribute("breadcrumbs", organization.isPresent() ? organizations.path(filter.org(), asOf) : List.of());
		model.addAttribute("page", page);
		model.addAttribute("orgNames", names(page.items(), asOf));
		model.addAttribute("pagination", Pagination.of(page.total(), page.page(), page.size(), filter::pageLink));
		model.addAttribute("exportLimit", workbook.mostMembers);
		choices(model);
		return htmx != null ? "member/list :: results" : "member/list";
	}

	/** Every row of the list, however many pages it has, with the organization and date in a title row. */
	@GetMapping("/members/export.xlsx")
	void export(@ModelAttribute("filter") MemberFilter filter, BindingResult result, Principal user, Locale locale,
			HttpServletResponse response) throws IOException {
		refuseUnreadable(filter, result);
		workbook.refuseTooLong(filter);
		// an ASCII file name: the organization code with anything else left out
		String org = filter.org() == null ? "" : "-" + filter.org().replaceAll("[^A-Za-z0-9._-]", "");
		String name = "danh-sach-dang-vien" + org + "-" + filter.asOfOrToday() + ".xlsx";
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		workbook.write(filter, user.getName(), locale, response.getOutputStream());
	}

	/**
	 * The header search box (htmx): up to ten members whose name, number, card or ID matches, within the caller's
	 * scope — the subtree of their organization (everything for an administrator, nothing for a member, who reads
	 * only their own file). It names no organization, so the guard cannot scope it: it asks the caller's scope
	 * itself, and answers a fragment, never a redirect. Its input is named {@code text}, not {@code q}, so as not to
	 * be confused with the search inputs of the pages under it; without htmx the box opens the member list searched
	 * for the text (which the guard scopes like every list).
	 */
	@GetMapping("/members/search")
	String search(@RequestParam(name = "text", required = false) String q,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (htmx == null) {
			return "redirect:" + UriComponentsBuilder.fromPath("/members").queryParam("q", "{q}")
				.encode()
				.buildAndExpand(q == null ? "" : q)
				.toUriString();
		}
		List<MemberRow> found = scope.unrestricted() ? roster.search(q, null, SEARCH_LIMIT)
				: scope.homeOrganization().map(org -> roster.search(q, org, SEARCH_LIMIT)).orElse(List.of());
		model.addAttribute("q", q);
		model.addAttribute("found", found);
		model.addAttribute("orgNames", names(found, LocalDate.now()));
		return "member/search :: results";
	}

	private Map<String, String> names(List<MemberRow> rows, LocalDate on) {
		OrganizationNames names = OrganizationNames.on(organizations, on);
		Map<String, String> byCode = new LinkedHashMap<>();
		rows.stream().map(MemberRow::orgCode).distinct().forEach(c -> byCode.put(c, names.name(c)));
		return byCode;
	}

	private static void choices(Model model) {
		model.addAttribute("statuses", MemberStatus.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("ageBands", AgeBand.values());
		model.addAttribute("theories", PoliticalTheory.values());
		model.addAttribute("levels", ProfessionalLevel.values());
		model.addAttribute("sorts", MemberSort.values());
		model.addAttribute("sizes", MemberFilter.SIZES);
	}

	/** A filter value no form of ours sends (an unknown status, a page that is not a number) is a bad request. */
	static void refuseUnreadable(MemberFilter filter, BindingResult result) {
		if (filter == null || result.hasErrors()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

}
