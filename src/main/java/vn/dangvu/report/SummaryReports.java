package vn.dangvu.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.member.MemberCountsOn;
import vn.dangvu.member.MemberMovements;
import vn.dangvu.member.MemberStatistics;
import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.organization.OrganizationOn;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringView;
import vn.dangvu.organization.Organizations;

/**
 * The summary report of a subtree over a period (R-STAT-1, INTERCHANGE.md): counts on {@code to} use the tree as it
 * stood that day; each event of the period is attributed to the subtree by the tree on the event's date.
 */
@Service
public class SummaryReports {

	/** R-BADGE-1: the milestones, reported even when none was awarded, for a stable shape. */
	static final List<String> MILESTONES = List.of("30", "40", "45", "50", "55", "60", "65", "70", "75", "80", "85",
			"90");

	/** The milestones of R-BADGE-1, as the columns of badge tables. */
	public static List<String> milestones() {
		return MILESTONES;
	}

	private final Organizations organizations;

	private final MemberStatistics statistics;

	SummaryReports(Organizations organizations, MemberStatistics statistics) {
		this.organizations = organizations;
		this.statistics = statistics;
	}

	/** The summary; refused when the period is reversed or the organization never existed. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public SummaryReport summary(String orgCode, LocalDate from, LocalDate to) {
		return summaries(List.of(orgCode), from, to).get(0);
	}

	/**
	 * The summaries of several organizations, in their order, read together: a statement per figure for all of them
	 * (the nation's 34 provinces in the time of a few). Organizations whose subtrees overlap on some day of the period
	 * (one under another) are summarized one by one. Refused as {@link #summary} is.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public List<SummaryReport> summaries(List<String> orgCodes, LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("Ngày bắt đầu (" + from + ") sau ngày kết thúc (" + to + ").");
		}
		for (String orgCode : orgCodes) {
			if (!organizations.exists(orgCode)) {
				throw OrganizationNotFoundException.forCode(orgCode);
			}
		}
		// the assessment of the year of `to`: the grades recorded on 31 December of that year
		LocalDate yearEnd = LocalDate.of(to.getYear(), 12, 31);
		// a calendar year's period ends on that day: its movements hold the grades already, since grades are recorded
		// on 31 December only (R-ASM-1)
		boolean gradesInPeriod = to.equals(yearEnd) && from.getYear() == to.getYear();
		if (orgCodes.size() > 1 && (organizations.anyUnderAnother(orgCodes, from, to)
				|| !gradesInPeriod && organizations.anyUnderAnother(orgCodes, yearEnd, yearEnd))) {
			return orgCodes.stream().map(code -> summary(code, from, to)).toList();
		}
		// whole provinces (the nation's, each top-level all the period and on its year-end): their figures summed by
		// province (V34), a few hundred rows each; other subtrees' codes and spans stay in the database, where the
		// statistics' statements read them as subqueries (the nation's 352,000 organizations, in place of sending them
		// to the application and back)
		boolean provinces = organizations.topLevelThroughout(orgCodes, from, yearEnd);
		Map<String, Map<OrganizationType, Long>> types = organizations.typeCountsUnder(orgCodes, to);
		Map<String, MemberCountsOn> counts = (provinces ? statistics.provinceCountsOn(orgCodes, to)
				: Optional.<Map<String, MemberCountsOn>>empty())
			.orElseGet(() -> statistics.countsOnByRow(organizations.subtreeCodesQuery(orgCodes, to), orgCodes, to));
		// about as many spans as organizations in the subtrees (the size the statements are planned for)
		int size = orgCodes.size() + (int) types.values().stream().flatMap(t -> t.values().stream()).mapToLong(n -> n)
			.sum();
		Map<String, MemberMovements> movements = movements(orgCodes, provinces, size, from, to);
		Map<String, MemberMovements> grades = gradesInPeriod ? movements
				: movements(orgCodes, provinces, size, yearEnd, yearEnd);
		return orgCodes.stream()
			.map(code -> report(code, from, to, types.get(code), counts.get(code),
					movements.getOrDefault(code, MemberMovements.none()),
					grades.getOrDefault(code, MemberMovements.none()).grades()))
			.toList();
	}

	/** The movements of the subtrees in [from, to]: summed by province for whole provinces, else by organization. */
	private Map<String, MemberMovements> movements(List<String> orgCodes, boolean provinces, int size, LocalDate from,
			LocalDate to) {
		return (provinces ? statistics.provinceMovements(orgCodes, from, to)
				: Optional.<Map<String, MemberMovements>>empty())
			.orElseGet(() -> statistics.movementsByRow(organizations.subtreeSpansQuery(orgCodes, from, to), size, from,
					to));
	}

	/** The badges awarded in the movements by milestone, every milestone in its order (R-BADGE-1). */
	static Map<String, Long> badgesByMilestone(MemberMovements m) {
		Map<String, Long> byYears = new LinkedHashMap<>();
		MILESTONES.forEach(y -> byYears.put(y, m.badgesByYears().getOrDefault(y, 0L)));
		return byYears;
	}

	/** One summary from its figures. */
	private static SummaryReport report(String orgCode, LocalDate from, LocalDate to, Map<OrganizationType, Long> under,
			MemberCountsOn c, MemberMovements m, Map<String, Long> grades) {
		Map<String, Long> byType = new LinkedHashMap<>();
		for (OrganizationType type : List.of(OrganizationType.GRASSROOTS_COMMITTEE, OrganizationType.GRASSROOTS_CELL,
				OrganizationType.SUB_COMMITTEE, OrganizationType.CELL, OrganizationType.UPPER_GRASSROOTS)) {
			byType.put(type.name(), 0L);
		}
		under.forEach((type, n) -> byType.merge(type.name(), n, Long::sum));
		long grassroots = byType.getOrDefault("GRASSROOTS_COMMITTEE", 0L) + byType.getOrDefault("GRASSROOTS_CELL", 0L);
		var orgs = new SummaryReport.Organizations(byType, grassroots, byType.getOrDefault("CELL", 0L));

		var members = new SummaryReport.Members(c.total(), c.official(), c.probationary(), c.female(),
				c.ethnicMinority(), c.religious(), c.exempted(), c.under30());

		var movements = new SummaryReport.Movements(m.admitted(), m.readmitted(), m.recognized(), m.notRecognized(),
				m.transferredIn(), m.transferredOut(), m.died(), m.removed(), m.expelled(), m.left());
		Map<String, Long> byYears = badgesByMilestone(m);
		var badges = new SummaryReport.Badges(byYears.values().stream().mapToLong(Long::longValue).sum(), byYears);

		long excellent = grades.getOrDefault("EXCELLENT", 0L);
		long good = grades.getOrDefault("GOOD", 0L);
		long completed = grades.getOrDefault("COMPLETED", 0L);
		long notCompleted = grades.getOrDefault("NOT_COMPLETED", 0L);
		long assessed = excellent + good + completed + notCompleted;
		double rate = assessed == 0 ? 0.0
				: BigDecimal.valueOf(excellent + good).divide(BigDecimal.valueOf(assessed), 4, RoundingMode.HALF_UP).doubleValue();
		var assessment = new SummaryReport.Assessment(to.getYear(), assessed, excellent, good, completed, notCompleted,
				rate);
		return new SummaryReport(orgCode, from, to, orgs, members, movements, badges, assessment);
	}

	/**
	 * The restructuring of the subtree in the period: the decisions that concerned it, what they established, merged
	 * and dissolved, and the units under the organization the day before the period and on its last day (by the tree
	 * of each date, so moves across the subtree's boundary count too).
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public UnitChangeSummary unitChanges(String orgCode, LocalDate from, LocalDate to) {
		if (!organizations.exists(orgCode)) {
			throw OrganizationNotFoundException.forCode(orgCode);
		}
		return unitChanges(orgCode, from, to, () -> units(orgCode, from.minusDays(1)), () -> units(orgCode, to));
	}

	/**
	 * {@link #unitChanges(String, LocalDate, LocalDate)} of the subtree and period of a summary, which has counted the
	 * units on the period's last day, with those that {@code eve}, the summary of the period before, has counted on
	 * the day before it (the summary page and its documents show both summaries; each count walks the subtree's
	 * closure, 0.1–0.25 s for a province). Another {@code eve} has the units counted again.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public UnitChangeSummary unitChanges(SummaryReport report, SummaryReport eve) {
		if (!eve.org().equals(report.org()) || !eve.to().equals(report.from().minusDays(1))) {
			return unitChanges(report.org(), report.from(), report.to());
		}
		return unitChanges(report.org(), report.from(), report.to(), () -> units(eve), () -> units(report));
	}

	private UnitChangeSummary unitChanges(String orgCode, LocalDate from, LocalDate to,
			java.util.function.LongSupplier unitsBefore, java.util.function.LongSupplier unitsAfter) {
		List<RestructuringView> decisions = organizations.restructuringsWithin(orgCode, from, to);
		long established = 0;
		long merged = 0;
		long dissolved = 0;
		for (RestructuringView r : decisions) {
			switch (r.operation()) {
				case ESTABLISH -> established += r.subjectCodes().size();
				case SPLIT -> established += r.partCodes().size();
				case MERGE -> merged += r.subjectCodes().size();
				case DISSOLVE -> dissolved += r.subjectCodes().size();
				default -> {
				}
			}
		}
		return new UnitChangeSummary(from, to, established, merged, dissolved, unitsBefore.getAsLong(),
				unitsAfter.getAsLong(), decisions);
	}

	/**
	 * The names of the organizations restructuring decisions concerned, each by its code, as
	 * {@link Organizations#namesOn} gives them on the effective date of the first decision that names it (a merged cell
	 * keeps the name it had), in one statement; a code never recorded stands for its own name.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> unitNames(List<RestructuringView> decisions) {
		Map<String, OrganizationOn> first = new LinkedHashMap<>();
		for (RestructuringView r : decisions) {
			List<String> codes = new ArrayList<>(r.subjectCodes());
			codes.addAll(r.partCodes());
			if (r.targetCode() != null) {
				codes.add(r.targetCode());
			}
			codes.forEach(c -> first.putIfAbsent(c, new OrganizationOn(c, r.effectiveOn())));
		}
		Map<OrganizationOn, String> found = organizations.namesOn(first.values());
		Map<String, String> names = new HashMap<>();
		first.forEach((code, on) -> names.put(code, found.getOrDefault(on, code)));
		return names;
	}

	/** The organizations under a summary's organization on its last day. */
	private static long units(SummaryReport report) {
		return report.organizations().byType().values().stream().mapToLong(Long::longValue).sum();
	}

	/** The organizations under it on the date, counted by the closure: a province's subtree read whole was 44,000. */
	private long units(String orgCode, LocalDate date) {
		return organizations.typeCountsUnder(List.of(orgCode), date)
			.get(orgCode)
			.values()
			.stream()
			.mapToLong(Long::longValue)
			.sum();
	}

}
