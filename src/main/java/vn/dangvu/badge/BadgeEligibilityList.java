package vn.dangvu.badge;

import java.time.LocalDate;
import java.util.List;

/** The members of a subtree eligible for a badge on an award date (INTERCHANGE.md). */
public record BadgeEligibilityList(String org, LocalDate awardDate, List<EligibleMember> eligible) {
}
