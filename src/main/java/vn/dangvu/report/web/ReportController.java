package vn.dangvu.report.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;
import vn.dangvu.report.StatisticsTables;
import vn.dangvu.report.SummaryReport;
import vn.dangvu.report.SummaryReports;

/**
 * The year-end summary of a subtree (with the year before beside it) and the basic statistics table as of a date.
 * Without {@code org}, the first root of the tree.
 */
@Controller
class ReportController {

	private final SummaryReports summaries;

	private final StatisticsTables statistics;

	private final Organizations organizations;

	ReportController(SummaryReports summaries, StatisticsTables statistics, Organizations organizations) {
		this.summaries = summaries;
		this.statistics = statistics;
		this.organizations = organizations;
	}

	@GetMapping("/reports/summary")
	String summary(@RequestParam(required = false) String org, @RequestParam(required = false) Integer year,
			Model model) {
		int y = year == null ? LocalDate.now().getYear() - 1 : year;
		LocalDate to = LocalDate.of(y, 12, 31);
		String code = orDefault(org, to);
		if (code == null) {
			return "report/empty";
		}
		SummaryReport current = summaries.summary(code, LocalDate.of(y, 1, 1), to);
		SummaryReport previous = summaries.summary(code, LocalDate.of(y - 1, 1, 1), LocalDate.of(y - 1, 12, 31));
		model.addAttribute("report", current);
		model.addAttribute("previous", previous);
		model.addAttribute("year", y);
		model.addAttribute("org", organizations.findLatest(code, to).orElseThrow());
		model.addAttribute("breadcrumbs", organizations.path(code, to));
		model.addAttribute("asOf", to);
		return "report/summary";
	}

	@GetMapping("/reports/statistics")
	String statistics(@RequestParam(required = false) String org,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
		LocalDate date = asOf == null ? LocalDate.now() : asOf;
		String code = orDefault(org, date);
		if (code == null) {
			return "report/empty";
		}
		model.addAttribute("table", statistics.table(code, date));
		model.addAttribute("asOf", date);
		model.addAttribute("breadcrumbs", organizations.path(code, date));
		return "report/statistics";
	}

	@ExceptionHandler(OrganizationNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(OrganizationNotFoundException ex, Model model,
			@RequestParam(required = false) String org) {
		model.addAttribute("missingCode", org);
		return "error/404";
	}

	private String orDefault(String org, LocalDate date) {
		if (org != null && !org.isBlank()) {
			if (organizations.find(org, date).isEmpty()) {
				throw OrganizationNotFoundException.forCode(org);
			}
			return org;
		}
		List<OrganizationView> roots = organizations.roots(date);
		return roots.isEmpty() ? null : roots.get(0).code();
	}

}
