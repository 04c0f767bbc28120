package vn.dangvu.badge;

import vn.dangvu.common.RuleViolationException;

/** A change to a badge round that the rules refuse; nothing was written. */
public class BadgeRoundRejectedException extends RuleViolationException {

	private BadgeRoundRejectedException(String field, String ruleId, String message) {
		super(field, ruleId, message);
	}

	public static BadgeRoundRejectedException because(String field, String ruleId, String message) {
		return new BadgeRoundRejectedException(field, ruleId, message);
	}

	public static BadgeRoundRejectedException because(String field, String message) {
		return new BadgeRoundRejectedException(field, null, message);
	}

}
