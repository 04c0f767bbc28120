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
 * members rated NOT_COMPLETED two years running (R-REM-1).
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

	/** One organization's line: its subtree's grades this year and the year before. */
	public record RateRow(OrganizationView organization, GradeCounts counts, GradeCounts previous, int overQuota,
			Long roundId, boolean roundClosed) {
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
	 */
	public record RatesView(int year, RateRow total, List<RateRow> children, List<QuotaWarning> quotaWarnings,
			List<RemovalReview> removalReviews, String regulation) {
	}

	public RatesView rates(String orgCode, int year) {
		LocalDate end = AssessmentPolicy.yearEnd(year);
		OrganizationView org = organizations.find(orgCode, end)
			.orElseThrow(() -> organizations.exists(orgCode) ? OrganizationNotFoundException.onDate(orgCode, end)
					: OrganizationNotFoundException.forCode(orgCode));
		List<OrganizationView> tree = organizations.subtree(orgCode, end);
		List<MemberEventOn> grades = statistics.eventsOn(MemberEventType.ASSESSED, end,
				tree.stream().map(OrganizationView::code).toList());
		Map<String, GradeCounts> current = rolledUp(tree, grades);
		LocalDate previousEnd = AssessmentPolicy.yearEnd(year - 1);
		List<OrganizationView> previousTree = organizations.subtree(orgCode, previousEnd);
		Map<String, GradeCounts> previous = rolledUp(previousTree, statistics.eventsOn(MemberEventType.ASSESSED,
				previousEnd, previousTree.stream().map(OrganizationView::code).toList()));

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
			return new RateRow(o, current.getOrDefault(o.code(), GradeCounts.NONE), previous.get(o.code()),
					overQuota.getOrDefault(o.code(), 0), r == null ? null : r.id(), r != null && r.closed());
		};
		List<RateRow> children = tree.stream().filter(o -> orgCode.equals(o.parentCode())).map(line).toList();
		Comparator<String> names = VietnameseText.nameOrder();
		List<RemovalReview> reviews = new ArrayList<>();
		List<MemberEventOn> notCompleted = grades.stream().filter(g -> "NOT_COMPLETED".equals(g.detail())).toList();
		Map<String, String> before = statistics.detailsOn(MemberEventType.ASSESSED, previousEnd,
				notCompleted.stream().map(MemberEventOn::memberNo).toList());
		for (MemberEventOn g : notCompleted) {
			if ("NOT_COMPLETED".equals(before.get(g.memberNo()))) {
				reviews.add(new RemovalReview(g.memberNo(), g.fullName(), g.orgCode()));
			}
		}
		reviews.sort(Comparator.comparing(RemovalReview::orgCode).thenComparing(RemovalReview::fullName, names));
		warnings.sort(Comparator.comparing(w -> w.organization().code()));
		return new RatesView(year, line.apply(org), children, warnings, reviews,
				rules.map(AssessmentRules::source).orElse(null));
	}

	/** Each organization's grades with those of everything under it. */
	private static Map<String, GradeCounts> rolledUp(List<OrganizationView> tree, List<MemberEventOn> grades) {
		Map<String, GradeCounts> counts = new HashMap<>();
		for (MemberEventOn g : grades) {
			Grade.of(g.detail()).ifPresent(grade -> counts.merge(g.orgCode(), GradeCounts.NONE.plus(grade), GradeCounts::plus));
		}
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
