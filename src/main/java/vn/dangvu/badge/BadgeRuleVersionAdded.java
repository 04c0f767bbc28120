package vn.dangvu.badge;

import java.time.LocalDate;
import java.util.Map;

/**
 * A version of a badge rule was added (for the audit trail).
 *
 * @param ruleId the DOMAIN.md rule, e.g. {@code R-BADGE-4}
 * @param values what the version says (for R-BADGE-4 the months of waiting by discipline form)
 */
public record BadgeRuleVersionAdded(String ruleId, LocalDate validFrom, String source, Map<String, Integer> values,
		String addedBy) {
}
