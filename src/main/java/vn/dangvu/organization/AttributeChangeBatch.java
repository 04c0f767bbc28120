package vn.dangvu.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.dangvu.common.database.CopyRows;
import vn.dangvu.organization.RestructuringCommand.ChangeOrganizationType;
import vn.dangvu.organization.RestructuringCommand.RenameOrganization;
import vn.dangvu.organization.internal.TreeStore;
import vn.dangvu.organization.internal.Version;

/**
 * Renames and changes of type read from an interchange file (restructurings.csv), checked one by one in the order
 * given by the rules of {@link Restructurings#applyImported} — each against the periods as the earlier ones of the
 * batch left them — and written together: the periods of the organizations concerned read in one query and written
 * in one DELETE and one COPY, the restructuring and subject rows by COPY. Neither operation touches the closure (no
 * parent changes) nor announces anything. A batch holds a run of such rows with no other change between them; made by
 * {@link Restructurings#attributeChangeBatch}, used in one transaction.
 */
public final class AttributeChangeBatch implements RestructuringBatch {

	private final TreeStore store;

	private final String recordedBy;

	private final Set<String> codes;

	private final Map<String, Long> ids;

	/** The periods of each organization concerned, as the accepted changes leave them. */
	private final Map<Long, List<Version>> versions;

	/** The periods of the children of the organizations concerned, by parent (parents do not change here). */
	private final Map<Long, List<Version>> childVersions = new HashMap<>();

	private final List<Accepted> accepted = new ArrayList<>();

	private record Accepted(RestructuringCommand command, long organizationId, String newName, OrganizationType newType) {
	}

	AttributeChangeBatch(TreeStore store, Collection<String> codes, String recordedBy) {
		this.store = store;
		this.recordedBy = recordedBy;
		this.codes = Restructurings.stripped(codes);
		this.ids = store.idsOf(this.codes);
		this.versions = new HashMap<>(store.versionsOf(ids.values()));
		for (Version child : store.childVersionsOf(ids.values())) {
			childVersions.computeIfAbsent(child.parentId(), p -> new ArrayList<>()).add(child);
		}
	}

	@Override
	public void add(RestructuringCommand command) {
		switch (command) {
			case RenameOrganization c -> {
				Version at = Restructurings.existingIn("code", c.code(), c.effectiveOn(), codes, ids, versions);
				long orgId = at.organizationId();
				String name = Restructurings.checkRename(c, at);
				change(orgId, c.effectiveOn(), Version::name, v -> v.withName(name));
				accepted.add(new Accepted(c, orgId, name, null));
			}
			case ChangeOrganizationType c -> {
				Version at = Restructurings.existingIn("code", c.code(), c.effectiveOn(), codes, ids, versions);
				long orgId = at.organizationId();
				Restructurings.checkChangeType(c, at, () -> childVersions
					.getOrDefault(orgId, List.of())
					.stream()
					.anyMatch(child -> child.covers(c.effectiveOn())));
				change(orgId, c.effectiveOn(), Version::type, v -> v.withType(c.newType()));
				accepted.add(new Accepted(c, orgId, null, c.newType()));
			}
			default -> throw new IllegalArgumentException("not a rename or a change of type: " + command.operation());
		}
	}

	@Override
	public void write() {
		int n = accepted.size();
		if (n == 0) {
			return;
		}
		long[] restructuringIds = store.insertRestructurings(accepted.stream()
			.map(a -> new TreeStore.NewRestructuring(a.command().operation(), a.command().decision(),
					a.command().effectiveOn(), a.newName(), a.newType()))
			.toList(), recordedBy);
		try (CopyRows rows = store.copy("restructuring_subject", "restructuring_id, organization_id, role, position")) {
			for (int i = 0; i < n; i++) {
				rows.cell(restructuringIds[i]).cell(accepted.get(i).organizationId()).cell("SUBJECT").cell(0).endRow();
			}
		}
		Set<Long> changed = new LinkedHashSet<>();
		accepted.forEach(a -> changed.add(a.organizationId()));
		store.rewriteVersions(changed, changed.stream().flatMap(id -> versions.get(id).stream()).toList());
		accepted.clear();
	}

	private void change(long orgId, LocalDate on, java.util.function.Function<Version, Object> attribute,
			java.util.function.UnaryOperator<Version> update) {
		versions.put(orgId, Version.change(versions.get(orgId), on, attribute, update));
	}

}
