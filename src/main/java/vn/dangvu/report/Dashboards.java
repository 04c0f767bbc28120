package vn.dangvu.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.member.AgeBand;
import vn.dangvu.member.AgeGenderCount;
import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberCountsOn;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberMovements;
import vn.dangvu.member.MemberStatistics;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.SubtreeSpan;

/**
 * The figures of the dashboard of a subtree (PRODUCT.md capability 8), with the date semantics of the summary: counts
 * on a date use the tree of that date, events are attributed by the tree on their date.
 */
@Service
public class Dashboards {

	/** How many years the series of members and admissions go back. */
	static final int YEARS = 10;

	private final Organizations organizations;

	private final MemberStatistics statistics;

	Dashboards(Organizations organizations, MemberStatistics statistics) {
		this.organizations = organizations;
		this.statistics = statistics;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public DashboardView dashboard(String orgCode, int year) {
		if (!organizations.exists(orgCode)) {
			throw OrganizationNotFoundException.forCode(orgCode);
		}
		LocalDate end = LocalDate.of(year, 12, 31);
		LocalDate start = LocalDate.of(year - YEARS + 1, 1, 1);
		String name = organizations.findLatest(orgCode, end).map(OrganizationView::name).orElse(orgCode);

		// members on 31/12 of each year, and the admissions of each year (the subtree's spans cut at year ends)
		List<SubtreeSpan> spans = organizations.subtreeSpans(orgCode, start, end);
		List<LocalDate> yearEnds = new ArrayList<>();
		Map<String, List<SubtreeSpan>> byYear = new LinkedHashMap<>();
		for (int y = year - YEARS + 1; y <= year; y++) {
			LocalDate first = LocalDate.of(y, 1, 1);
			LocalDate next = first.plusYears(1);
			yearEnds.add(next.minusDays(1));
			List<SubtreeSpan> cut = new ArrayList<>();
			for (SubtreeSpan s : spans) {
				LocalDate from = s.validFrom().isAfter(first) ? s.validFrom() : first;
				LocalDate to = s.validTo().isBefore(next) ? s.validTo() : next;
				if (from.isBefore(to)) {
					cut.add(new SubtreeSpan(s.code(), from, to));
				}
			}
			byYear.put(Integer.toString(y), cut);
		}
		// a province's from its sums (V34): its stock of each year-end, its movements of each year
		Optional<Map<String, MemberMovements>> ofProvince = provinceMovements(orgCode, start, year);
		Map<LocalDate, MemberCountsOn> counts = ofProvince.isPresent() ? provinceCounts(orgCode, spans, yearEnds)
				: statistics.countsOnDates(spans, yearEnds);
		Map<String, MemberMovements> movements = ofProvince.orElseGet(() -> statistics.movementsByRow(byYear, start,
				end, EnumSet.of(MemberEventType.ADMITTED, MemberEventType.READMITTED)));
		List<DashboardView.YearFigures> years = new ArrayList<>();
		for (LocalDate d : yearEnds) {
			MemberCountsOn c = counts.get(d);
			MemberMovements m = movements.getOrDefault(Integer.toString(d.getYear()), MemberMovements.none());
			years.add(new DashboardView.YearFigures(d.getYear(), c.official(), c.probationary(), m.admitted(),
					m.readmitted()));
		}

		// the pyramid and the fields on 31/12 of the year
		List<OrganizationView> subtree = organizations.subtree(orgCode, end);
		List<String> codes = subtree.stream().map(OrganizationView::code).toList();
		Map<AgeBand, long[]> pyramid = new EnumMap<>(AgeBand.class);
		for (AgeBand band : AgeBand.values()) {
			pyramid.put(band, new long[2]);
		}
		for (AgeGenderCount c : statistics.ageBandsByGender(orgCode, codes, end)) {
			pyramid.get(c.band())[c.gender() == Gender.MALE ? 0 : 1] += c.members();
		}
		List<DashboardView.AgeRow> ages = pyramid.entrySet()
			.stream()
			.map(e -> new DashboardView.AgeRow(e.getKey(), e.getValue()[0], e.getValue()[1]))
			.toList();
		// each organization's own members: on a year-end of the projection's horizon from its stock
		Map<String, List<String>> own = new LinkedHashMap<>();
		codes.forEach(code -> own.put(code, List.of(code)));
		Map<String, Long> totals = new HashMap<>();
		statistics.countsOnByRow(own, end).forEach((code, members) -> totals.put(code, members.total()));
		Map<OrganizationField, Long> fields = membersByField(subtree, totals);

		// the grades and badges of the year, as the summary of the year has them (R-STAT-1): in the province's
		// movements of the year, else those of the year's spans of these two types
		String last = Integer.toString(year);
		MemberMovements ofYear = (ofProvince.isPresent() ? movements
				: statistics.movementsByRow(Map.of(last, byYear.get(last)), LocalDate.of(year, 1, 1), end,
						EnumSet.of(MemberEventType.ASSESSED, MemberEventType.BADGE_AWARDED)))
			.getOrDefault(last, MemberMovements.none());
		Map<String, Long> grades = new LinkedHashMap<>();
		for (String grade : List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED")) {
			grades.put(grade, ofYear.grades().getOrDefault(grade, 0L));
		}
		return new DashboardView(orgCode, name, year, end, years, ages, fields, grades,
				SummaryReports.badgesByMilestone(ofYear));
	}

	/**
	 * The members of a province on each year-end from its stock summed by province (V34), one row each; a year-end the
	 * projection does not hold counted from its subtree's spans. Hồ Chí Minh City's ten year-ends summed from its
	 * organizations' stock took 0.85 s.
	 */
	private Map<LocalDate, MemberCountsOn> provinceCounts(String orgCode, List<SubtreeSpan> spans,
			List<LocalDate> yearEnds) {
		Map<LocalDate, MemberCountsOn> counts = new java.util.TreeMap<>();
		List<LocalDate> counted = new ArrayList<>();
		for (LocalDate d : yearEnds) {
			statistics.provinceCountsOn(List.of(orgCode), d)
				.ifPresentOrElse(c -> counts.put(d, c.get(orgCode)), () -> counted.add(d));
		}
		if (!counted.isEmpty()) {
			counts.putAll(statistics.countsOnDates(spans, counted));
		}
		return counts;
	}

	/**
	 * The movements of each of the ten years of an organization top-level whenever it existed in them (a province):
	 * its subtree is then its province on every day, and each year is read from the movements summed by province
	 * (V34) — Hồ Chí Minh City's ten years by its organizations' spans took 22 s. Empty otherwise, or while the
	 * projection cannot tell.
	 */
	private Optional<Map<String, MemberMovements>> provinceMovements(String orgCode, LocalDate start, int year) {
		if (!organizations.topLevelThroughout(List.of(orgCode), start, LocalDate.of(year, 12, 31))) {
			return Optional.empty();
		}
		Map<String, MemberMovements> movements = new LinkedHashMap<>();
		for (int y = year - YEARS + 1; y <= year; y++) {
			Optional<Map<String, MemberMovements>> ofYear = statistics.provinceMovements(List.of(orgCode),
					LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
			if (ofYear.isEmpty()) {
				return Optional.empty();
			}
			movements.put(Integer.toString(y), ofYear.get().getOrDefault(orgCode, MemberMovements.none()));
		}
		return Optional.of(movements);
	}

	/**
	 * Members by the field of the grassroots organization they belong to (a cell under a ward committee counts as the
	 * ward); members of an organization above the grassroots level count by its own field. Fields without members are
	 * left out.
	 */
	static Map<OrganizationField, Long> membersByField(List<OrganizationView> subtree, Map<String, Long> members) {
		Map<String, OrganizationView> byCode = new HashMap<>();
		subtree.forEach(o -> byCode.put(o.code(), o));
		Map<OrganizationField, Long> fields = new EnumMap<>(OrganizationField.class);
		members.forEach((code, total) -> {
			OrganizationView o = byCode.get(code);
			if (o == null || total == 0) {
				return;
			}
			OrganizationView grassroots = o;
			while (grassroots != null && !grassroots.type().isGrassroots()) {
				grassroots = grassroots.parentCode() == null ? null : byCode.get(grassroots.parentCode());
			}
			OrganizationField field = grassroots == null ? o.field() : grassroots.field();
			fields.merge(field, total, Long::sum);
		});
		return fields;
	}

}
