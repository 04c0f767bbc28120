package vn.dangvu.member;

/**
 * A problem with one input: the field (form field or CSV column), the rule id when a DOMAIN.md rule is broken, and
 * the Vietnamese message.
 */
public record FieldProblem(String field, String ruleId, String message) {

	public static FieldProblem of(String field, String message) {
		return new FieldProblem(field, null, message);
	}

	/** The message with its rule id, as imports report it. */
	public String describe() {
		return ruleId == null ? message : message + " (" + ruleId + ")";
	}

}
