package vn.dangvu.report.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import tools.jackson.databind.json.JsonMapper;
import vn.dangvu.member.AgeBand;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;
import vn.dangvu.report.DashboardView;
import vn.dangvu.report.Dashboards;

/**
 * The dashboard of a subtree: six charts drawn by {@code static/js/dashboard.js} (ECharts from its webjar) from the
 * {@code data-chart} attribute of each chart, each with its numbers in a table under it. No script on the page
 * itself, so a {@code script-src 'self'} policy holds. Without {@code org}, the first root; without {@code year}, the
 * last full year.
 */
@Controller
class DashboardController {

	private final Dashboards dashboards;

	private final Organizations organizations;

	private final MessageSource messages;

	private final JsonMapper json;

	DashboardController(Dashboards dashboards, Organizations organizations, MessageSource messages, JsonMapper json) {
		this.dashboards = dashboards;
		this.organizations = organizations;
		this.messages = messages;
		this.json = json;
	}

	/**
	 * What a chart draws: categories along one axis and one or more series of numbers; {@code empty} is what it
	 * says when every number is zero.
	 */
	record Chart(String kind, List<String> categories, List<Series> series, String empty) {
	}

	record Series(String name, List<Long> data) {
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) String org, @RequestParam(required = false) Integer year,
			Locale locale, Model model) {
		int y = year == null ? LocalDate.now().getYear() - 1 : year;
		LocalDate end = LocalDate.of(y, 12, 31);
		String code = org;
		if (code == null || code.isBlank()) {
			List<OrganizationView> roots = organizations.roots(end);
			if (roots.isEmpty()) {
				roots = organizations.roots(LocalDate.now());
			}
			if (roots.isEmpty()) {
				return "report/empty";
			}
			code = roots.get(0).code();
		}
		DashboardView view = dashboards.dashboard(code, y);
		model.addAttribute("view", view);
		model.addAttribute("year", y);
		model.addAttribute("asOf", end);
		model.addAttribute("children", organizations.children(code, end));
		model.addAttribute("breadcrumbs", organizations.path(code, end));
		model.addAttribute("charts", charts(view, locale));
		return "report/dashboard";
	}

	private Map<String, String> charts(DashboardView v, Locale locale) {
		String none = text("dashboard.chart.empty", locale);
		List<String> years = v.years().stream().map(f -> Integer.toString(f.year())).toList();
		Chart members = new Chart("stacked", years,
				List.of(new Series(text("summary.members.official", locale),
						v.years().stream().map(DashboardView.YearFigures::official).toList()),
						new Series(text("summary.members.probationary", locale),
								v.years().stream().map(DashboardView.YearFigures::probationary).toList())), none);
		Chart admissions = new Chart("bar", years,
				List.of(new Series(text("summary.movements.admitted", locale),
						v.years().stream().map(DashboardView.YearFigures::admitted).toList()),
						new Series(text("summary.movements.readmitted", locale),
								v.years().stream().map(DashboardView.YearFigures::readmitted).toList())), none);
		List<String> bands = new ArrayList<>();
		for (AgeBand band : AgeBand.values()) {
			bands.add(text(band.messageKey(), locale));
		}
		Chart ages = new Chart("pyramid", bands,
				List.of(new Series(text("member.gender.MALE", locale),
						v.ages().stream().map(DashboardView.AgeRow::male).toList()),
						new Series(text("member.gender.FEMALE", locale),
								v.ages().stream().map(DashboardView.AgeRow::female).toList())), none);
		List<String> fieldNames = new ArrayList<>();
		List<Long> fieldCounts = new ArrayList<>();
		for (Map.Entry<OrganizationField, Long> e : v.fields().entrySet()) {
			fieldNames.add(text(e.getKey().messageKey(), locale));
			fieldCounts.add(e.getValue());
		}
		Chart fields = new Chart("pie", fieldNames, List.of(new Series(text("dashboard.count", locale), fieldCounts)), none);
		Chart grades = new Chart("pie",
				v.grades().keySet().stream().map(g -> text("movements.grade." + g, locale)).toList(),
				List.of(new Series(text("dashboard.count", locale), List.copyOf(v.grades().values()))), none);
		Chart badges = new Chart("bar", List.copyOf(v.badges().keySet()),
				List.of(new Series(text("dashboard.badges", locale), List.copyOf(v.badges().values()))), none);
		return Map.of("members", json.writeValueAsString(members), "admissions", json.writeValueAsString(admissions),
				"ages", json.writeValueAsString(ages), "fields", json.writeValueAsString(fields), "grades",
				json.writeValueAsString(grades), "badges", json.writeValueAsString(badges));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	// an exception handler takes no @RequestParam: the code is read from the request
	@ExceptionHandler(OrganizationNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(OrganizationNotFoundException ex, Model model, jakarta.servlet.http.HttpServletRequest request) {
		model.addAttribute("missingCode", request.getParameter("org"));
		return "error/404";
	}

}
