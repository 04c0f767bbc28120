package vn.dangvu.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

import vn.dangvu.common.Decision;
import vn.dangvu.organization.NewOrganization;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand;
import vn.dangvu.organization.RestructuringCommand.ChangeOrganizationType;
import vn.dangvu.organization.RestructuringCommand.DissolveOrganization;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.RestructuringCommand.MergeOrganizations;
import vn.dangvu.organization.RestructuringCommand.MoveOrganization;
import vn.dangvu.organization.RestructuringCommand.RenameOrganization;
import vn.dangvu.organization.RestructuringCommand.SplitOrganization;
import vn.dangvu.organization.RestructuringOperation;

/**
 * The restructuring form: one record for every operation, always with the decision and the effective date. Which
 * inputs an operation shows is said once, in {@link #shows(String)}; which it requires, by the validation group of
 * the operation ({@link #validationGroups()}). The rules themselves are the domain's, checked when the command is
 * previewed or applied. Dates are bound by the controller from {@code yyyy-MM-dd} (what {@code <input type=date>}
 * sends) or {@code dd/MM/yyyy}; a date that is neither binds as empty.
 *
 * @param code the organization changed; for ESTABLISH the code of the new organization
 * @param name the name of the new organization (ESTABLISH) or the new name (RENAME)
 * @param type the type of the new organization (ESTABLISH) or the new type (CHANGE_TYPE)
 * @param parentCode the parent (ESTABLISH), the new parent (MOVE) or the parent of a new merge target (MERGE)
 * @param subjectCodes MERGE: the organizations merged, one per line or separated by {@code ;}
 * @param targetName MERGE: the name of the target when the target is new (then type and field too)
 * @param parts SPLIT: the new organizations, {@value #PART_ROWS} rows of which the empty ones are ignored
 * @param assignment SPLIT: for each child of {@code code} on the effective date, the row number (1…) of its new part
 */
record RestructuringForm(@NotNull RestructuringOperation operation,
		@NotBlank(groups = { Establish.class, Rename.class, Move.class, ChangeType.class, Split.class,
				Dissolve.class }) @Size(max = 100) String code,
		@NotBlank(groups = { Establish.class, Rename.class }) @Size(max = 300) String name,
		@NotNull(groups = { Establish.class, ChangeType.class }) OrganizationType type,
		@NotNull(groups = Establish.class) OrganizationField field,
		@NotBlank(groups = Move.class) @Size(max = 100) String parentCode,
		@NotBlank(groups = Merge.class) @Size(max = 5000) String subjectCodes,
		@NotBlank(groups = Merge.class) @Size(max = 100) String targetCode, @Size(max = 300) String targetName,
		OrganizationType targetType, OrganizationField targetField, List<@Valid Part> parts,
		Map<String, Integer> assignment,
		@NotBlank @Size(max = 100) String decisionNo, @NotNull LocalDate decisionDate,
		@Size(max = 300) String decisionIssuer, @NotNull LocalDate effectiveOn) {

	/** The rows of new organizations a split form offers. */
	static final int PART_ROWS = 4;

	/** A new organization of a split; a row without a code is an unused row. */
	record Part(@Size(max = 100) String code, @Size(max = 300) String name, OrganizationType type,
			OrganizationField field) {

		static final Part EMPTY = new Part(null, null, null, null);

		public boolean isUsed() {
			return code != null && !code.isBlank();
		}

		NewOrganization toNewOrganization() {
			return new NewOrganization(code.strip(), name, type, field);
		}

	}

	interface Establish {
	}

	interface Rename {
	}

	interface Move {
	}

	interface ChangeType {
	}

	interface Merge {
	}

	interface Split {
	}

	interface Dissolve {
	}

	RestructuringForm {
		List<Part> rows = new ArrayList<>(parts == null ? List.of() : parts);
		rows.replaceAll(p -> p == null ? Part.EMPTY : p);
		while (rows.size() < PART_ROWS) {
			rows.add(Part.EMPTY);
		}
		parts = List.copyOf(rows);
		assignment = assignment == null ? new LinkedHashMap<>() : new LinkedHashMap<>(assignment);
	}

	/**
	 * A blank form for the operation, started from the organization the officer came from: the parent of a new
	 * organization, the first organization merged, or the organization changed.
	 */
	static RestructuringForm startingFrom(RestructuringOperation operation, String organizationCode) {
		String from = organizationCode == null || organizationCode.isBlank() ? null : organizationCode.strip();
		return switch (operation) {
			case ESTABLISH -> blank(operation, null, from, null);
			case MERGE -> blank(operation, null, null, from);
			default -> blank(operation, from, null, null);
		};
	}

	private static RestructuringForm blank(RestructuringOperation operation, String code, String parentCode,
			String subjectCodes) {
		return new RestructuringForm(operation, code, null, null, null, parentCode, subjectCodes, null, null, null, null,
				null, null, null, null, null, null);
	}

	/** The organization the form is about: the inverse of {@link #startingFrom}. */
	public String startedFrom() {
		if (operation == null) {
			return null;
		}
		return switch (operation) {
			case ESTABLISH -> strip(parentCode);
			case MERGE -> subjectCodeList().stream().findFirst().orElse(null);
			default -> strip(code);
		};
	}

	private static final Set<String> DECISION = Set.of("decisionNo", "decisionDate", "decisionIssuer", "effectiveOn");

	/** True when the form of this operation has the input (a record component name). */
	public boolean shows(String input) {
		if (operation == null) {
			return false;
		}
		Set<String> inputs = switch (operation) {
			case ESTABLISH -> Set.of("code", "name", "type", "field", "parentCode");
			case RENAME -> Set.of("code", "name");
			case MOVE -> Set.of("code", "parentCode");
			case CHANGE_TYPE -> Set.of("code", "type");
			case MERGE -> Set.of("subjectCodes", "targetCode", "targetName", "targetType", "targetField", "parentCode");
			case SPLIT -> Set.of("code", "parts", "assignment");
			case DISSOLVE -> Set.of("code");
		};
		return inputs.contains(input) || DECISION.contains(input);
	}

	/** The Bean Validation groups to check: the defaults and those of the operation. */
	Class<?>[] validationGroups() {
		if (operation == null) {
			return new Class<?>[] { Default.class };
		}
		Class<?> group = switch (operation) {
			case ESTABLISH -> Establish.class;
			case RENAME -> Rename.class;
			case MOVE -> Move.class;
			case CHANGE_TYPE -> ChangeType.class;
			case MERGE -> Merge.class;
			case SPLIT -> Split.class;
			case DISSOLVE -> Dissolve.class;
		};
		return new Class<?>[] { Default.class, group };
	}

	/** MERGE: the codes of the organizations merged, in the order given. */
	List<String> subjectCodeList() {
		if (subjectCodes == null) {
			return List.of();
		}
		return Arrays.stream(subjectCodes.split("[;\\r\\n]+")).map(String::strip).filter(c -> !c.isEmpty()).toList();
	}

	/** MERGE: the target is created by the merge when its name, type or field is given. */
	boolean hasNewTarget() {
		return !blank(targetName) || targetType != null || targetField != null;
	}

	/** SPLIT: the rows that name a new organization. */
	List<Part> usedParts() {
		return parts.stream().filter(Part::isUsed).toList();
	}

	/** The organization whose page shows the outcome: the one created, changed, merged into or ended. */
	String organizationToShow() {
		return operation == RestructuringOperation.MERGE ? strip(targetCode) : strip(code);
	}

	/** Only for a form that passed validation. */
	RestructuringCommand toCommand() {
		Decision decision = new Decision(decisionNo, decisionDate, decisionIssuer);
		return switch (operation) {
			case ESTABLISH -> new EstablishOrganization(strip(code), name, type, field, strip(parentCode), effectiveOn,
					decision);
			case RENAME -> new RenameOrganization(strip(code), name, effectiveOn, decision);
			case MOVE -> new MoveOrganization(strip(code), strip(parentCode), effectiveOn, decision);
			case CHANGE_TYPE -> new ChangeOrganizationType(strip(code), type, effectiveOn, decision);
			case MERGE -> hasNewTarget()
					? new MergeOrganizations(subjectCodeList(), strip(targetCode),
							new NewOrganization(strip(targetCode), targetName, targetType, targetField), strip(parentCode),
							effectiveOn, decision)
					: new MergeOrganizations(subjectCodeList(), strip(targetCode), null, null, effectiveOn, decision);
			case SPLIT -> new SplitOrganization(strip(code), usedParts().stream().map(Part::toNewOrganization).toList(),
					childAssignment(), effectiveOn, decision);
			case DISSOLVE -> new DissolveOrganization(strip(code), effectiveOn, decision);
		};
	}

	/** SPLIT: child code → code of its new part, from the row numbers chosen. */
	private Map<String, String> childAssignment() {
		Map<String, String> codes = new LinkedHashMap<>();
		assignment.forEach((child, row) -> {
			if (row != null && row >= 1 && row <= parts.size() && parts.get(row - 1).isUsed()) {
				codes.put(child, parts.get(row - 1).code().strip());
			}
		});
		return codes;
	}

	private static String strip(String text) {
		return blank(text) ? null : text.strip();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
