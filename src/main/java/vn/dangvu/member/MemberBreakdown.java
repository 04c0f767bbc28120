package vn.dangvu.member;

import java.util.Map;

/**
 * Members of one or more organizations on a date broken down the ways the basic statistics need (DOMAIN.md §7,
 * R-STAT-1). Maps are keyed by enum name; {@code null} levels are counted under {@code "UNKNOWN"}.
 */
public record MemberBreakdown(long total, long official, long probationary, long female, long ethnicMinority,
		long religious, long exempted, Map<String, Long> ageBands, Map<String, Long> professionalLevels,
		Map<String, Long> politicalTheory) {

	public static MemberBreakdown empty() {
		return new MemberBreakdown(0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(), Map.of());
	}

	/** The sum of two breakdowns (rolling organizations up into their parent's row). */
	public MemberBreakdown plus(MemberBreakdown o) {
		return new MemberBreakdown(total + o.total, official + o.official, probationary + o.probationary,
				female + o.female, ethnicMinority + o.ethnicMinority, religious + o.religious, exempted + o.exempted,
				sum(ageBands, o.ageBands), sum(professionalLevels, o.professionalLevels),
				sum(politicalTheory, o.politicalTheory));
	}

	private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
		Map<String, Long> result = new java.util.HashMap<>(a);
		b.forEach((k, v) -> result.merge(k, v, Long::sum));
		return result;
	}

}
