package vn.dangvu.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.dangvu.common.Decision;

/**
 * A change to the tree, on a decision, effective from a date. The past is never rewritten: before
 * {@code effectiveOn} the tree stays as it was.
 */
public sealed interface RestructuringCommand {

	Decision decision();

	LocalDate effectiveOn();

	RestructuringOperation operation();

	/** Creates an organization; {@code parentCode} is empty for a root. */
	record EstablishOrganization(String code, String name, OrganizationType type, OrganizationField field,
			String parentCode, LocalDate effectiveOn, Decision decision) implements RestructuringCommand {
		public RestructuringOperation operation() {
			return RestructuringOperation.ESTABLISH;
		}
	}

	record RenameOrganization(String code, String newName, LocalDate effectiveOn, Decision decision)
			implements RestructuringCommand {
		public RestructuringOperation operation() {
			return RestructuringOperation.RENAME;
		}
	}

	/** Moves an organization, with everything under it, under another parent. */
	record MoveOrganization(String code, String newParentCode, LocalDate effectiveOn, Decision decision)
			implements RestructuringCommand {
		public RestructuringOperation operation() {
			return RestructuringOperation.MOVE;
		}
	}

	record ChangeOrganizationType(String code, OrganizationType newType, LocalDate effectiveOn, Decision decision)
			implements RestructuringCommand {
		public RestructuringOperation operation() {
			return RestructuringOperation.CHANGE_TYPE;
		}
	}

	/**
	 * Merges the subjects into the target: their children and members go to the target on {@code effectiveOn}; the
	 * subjects end the day before. The target is an existing organization ({@code newTarget} null) or created under
	 * {@code newTargetParentCode}.
	 */
	record MergeOrganizations(List<String> subjectCodes, String targetCode, NewOrganization newTarget,
			String newTargetParentCode, LocalDate effectiveOn, Decision decision) implements RestructuringCommand {
		public RestructuringOperation operation() {
			return RestructuringOperation.MERGE;
		}
	}

	/**
	 * Splits an organization into new parts under its parent; each child organization goes to the part named in
	 * {@code childAssignment}. The subject ends the day before {@code effectiveOn}.
	 */
	record SplitOrganization(String code, List<NewOrganization> parts, Map<String, String> childAssignment,
			LocalDate effectiveOn, Decision decision) implements RestructuringCommand {
		public RestructuringOperation operation() {
			return RestructuringOperation.SPLIT;
		}
	}

	/** Dissolves an organization; refused while it still has members or child organizations on that date. */
	record DissolveOrganization(String code, LocalDate effectiveOn, Decision decision) implements RestructuringCommand {
		public RestructuringOperation operation() {
			return RestructuringOperation.DISSOLVE;
		}
	}

}
