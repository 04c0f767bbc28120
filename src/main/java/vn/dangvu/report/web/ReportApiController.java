package vn.dangvu.report.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.common.web.Problems;
import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.report.SummaryReport;
import vn.dangvu.report.SummaryReports;

/** {@code GET /api/v1/reports/summary} (INTERCHANGE.md). */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

	private final SummaryReports reports;

	ReportApiController(SummaryReports reports) {
		this.reports = reports;
	}

	@GetMapping("/summary")
	SummaryReport summary(@RequestParam String org,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return reports.summary(org, from, to);
	}

	@ExceptionHandler(OrganizationNotFoundException.class)
	ProblemDetail notFound(OrganizationNotFoundException ex) {
		return Problems.organizationNotFound(ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badPeriod(IllegalArgumentException ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "invalid-period", "Kỳ báo cáo không hợp lệ", ex.getMessage());
	}

}
