package vn.dangvu.badge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.dangvu.common.Decision;

/**
 * A badge round: the award date (R-BADGE-3: whether it is one of the four days), the subtree, the list with the
 * removed proposals kept beside their reasons, and once approved, the decision and the badge numbers.
 */
public record BadgeRoundView(long id, String orgCode, String orgName, LocalDate awardDate, boolean approved,
		Decision decision, List<BadgeProposal> proposals, Map<String, String> organizationNames) {

	/** R-BADGE-3. */
	public boolean onAnAwardDay() {
		return BadgeEligibility.isAwardDay(awardDate);
	}

	/** The proposals still on the list. */
	public List<BadgeProposal> active() {
		return proposals.stream().filter(p -> !p.removed()).toList();
	}

	/** How many badges of each milestone the list holds, smallest first. */
	public Map<Integer, Long> countsByYears() {
		Map<Integer, Long> counts = new TreeMap<>();
		active().forEach(p -> counts.merge(p.badgeYears(), 1L, Long::sum));
		return counts;
	}

	public String organizationName(String code) {
		return organizationNames.getOrDefault(code, code);
	}

}
