package vn.dangvu.badge;

import vn.dangvu.common.RuleViolationException;

/** A new version of the badge rules that is refused; nothing was written. */
public class BadgeRuleRejectedException extends RuleViolationException {

	private BadgeRuleRejectedException(String field, String ruleId, String message) {
		super(field, ruleId, message);
	}

	public static BadgeRuleRejectedException because(String field, String ruleId, String message) {
		return new BadgeRuleRejectedException(field, ruleId, message);
	}

}
