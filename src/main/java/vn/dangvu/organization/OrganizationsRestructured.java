package vn.dangvu.organization;

import java.time.LocalDate;
import java.util.Map;

/**
 * Published in the transaction of a merge or split: every member of each organization code on the left moves to the
 * organization on the right on {@code effectiveOn}.
 */
public record OrganizationsRestructured(long restructuringId, RestructuringOperation operation, LocalDate effectiveOn,
		Map<String, String> membersMoveTo) {
}
