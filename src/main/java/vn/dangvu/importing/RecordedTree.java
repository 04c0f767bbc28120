package vn.dangvu.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.dangvu.organization.EstablishedOrganization;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.RestructuringOperation;
import vn.dangvu.organization.RestructuringView;

/**
 * The tree as recorded in the database, in the rows of organizations.csv and restructurings.csv: what export
 * writes, and what import compares a file with to recognize rows already present.
 *
 * @param established every organization, however created, in id order
 * @param organizations the rows of organizations.csv, in id order
 * @param restructurings the rows of restructurings.csv, in the order the changes were recorded
 */
record RecordedTree(List<EstablishedOrganization> established, List<OrganizationRow> organizations,
		List<RestructuringRow> restructurings) {

	static RecordedTree read(Organizations tree) {
		List<EstablishedOrganization> established = tree.established();
		Map<String, EstablishedOrganization> byCode = established.stream()
			.collect(Collectors.toMap(EstablishedOrganization::code, Function.identity()));
		// a split's parts are written as established organizations (see splitRows); merge targets come with the merge
		List<OrganizationRow> organizations = established.stream()
			.filter(o -> o.createdBy() == RestructuringOperation.ESTABLISH
					|| o.createdBy() == RestructuringOperation.SPLIT)
			.map(OrganizationRow::of)
			.toList();
		List<RestructuringRow> restructurings = new ArrayList<>();
		for (RestructuringView change : tree.allRestructurings()) {
			switch (change.operation()) {
				case ESTABLISH -> {
				}
				case RENAME -> restructurings.add(row(change, null, change.newName(), null, null));
				case MOVE -> restructurings.add(row(change, null, null, null, change.targetCode()));
				case CHANGE_TYPE -> restructurings.add(row(change, null, null, change.newType(), null));
				case DISSOLVE -> restructurings.add(row(change, null, null, null, null));
				case MERGE -> {
					EstablishedOrganization target = byCode.get(change.targetCode());
					boolean created = target != null && target.createdBy() == RestructuringOperation.MERGE
							&& target.restructuringId() == change.id();
					restructurings.add(created
							? row(change, target.code(), target.name(), target.type(), target.parentCode())
							: row(change, change.targetCode(), null, null, null));
				}
				case SPLIT -> restructurings.addAll(splitRows(change, tree));
			}
		}
		return new RecordedTree(List.copyOf(established), organizations, List.copyOf(restructurings));
	}

	Map<String, EstablishedOrganization> establishedByCode() {
		return established.stream().collect(Collectors.toMap(EstablishedOrganization::code, Function.identity()));
	}

	Set<RestructuringRow.Key> restructuringKeys() {
		return restructurings.stream().map(RestructuringRow::key).collect(Collectors.toSet());
	}

	private static RestructuringRow row(RestructuringView change, String targetCode, String newName,
			OrganizationType newType, String newParentCode) {
		return new RestructuringRow(0, change.decision().number(), change.decision().date(), change.effectiveOn(),
				change.operation(), change.subjectCodes(), targetCode, newName, newType, newParentCode);
	}

	/**
	 * restructurings.csv has no SPLIT: a split is written as what it did. Its parts are rows of organizations.csv
	 * (established on the split date under the subject's parent, see {@link #read}); here each child of the subject
	 * moves to its part on that date, then the subject is dissolved — on the split's decision. Imported, this gives
	 * the same tree of every date; the lineage from the subject to its parts is not carried over.
	 */
	private static List<RestructuringRow> splitRows(RestructuringView split, Organizations tree) {
		String subject = split.subjectCodes().get(0);
		LocalDate on = split.effectiveOn();
		List<RestructuringRow> rows = new ArrayList<>();
		for (OrganizationView child : tree.children(subject, on.minusDays(1))) {
			tree.find(child.code(), on)
				.map(OrganizationView::parentCode)
				.ifPresent(part -> rows.add(new RestructuringRow(0, split.decision().number(), split.decision().date(),
						on, RestructuringOperation.MOVE, List.of(child.code()), null, null, null, part)));
		}
		rows.add(new RestructuringRow(0, split.decision().number(), split.decision().date(), on,
				RestructuringOperation.DISSOLVE, List.of(subject), null, null, null, null));
		return rows;
	}

}
