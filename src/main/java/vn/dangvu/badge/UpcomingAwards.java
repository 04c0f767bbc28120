package vn.dangvu.badge;

import java.time.LocalDate;
import java.util.List;

/** The members who become eligible for a badge on an award date (not eligible for it on the award date before). */
public record UpcomingAwards(LocalDate awardDate, List<EligibleMember> becoming) {
}
