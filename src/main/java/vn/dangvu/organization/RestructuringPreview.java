package vn.dangvu.organization;

import java.util.List;
import java.util.Map;

/**
 * What a restructuring would change: the subtree of each organization concerned the day before the effective date
 * and on it.
 */
public record RestructuringPreview(RestructuringCommand command, Map<String, List<OrganizationView>> before,
		Map<String, List<OrganizationView>> after) {
}
