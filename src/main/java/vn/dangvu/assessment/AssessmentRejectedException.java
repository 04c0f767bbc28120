package vn.dangvu.assessment;

import vn.dangvu.common.RuleViolationException;

/** An assessment input or a round's change that the rules refuse; nothing was written. */
public class AssessmentRejectedException extends RuleViolationException {

	private AssessmentRejectedException(String field, String ruleId, String message) {
		super(field, ruleId, message);
	}

	public static AssessmentRejectedException because(String field, String ruleId, String message) {
		return new AssessmentRejectedException(field, ruleId, message);
	}

	public static AssessmentRejectedException because(String field, String message) {
		return new AssessmentRejectedException(field, null, message);
	}

}
