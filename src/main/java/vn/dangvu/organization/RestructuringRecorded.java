package vn.dangvu.organization;

import java.time.LocalDate;
import java.util.List;

import vn.dangvu.common.Decision;

/**
 * Published in the transaction of every restructuring applied (not of a preview, nor of the rows of an import, which
 * is recorded as a whole): what was changed, on which decision, and the organizations concerned as they stood the
 * day before the effective date and on it.
 *
 * @param codes the organizations concerned: subjects, parents, targets, created parts
 * @param before those that existed the day before {@code effectiveOn}, as they were then
 * @param after those that exist on {@code effectiveOn}, as they are then
 */
public record RestructuringRecorded(long restructuringId, RestructuringOperation operation, Decision decision,
		LocalDate effectiveOn, List<String> codes, List<OrganizationView> before, List<OrganizationView> after,
		String recordedBy) {
}
