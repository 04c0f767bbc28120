package vn.dangvu.member;

import java.time.LocalDate;

/**
 * A line of a {@link MemberPageSection}: a date, a label (a message key), a text of data and a link.
 *
 * @param href a path inside the application, or null
 */
public record MemberPageLine(LocalDate date, String labelKey, String text, String href) {
}
