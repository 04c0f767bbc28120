package vn.dangvu.organization.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;

/**
 * The organization tree as JSON (INTERCHANGE.md, "HTTP API"): an organization and its children as of a date, today
 * when none is given. Errors are problem details ({@link OrganizationApiAdvice}).
 */
@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationApiController {

	private final Organizations organizations;

	OrganizationApiController(Organizations organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/{code}")
	OrganizationView organization(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		LocalDate date = asOf == null ? LocalDate.now() : asOf;
		return organizations.find(code, date).orElseThrow(() -> notFound(code, date));
	}

	@GetMapping("/{code}/children")
	List<OrganizationView> children(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		LocalDate date = asOf == null ? LocalDate.now() : asOf;
		if (organizations.find(code, date).isEmpty()) {
			throw notFound(code, date);
		}
		return organizations.children(code, date);
	}

	private OrganizationNotFoundException notFound(String code, LocalDate date) {
		return organizations.exists(code) ? OrganizationNotFoundException.onDate(code, date)
				: OrganizationNotFoundException.forCode(code);
	}

}
