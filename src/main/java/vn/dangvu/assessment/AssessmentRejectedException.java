package vn.dangvu.assessment;

/** An assessment input or a round's change that the rules refuse; nothing was written. */
public class AssessmentRejectedException extends RuntimeException {

	private final String field;

	private final String ruleId;

	private AssessmentRejectedException(String field, String ruleId, String message) {
		super(message);
		this.field = field;
		this.ruleId = ruleId;
	}

	public static AssessmentRejectedException because(String field, String ruleId, String message) {
		return new AssessmentRejectedException(field, ruleId, message);
	}

	public static AssessmentRejectedException because(String field, String message) {
		return new AssessmentRejectedException(field, null, message);
	}

	/** The input concerned: {@code grade}, {@code score}, {@code decisionNo}, … */
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
