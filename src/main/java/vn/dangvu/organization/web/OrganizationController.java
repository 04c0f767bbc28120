package vn.dangvu.organization.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.RestructuringOperation;

/**
 * The page of one organization as of a date: its details, children, history, lineage and the decisions that concerned
 * it, with links to record a restructuring of it. An organization that existed, but not on the date, is shown as of
 * its first or last day with a notice.
 */
@Controller
class OrganizationController {

	private final Organizations organizations;

	private final MembershipWarnings membershipWarnings;

	OrganizationController(Organizations organizations, MembershipWarnings membershipWarnings) {
		this.organizations = organizations;
		this.membershipWarnings = membershipWarnings;
	}

	@GetMapping("/organizations/{code}")
	String organization(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model,
			HttpServletResponse response) {
		LocalDate requested = asOf == null ? LocalDate.now() : asOf;
		Optional<OrganizationView> found = organizations.findLatest(code, requested);
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("missingCode", code);
			return "error/404";
		}
		OrganizationView organization = found.get();
		LocalDate shownOn = shownOn(organization, requested);
		List<OrganizationView> path = organizations.path(code, shownOn);
		var counts = membershipWarnings.counts(organization, shownOn);
		model.addAttribute("organization", organization);
		model.addAttribute("requestedOn", requested);
		model.addAttribute("asOf", shownOn);
		model.addAttribute("existsOnRequestedDay", shownOn.equals(requested));
		model.addAttribute("breadcrumbs", path);
		model.addAttribute("parent", path.size() > 1 ? path.get(path.size() - 2) : null);
		model.addAttribute("children",
				organizations.withChildCounts(organizations.children(code, shownOn), shownOn));
		model.addAttribute("history", organizations.history(code));
		model.addAttribute("predecessors", organizations.predecessors(code));
		model.addAttribute("successors", organizations.successors(code));
		model.addAttribute("decisions", organizations.decisions(code));
		model.addAttribute("memberCounts", counts.orElse(null));
		model.addAttribute("warnings", membershipWarnings.warnings(organization, counts));
		model.addAttribute("operations", RestructuringOperation.values());
		return "organization/organization";
	}

	/** The requested date, or the organization's first or last day when it did not exist then. */
	private static LocalDate shownOn(OrganizationView organization, LocalDate requested) {
		if (requested.isBefore(organization.establishedOn())) {
			return organization.establishedOn();
		}
		if (organization.endedOn() != null && !requested.isBefore(organization.endedOn())) {
			return organization.endedOn().minusDays(1);
		}
		return requested;
	}

}
