package vn.dangvu.organization;

import java.time.LocalDate;
import java.util.List;

import vn.dangvu.common.Decision;

/**
 * A recorded restructuring: the decision, the effective date and the organizations it concerned.
 *
 * @param subjectCodes the organizations changed
 * @param targetCode the merge target or the new parent, when there is one
 * @param partCodes the organizations a split produced
 */
public record RestructuringView(long id, RestructuringOperation operation, Decision decision, LocalDate effectiveOn,
		List<String> subjectCodes, String targetCode, List<String> partCodes, String newName, OrganizationType newType) {
}
