package vn.dangvu.report.web;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.dangvu.member.MovementKind;
import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;
import vn.dangvu.report.MovementTables;
import vn.dangvu.report.SummaryReports;
import vn.dangvu.report.TableDocuments;

/**
 * The movements of members in a period, per child organization with a total, and the same table as Excel and PDF.
 * Without {@code org}, the first root; without a period, the year so far.
 */
@Controller
class MovementController {

	private final MovementTables movements;

	private final Organizations organizations;

	private final TableDocuments documents;

	MovementController(MovementTables movements, Organizations organizations, TableDocuments documents) {
		this.movements = movements;
		this.organizations = organizations;
		this.documents = documents;
	}

	@GetMapping("/reports/movements")
	String movements(@RequestParam(required = false) String org,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate end = to == null ? LocalDate.now() : to;
		LocalDate start = from == null ? LocalDate.of(end.getYear(), 1, 1) : from;
		String code = org;
		if (code == null || code.isBlank()) {
			List<OrganizationView> roots = organizations.roots(end);
			if (roots.isEmpty()) {
				return "report/empty";
			}
			code = roots.get(0).code();
		}
		else if (!organizations.exists(code)) {
			throw OrganizationNotFoundException.forCode(code);
		}
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("orgCode", code);
		model.addAttribute("asOf", end);
		model.addAttribute("breadcrumbs", organizations.path(code, end));
		model.addAttribute("milestones", SummaryReports.milestones());
		if (start.isAfter(end)) {
			model.addAttribute("invalidPeriod", true);
			return "report/movements";
		}
		model.addAttribute("table", movements.table(code, start, end));
		return "report/movements";
	}

	/** The members behind one number of the table ({@code row} absent for the total row). */
	@GetMapping("/reports/movements/events")
	String events(@RequestParam String org, @RequestParam(required = false) String row,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam MovementKind kind,
			@RequestParam(required = false) String detail, Model model) {
		if (from.isAfter(to)) {
			return "redirect:/reports/movements?org=" + org;
		}
		String rowCode = row == null || row.isBlank() ? null : row;
		String detailValue = detail == null || detail.isBlank() ? null : detail;
		model.addAttribute("list", movements.events(org, rowCode, from, to, kind, detailValue));
		model.addAttribute("asOf", to);
		model.addAttribute("breadcrumbs", organizations.path(org, to));
		return "report/movement-events";
	}

	@GetMapping({ "/reports/movements.xlsx", "/reports/movements.pdf" })
	void document(@RequestParam String org,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Principal user,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (from.isAfter(to)) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		ReportDownloads.write(documents, documents.movements(movements.table(org, from, to)), user, request, response);
	}

	// an exception handler takes no @RequestParam: the code is read from the request
	@ExceptionHandler(OrganizationNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(OrganizationNotFoundException ex, Model model, jakarta.servlet.http.HttpServletRequest request) {
		model.addAttribute("missingCode", request.getParameter("org"));
		return "error/404";
	}

}
