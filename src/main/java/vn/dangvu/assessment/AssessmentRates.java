package vn.dangvu.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.assessment.internal.RoundStore;
import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.member.MemberEventOn;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberStatistics;
import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;

/**
 * The grades of a year rolled up through the tree: for an organization and each of its children, the grades recorded
 * on 31 December ({@code ASSESSED} in the ledgers, whether from a round or imported) of the members of its subtree that
 * day, the good-or-better rate beside the year before's, the grassroots organizations over the R-ASM-2 quota, and the
 * members rated NOT_COMPLETED two years running (R-REM-1); and the grades of the organizations themselves (R-ASM-1) in
 * the closed rounds of the year: each one's own and those of its subtree, beside the year before's.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentRates {

	private final Organizations organizations;

	private final MemberStatistics statistics;

	private final RoundStore rounds;

	AssessmentRates(Organizations organizations, MemberStatistics statistics, RoundStore rounds) {
		this.organizations = organizations;
		this.statistics = statistics;
		this.rounds = rounds;
	}

	/**
	 * One organization's line: its subtree's grades this year and the year before.
	 *
	 * @param counts the members' grades of its subtree
	 * @param previous the same the year before, null when it did not exist then
	 * @param organizationGrade its own grade in a closed round of the year, if any
	 * @param organizationCounts the grades of the organizations of its subtree (itself included) in closed rounds
	 * @param previousOrganizationCounts the same the year before, null when it did not exist then
	 */
	public record RateRow(OrganizationView organization, GradeCounts counts, GradeCounts previous, int overQuota,
			Long roundId, boolean roundClosed, Grade organizationGrade, GradeCounts organizationCounts,
			GradeCounts previousOrganizationCounts) {
	}

	/** A grassroots organization whose EXCELLENT grades exceed the quota (R-ASM-2). */
	public record QuotaWarning(OrganizationView organization, ExcellentQuota quota) {
	}

	/** R-REM-1: a member rated NOT_COMPLETED this year and the year before. */
	public record RemovalReview(String memberNo, String fullName, String orgCode) {
	}

	/**
	 * @param total the organization's own line
	 * @param children the lines of its children on 31 December
	 * @param quotaWarnings every grassroots organization of the subtree over the quota, in the Vietnamese order of their
	 *     names
	 */
	public record RatesView(int year, RateRow total, List<RateRow> children, List<QuotaWarning> quotaWarnings,
			List<RemovalReview> removalReviews, String regulation) {

		/**
		 * The warnings the page lists by name: a province's run to thousands (Hồ Chí Minh City's 9,258 in the
		 * generated national data, a page of 2.3 MB), which its table counts for each child organization.
		 */
		public static final int QUOTA_WARNINGS_SHOWN = 50;

		/** The first {@link #QUOTA_WARNINGS_SHOWN} warnings. */
		public List<QuotaWarning> shownQuotaWarnings() {
			return quotaWarnings.subList(0, Math.min(quotaWarnings.size(), QUOTA_WARNINGS_SHOWN));
		}

		/** How many warnings the page does not list. */
		public int moreQuotaWarnings() {
			return quotaWarnings.size() - shownQuotaWarnings().size();
		}
	}

	public RatesView rates(String orgCode, int year) {
		LocalDate end = AssessmentPolicy.yearEnd(year);
		OrganizationView org = organizations.find(orgCode, end)
			.orElseThrow(() -> organizations.exists(orgCode) ? OrganizationNotFoundException.onDate(orgCode, end)
					: OrganizationNotFoundException.forCode(orgCode));
		List<OrganizationView> tree = organizations.subtree(orgCode, end);
		Map<String, Map<String, Long>> grades = statistics.detailsByOrganization(MemberEventType.ASSESSED, end,
				tree.stream().map(OrganizationView::code).toList());
		Map<String, GradeCounts> current = rolledUp(tree, memberGrades(grades));
		LocalDate previousEnd = AssessmentPolicy.yearEnd(year - 1);
		List<OrganizationView> previousTree = organizations.subtree(orgCode, previousEnd);
		Map<String, GradeCounts> previous = rolledUp(previousTree, memberGrades(statistics.detailsByOrganization(
				MemberEventType.ASSESSED, previousEnd, previousTree.stream().map(OrganizationView::code).toList())));
		java.util.Set<String> previousCodes = new java.util.HashSet<>(
				previousTree.stream().map(OrganizationView::code).toList());
		Map<String, String> ownGrades = organizationGrades(tree, year);
		Map<String, GradeCounts> orgCounts = rolledUp(tree, gradeEach(ownGrades));
		Map<String, GradeCounts> previousOrgCounts = rolledUp(previousTree,
				gradeEach(organizationGrades(previousTree, year - 1)));

		Optional<AssessmentRules> rules = AssessmentRules.forYear(year);
		Map<String, Integer> overQuota = new HashMap<>();
		List<QuotaWarning> warnings = new ArrayList<>();
		for (OrganizationView o : tree) {
			if (rules.isPresent() && o.type().isGrassroots()) {
				GradeCounts c = current.getOrDefault(o.code(), GradeCounts.NONE);
				ExcellentQuota quota = rules.get().quota(c.excellent(), c.good());
				if (quota.exceeded()) {
					warnings.add(new QuotaWarning(o, quota));
					overQuota.merge(o.code(), 1, Integer::sum);
				}
			}
		}
		rollUpCounts(tree, overQuota);
		Map<String, RoundStore.StoredRound> roundsByOrg = new HashMap<>();
		if (!tree.isEmpty()) {
			rounds.ofYear(tree.stream().filter(o -> o.type().isGrassroots()).map(OrganizationView::code).toList(), year)
				.forEach(r -> roundsByOrg.put(r.orgCode(), r));
		}
		java.util.function.Function<OrganizationView, RateRow> line = o -> {
			RoundStore.StoredRound r = roundsByOrg.get(o.code());
			boolean before = previousCodes.contains(o.code());
			return new RateRow(o, current.getOrDefault(o.code(), GradeCounts.NONE), previous.get(o.code()),
					overQuota.getOrDefault(o.code(), 0), r == null ? null : r.id(), r != null && r.closed(),
					Grade.of(ownGrades.get(o.code())).orElse(null), orgCounts.getOrDefault(o.code(), GradeCounts.NONE),
					before ? previousOrgCounts.getOrDefault(o.code(), GradeCounts.NONE) : null);
		};
		List<RateRow> children = tree.stream().filter(o -> orgCode.equals(o.parentCode())).map(line).toList();
		Comparator<String> names = VietnameseText.nameOrder();
		List<RemovalReview> reviews = new ArrayList<>();
		// R-REM-1: the members NOT_COMPLETED, read in the organizations that have one only
		// (their members that day counted by their grades, about as many: one grade a member, and most are graded)
		String notCompletedGrade = Grade.NOT_COMPLETED.name();
		List<Map.Entry<String, Map<String, Long>>> withNotCompleted = grades.entrySet()
			.stream()
			.filter(g -> g.getValue().getOrDefault(notCompletedGrade, 0L) > 0)
			.toList();
		List<MemberEventOn> notCompleted = statistics.eventsOn(MemberEventType.ASSESSED, end,
				withNotCompleted.stream().map(Map.Entry::getKey).toList(), notCompletedGrade,
				withNotCompleted.stream().flatMap(g -> g.getValue().values().stream()).mapToLong(Long::longValue).sum());
		Map<String, String> before = statistics.detailsOn(MemberEventType.ASSESSED, previousEnd,
				notCompleted.stream().map(MemberEventOn::memberNo).toList());
		for (MemberEventOn g : notCompleted) {
			if ("NOT_COMPLETED".equals(before.get(g.memberNo()))) {
				reviews.add(new RemovalReview(g.memberNo(), g.fullName(), g.orgCode()));
			}
		}
		reviews.sort(Comparator.comparing(RemovalReview::orgCode).thenComparing(RemovalReview::fullName, names));
		// by name, the Vietnamese way (as the tree's lists), so that the page names the first of them in that order
		warnings.sort(Comparator.comparing((QuotaWarning w) -> w.organization().name(), VietnameseText.order())
			.thenComparing(w -> w.organization().code()));
		return new RatesView(year, line.apply(org), children, warnings, reviews,
				rules.map(AssessmentRules::source).orElse(null));
	}

	/** The members' grades by the organization they were in, from the number of each grade there. */
	private static Map<String, GradeCounts> memberGrades(Map<String, Map<String, Long>> grades) {
		Map<String, GradeCounts> counts = new HashMap<>();
		grades.forEach((code, byGrade) -> byGrade.forEach((grade, n) -> Grade.of(grade)
			.ifPresent(g -> counts.merge(code, GradeCounts.of(g, n), GradeCounts::plus))));
		return counts;
	}

	/** The organizations' own grades of the closed rounds of the year, by code. */
	private Map<String, String> organizationGrades(List<OrganizationView> tree, int year) {
		return tree.isEmpty() ? Map.of() : rounds.closedOrgGrades(tree.stream().map(OrganizationView::code).toList(), year);
	}

	/** One count per organization graded. */
	private static Map<String, GradeCounts> gradeEach(Map<String, String> grades) {
		Map<String, GradeCounts> counts = new HashMap<>();
		grades.forEach((code, grade) -> Grade.of(grade).ifPresent(g -> counts.put(code, GradeCounts.NONE.plus(g))));
		return counts;
	}

	/** Each organization's counts with those of everything under it (the counts given are each one's own). */
	private static Map<String, GradeCounts> rolledUp(List<OrganizationView> tree, Map<String, GradeCounts> ownCounts) {
		Map<String, GradeCounts> counts = new HashMap<>(ownCounts);
		// the subtree comes parents first: children are added to their parents from the deepest up
		for (int i = tree.size() - 1; i > 0; i--) {
			OrganizationView o = tree.get(i);
			GradeCounts own = counts.get(o.code());
			if (own != null && o.parentCode() != null) {
				counts.merge(o.parentCode(), own, GradeCounts::plus);
			}
		}
		return counts;
	}

	private static void rollUpCounts(List<OrganizationView> tree, Map<String, Integer> counts) {
		for (int i = tree.size() - 1; i > 0; i--) {
			OrganizationView o = tree.get(i);
			Integer own = counts.get(o.code());
			if (own != null && o.parentCode() != null) {
				counts.merge(o.parentCode(), own, Integer::sum);
			}
		}
	}

}
