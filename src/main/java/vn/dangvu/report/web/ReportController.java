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
import org.springframework.web.util.UriComponentsBuilder;

import vn.dangvu.commendation.CommendationRegister;
import vn.dangvu.common.web.Pagination;
import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.RestructuringView;
import vn.dangvu.report.StatisticsTables;
import vn.dangvu.report.SummaryDocuments;
import vn.dangvu.report.SummaryReport;
import vn.dangvu.report.SummaryReports;
import vn.dangvu.report.TableDocuments;
import vn.dangvu.report.UnitChangeSummary;

/**
 * The year-end summary of a subtree (with the year before beside it) and the basic statistics table as of a date.
 * Without {@code org}, the first root of the tree — for an administrator: the access guard sends anyone else to the
 * same page of their own organization (these handlers take {@code org}, so they are lists to it).
 */
@Controller
class ReportController {

	private final SummaryReports summaries;

	private final StatisticsTables statistics;

	private final Organizations organizations;

	private final SummaryDocuments documents;

	private final TableDocuments tables;

	private final CommendationRegister commendations;

	ReportController(SummaryReports summaries, StatisticsTables statistics, Organizations organizations,
			SummaryDocuments documents, TableDocuments tables, CommendationRegister commendations) {
		this.summaries = summaries;
		this.statistics = statistics;
		this.organizations = organizations;
		this.documents = documents;
		this.tables = tables;
		this.commendations = commendations;
	}

	/**
	 * The restructuring decisions the summary page lists at a time: a province's year of reorganization has tens of
	 * thousands (Hồ Chí Minh City's 2025: 26,757, a page of 7.6 MB when listed whole); its Excel lists them all.
	 */
	static final int DECISIONS_PAGE_SIZE = 100;

	@GetMapping("/reports/summary")
	String summary(@RequestParam(required = false) String org, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, Model model) {
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
		// the page only: the summary's JSON is the interchange format (INTERCHANGE.md) and does not carry them
		var tallies = commendations.tallies(code, y - 1, y);
		model.addAttribute("commendations", tallies.get(y));
		model.addAttribute("previousCommendations", tallies.get(y - 1));
		UnitChangeSummary units = summaries.unitChanges(current, previous);
		model.addAttribute("units", units);
		Pagination.Slice<RestructuringView> shown = Pagination.slice(units.decisions(), page, DECISIONS_PAGE_SIZE,
				p -> UriComponentsBuilder.fromPath("/reports/summary")
					.queryParam("org", code)
					.queryParam("year", y)
					.queryParam("page", p)
					.fragment("decisions")
					.build()
					.toUriString());
		model.addAttribute("decisions", shown.items());
		model.addAttribute("unitNames", summaries.unitNames(shown.items()));
		model.addAttribute("decisionPages", shown.pagination());
		model.addAttribute("org", organizations.findLatest(code, to).orElseThrow());
		model.addAttribute("breadcrumbs", organizations.path(code, to));
		model.addAttribute("asOf", to);
		return "report/summary";
	}

	/** The summary of the year as an Excel workbook or an A4 PDF, with the year before. */
	@GetMapping({ "/reports/summary.xlsx", "/reports/summary.pdf" })
	void summaryDocument(@RequestParam String org, @RequestParam Integer year, java.security.Principal user,
			jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		LocalDate to = LocalDate.of(year, 12, 31);
		if (!organizations.exists(org)) {
			throw OrganizationNotFoundException.forCode(org);
		}
		SummaryReport current = summaries.summary(org, LocalDate.of(year, 1, 1), to);
		SummaryReport previous = summaries.summary(org, LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31));
		String name = organizations.findLatest(org, to).map(OrganizationView::name).orElse(org);
		boolean pdf = request.getRequestURI().endsWith(".pdf");
		response.setContentType(pdf ? "application/pdf"
				: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"tong-ket-" + org + "-" + year
				+ (pdf ? ".pdf" : ".xlsx") + "\"");
		var units = summaries.unitChanges(current, previous);
		if (pdf) {
			documents.pdf(current, previous, units, name, user.getName(), response.getOutputStream());
		}
		else {
			documents.xlsx(current, previous, units, name, user.getName(), response.getOutputStream());
		}
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

	/** The basic statistics table as an Excel workbook or an A4 landscape PDF. */
	@GetMapping({ "/reports/statistics.xlsx", "/reports/statistics.pdf" })
	void statisticsDocument(@RequestParam String org,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, java.security.Principal user,
			jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		if (organizations.find(org, asOf).isEmpty()) {
			throw OrganizationNotFoundException.forCode(org);
		}
		ReportDownloads.write(tables, tables.statistics(statistics.table(org, asOf)), user, request, response);
	}

	// an exception handler takes no @RequestParam: the code is read from the request
	@ExceptionHandler(OrganizationNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(OrganizationNotFoundException ex, Model model, jakarta.servlet.http.HttpServletRequest request) {
		model.addAttribute("missingCode", request.getParameter("org"));
		return "error/404";
	}

	/** The names of the organizations the decisions concerned, as they stood on the day before each took effect. */
	/**
	 * The name of every organization the year's decisions concern, as of the first decision that names it (the
	 * code for one never recorded): one statement a decision date — a city's reorganization names thousands.
	 */
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
