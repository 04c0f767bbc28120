package vn.dangvu.member;

/** Members of one age band and one gender on a date (the age pyramid of a dashboard). */
public record AgeGenderCount(AgeBand band, Gender gender, long members) {
}
