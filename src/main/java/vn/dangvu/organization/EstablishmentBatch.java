package vn.dangvu.organization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.dangvu.common.text.VietnameseText;
import vn.dangvu.common.time.Dates;
import vn.dangvu.common.database.CopyRows;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.internal.TreeStore;

/**
 * Establishments of an import checked one by one, in the order given, by the rules of a single establishment — the
 * parent exists on the date and may have children, the code is new and well formed — and written together with COPY
 * (restructuring, organization, version and subject rows, then the closure of all of them in one statement). Made by
 * {@link Restructurings#establishmentBatch}; used in one transaction.
 */
public final class EstablishmentBatch {

	private final Restructurings restructurings;

	private final TreeStore store;

	private final String recordedBy;

	private final Set<String> recorded;

	/** The accepted establishments in order; the index of each by code. */
	private final List<EstablishOrganization> accepted = new ArrayList<>();

	private final Map<String, Integer> indexByCode = new HashMap<>();

	/** For each accepted one: the index of its parent in this batch, or -1 (then {@link #recordedParents}). */
	private final List<Integer> parentIndex = new ArrayList<>();

	private final Map<Integer, Long> recordedParents = new HashMap<>();

	EstablishmentBatch(Restructurings restructurings, TreeStore store, String recordedBy) {
		this.restructurings = restructurings;
		this.store = store;
		this.recordedBy = recordedBy;
		this.recorded = store.codes();
	}

	/**
	 * Checks the establishment and keeps it to be written; refused (with nothing kept) as {@link Restructurings#apply}
	 * would refuse it.
	 *
	 * @throws RestructuringRefusedException when a rule refuses it
	 */
	public void add(EstablishOrganization c) {
		NewOrganization organization = new NewOrganization(c.code(), c.name(), c.type(), c.field());
		String parentCode = Restructurings.blank(c.parentCode()) ? null : c.parentCode().strip();
		Integer parent = parentCode == null ? null : indexByCode.get(parentCode);
		Long recordedParent = null;
		if (parentCode != null && parent == null) {
			recordedParent = restructurings.recordedParent(c); // recorded before: checked in the database
		}
		else if (parent != null && accepted.get(parent).effectiveOn().isAfter(c.effectiveOn())) {
			throw RestructuringRefusedException.notExisting("parentCode", parentCode, c.effectiveOn());
		}
		Restructurings.checkNew("code", organization,
				code -> recorded.contains(code) || indexByCode.containsKey(code));
		if (parent != null) {
			Restructurings.checkMayHaveChild(accepted.get(parent).type(), () -> parentCode);
		}
		int index = accepted.size();
		accepted.add(c);
		indexByCode.put(c.code(), index);
		parentIndex.add(parent == null ? -1 : parent);
		if (recordedParent != null) {
			recordedParents.put(index, recordedParent);
		}
	}

	/** How many establishments are kept to be written. */
	public int size() {
		return accepted.size();
	}

	/** Writes every kept establishment, in the order added (so ids follow it). */
	public void write() {
		int n = accepted.size();
		if (n == 0) {
			return;
		}
		long[] restructuringIds = store.insertRestructurings(accepted.stream()
			.map(c -> new TreeStore.NewRestructuring(RestructuringOperation.ESTABLISH, c.decision(), c.effectiveOn(),
					null, null))
			.toList(), recordedBy);
		long[] organizationIds = store.reserveIds("organization", n);
		try (CopyRows rows = store.copy("organization", "id, code, established_on, established_by")) {
			for (int i = 0; i < n; i++) {
				EstablishOrganization c = accepted.get(i);
				rows.cell(organizationIds[i]).cell(c.code()).cell(c.effectiveOn()).cell(restructuringIds[i]).endRow();
			}
		}
		try (CopyRows rows = store.copy("organization_version",
				"organization_id, valid_from, valid_to, name, name_folded, type, field, parent_id")) {
			for (int i = 0; i < n; i++) {
				EstablishOrganization c = accepted.get(i);
				String name = VietnameseText.normalize(c.name());
				rows.cell(organizationIds[i]).cell(c.effectiveOn()).cell(Dates.OPEN_END).cell(name)
					.cell(VietnameseText.fold(name)).cell(c.type().name()).cell(c.field().name()).cell(parentId(i, organizationIds))
					.endRow();
			}
		}
		try (CopyRows rows = store.copy("restructuring_subject", "restructuring_id, organization_id, role, position")) {
			for (int i = 0; i < n; i++) {
				rows.cell(restructuringIds[i]).cell(organizationIds[i]).cell("SUBJECT").cell(0).endRow();
				Long parent = parentId(i, organizationIds);
				if (parent != null) {
					rows.cell(restructuringIds[i]).cell(parent).cell("NEW_PARENT").cell(0).endRow();
				}
			}
		}
		store.recomputeClosure(Arrays.stream(organizationIds).boxed().toList());
		store.analyze();
		accepted.clear();
		indexByCode.clear();
		parentIndex.clear();
		recordedParents.clear();
	}

	private Long parentId(int index, long[] organizationIds) {
		int parent = parentIndex.get(index);
		return parent >= 0 ? Long.valueOf(organizationIds[parent]) : recordedParents.get(index);
	}

}
