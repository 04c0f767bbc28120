package vn.dangvu.member.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;

/**
 * The names of the organizations a list shows, as they stood on the list's date, each looked up once. A member's
 * period always names an organization that exists on its dates (members follow merges), so a missing name only means
 * a code the tree does not know; the code is shown then.
 */
final class OrganizationNames {

	private final Organizations organizations;

	private final LocalDate on;

	private final Map<String, Optional<OrganizationView>> known = new HashMap<>();

	private OrganizationNames(Organizations organizations, LocalDate on) {
		this.organizations = organizations;
		this.on = on;
	}

	/** Names looked up one organization at a time: for a page of a list. */
	static OrganizationNames on(Organizations organizations, LocalDate on) {
		return new OrganizationNames(organizations, on);
	}

	/** Names of the whole subtree read at once (every organization when {@code code} is null): for an export. */
	static OrganizationNames ofSubtree(Organizations organizations, String code, LocalDate on) {
		OrganizationNames names = new OrganizationNames(organizations, on);
		var roots = code == null ? organizations.roots(on) : organizations.find(code, on).stream().toList();
		for (OrganizationView root : roots) {
			organizations.subtree(root.code(), on).forEach(o -> names.known.put(o.code(), Optional.of(o)));
		}
		return names;
	}

	Optional<OrganizationView> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return known.computeIfAbsent(code, c -> organizations.find(c, on));
	}

	/** The organization's name on the date, else its code. */
	public String name(String code) {
		return find(code).map(OrganizationView::name).orElse(code == null ? "" : code);
	}

}
