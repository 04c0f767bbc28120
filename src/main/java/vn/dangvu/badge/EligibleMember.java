package vn.dangvu.badge;

/** A member eligible for a badge on an award date (INTERCHANGE.md badge eligibility JSON). */
public record EligibleMember(String memberNo, String fullName, String orgCode, long partyAgeMonths, int badgeYears) {
}
