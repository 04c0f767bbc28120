package vn.dangvu.badge;

/** A change to a badge round that the rules refuse; nothing was written. */
public class BadgeRoundRejectedException extends RuntimeException {

	private final String field;

	private final String ruleId;

	private BadgeRoundRejectedException(String field, String ruleId, String message) {
		super(message);
		this.field = field;
		this.ruleId = ruleId;
	}

	public static BadgeRoundRejectedException because(String field, String ruleId, String message) {
		return new BadgeRoundRejectedException(field, ruleId, message);
	}

	public static BadgeRoundRejectedException because(String field, String message) {
		return new BadgeRoundRejectedException(field, null, message);
	}

	public String field() {
		return field;
	}

	public String ruleId() {
		return ruleId;
	}

	/** The message with its rule id. */
	public String describe() {
		return ruleId == null ? getMessage() : getMessage() + " (" + ruleId + ")";
	}

}
