package vn.dangvu.commendation;

import vn.dangvu.common.RuleViolationException;

/** A commendation the rules refuse, or a refused voiding; nothing was written. */
public class CommendationRejectedException extends RuleViolationException {

	private CommendationRejectedException(String field, String ruleId, String message) {
		super(field, ruleId, message);
	}

	public static CommendationRejectedException because(String field, String ruleId, String message) {
		return new CommendationRejectedException(field, ruleId, message);
	}

	public static CommendationRejectedException because(String field, String message) {
		return new CommendationRejectedException(field, null, message);
	}

}
