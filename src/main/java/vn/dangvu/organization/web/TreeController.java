package vn.dangvu.organization.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.organization.OrganizationNode;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;

/**
 * The tree browser: the roots of the tree on a date, each node expanded on demand (htmx), a search by name that
 * ignores diacritics, and the children of each node counted by type.
 */
@Controller
class TreeController {

	static final int SEARCH_LIMIT = 200;

	private final Organizations organizations;

	TreeController(Organizations organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/organizations";
	}

	/**
	 * The tree from its roots, or from one organization ({@code org}: a user's scope starts there); the search looks
	 * in the same part of the tree.
	 */
	@GetMapping("/organizations")
	String tree(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String q, @RequestParam(required = false) String org, Model model) {
		LocalDate date = asOf == null ? LocalDate.now() : asOf;
		String within = org == null || org.isBlank() ? null : org.strip();
		model.addAttribute("asOf", date);
		model.addAttribute("q", q);
		model.addAttribute("org", within);
		if (q != null && !q.isBlank()) {
			List<OrganizationNode> found = organizations
				.withChildCounts(organizations.search(q, date, within, SEARCH_LIMIT), date);
			model.addAttribute("found", found);
		}
		else {
			List<OrganizationView> roots = within == null ? organizations.roots(date)
					: organizations.find(within, date).map(List::of).orElse(List.of());
			model.addAttribute("nodes", organizations.withChildCounts(roots, date));
		}
		return "organization/tree";
	}

	/** The children of one node, as the fragment htmx puts under it. */
	@GetMapping("/organizations/{code}/children")
	String children(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		LocalDate date = asOf == null ? LocalDate.now() : asOf;
		model.addAttribute("asOf", date);
		model.addAttribute("nodes", organizations.withChildCounts(organizations.children(code, date), date));
		return "organization/tree :: nodes";
	}

}
