package vn.dangvu.organization;

import java.util.Map;

/**
 * A node of the tree browser on a date: the organization and the number of its children by type.
 */
public record OrganizationNode(OrganizationView organization, Map<OrganizationType, Integer> childrenByType) {

	public int childCount() {
		return childrenByType.values().stream().mapToInt(Integer::intValue).sum();
	}

}
