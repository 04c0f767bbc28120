package vn.dangvu.access;

import java.util.List;

/** A user account as the user administration lists it. */
public record UserSummary(String username, boolean enabled, List<Grant> grants) {
}
