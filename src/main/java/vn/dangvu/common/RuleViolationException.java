package vn.dangvu.common;

/**
 * A change the rules refuse, nothing having been written: the input it concerns, the DOMAIN.md rule broken (if any)
 * and a Vietnamese message. Modules name their own kinds (an assessment refused, a badge round refused).
 */
public abstract class RuleViolationException extends RuntimeException {

	private final String field;

	private final String ruleId;

	protected RuleViolationException(String field, String ruleId, String message) {
		super(message);
		this.field = field;
		this.ruleId = ruleId;
	}

	/** The input concerned (a form field or file column), when there is one. */
	public String field() {
		return field;
	}

	/** The DOMAIN.md rule broken, if any. */
	public String ruleId() {
		return ruleId;
	}

	/** The message with its rule id. */
	public String describe() {
		return ruleId == null ? getMessage() : getMessage() + " (" + ruleId + ")";
	}

}
