package vn.dangvu.badge.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.badge.BadgeEligibility;
import vn.dangvu.badge.BadgeEligibilityList;
import vn.dangvu.common.web.Problems;
import vn.dangvu.organization.OrganizationNotFoundException;

/** {@code GET /api/v1/badges/eligible} (INTERCHANGE.md). */
@RestController
class BadgeApiController {

	private final BadgeEligibility eligibility;

	BadgeApiController(BadgeEligibility eligibility) {
		this.eligibility = eligibility;
	}

	@GetMapping("/api/v1/badges/eligible")
	BadgeEligibilityList eligible(@RequestParam String org,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate awardDate) {
		return eligibility.eligible(org, awardDate);
	}

	@ExceptionHandler(OrganizationNotFoundException.class)
	ProblemDetail notFound(OrganizationNotFoundException ex) {
		return Problems.organizationNotFound(ex.getMessage());
	}

}
