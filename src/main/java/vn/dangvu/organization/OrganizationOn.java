package vn.dangvu.organization;

import java.time.LocalDate;

/** An organization's code and a day to read it on: a name asked for as of the day ({@link Organizations#namesOn}). */
public record OrganizationOn(String code, LocalDate date) {
}
