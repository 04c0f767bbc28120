package vn.dangvu.member;

/**
 * An event the lifecycle rules refuse. The rule id is from DOMAIN.md ({@code R-ADM-4}, …) or {@code LIFECYCLE} for the
 * order of the lifecycle itself; the message is Vietnamese.
 */
public record LifecycleViolation(String ruleId, String message) {

	@Override
	public String toString() {
		return ruleId + ": " + message;
	}

}
