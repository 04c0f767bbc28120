package vn.dangvu.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringOperation;

/**
 * A row of restructurings.csv: one change to the tree on a decision.
 *
 * @param line the line of the file it was read from; 0 when it comes from the database
 * @param subjectCodes the organizations changed (several only for a merge)
 * @param newName for a rename, or the name of a merge target the merge creates
 * @param newType for a change of type, or the type of a merge target the merge creates
 * @param newParentCode for a move, or the parent of a merge target the merge creates
 */
record RestructuringRow(long line, String decisionNo, LocalDate decisionDate, LocalDate effectiveOn,
		RestructuringOperation operation, List<String> subjectCodes, String targetCode, String newName,
		OrganizationType newType, String newParentCode) {

	RestructuringRow {
		subjectCodes = List.copyOf(subjectCodes);
	}

	/**
	 * What recognizes a change already recorded, so that importing the same file again skips it: the operation, the
	 * decision number, the effective date and the organizations changed.
	 */
	record Key(RestructuringOperation operation, String decisionNo, LocalDate effectiveOn, List<String> subjectCodes) {
	}

	Key key() {
		return new Key(operation, decisionNo, effectiveOn, subjectCodes.stream().sorted().toList());
	}

	/** Every organization code the row names. */
	List<String> codes() {
		List<String> codes = new ArrayList<>(subjectCodes);
		if (targetCode != null) {
			codes.add(targetCode);
		}
		if (newParentCode != null) {
			codes.add(newParentCode);
		}
		return codes;
	}

	/** The cells in the column order of {@link OrganizationFiles#RESTRUCTURINGS}. */
	List<String> cells() {
		return Arrays.asList(decisionNo, decisionDate.toString(), effectiveOn.toString(), operation.name(),
				String.join(";", subjectCodes), targetCode, newName, newType == null ? null : newType.name(),
				newParentCode);
	}

}
