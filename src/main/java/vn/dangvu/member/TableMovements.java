package vn.dangvu.member;

import java.util.Map;

/**
 * The movements of a table's rows, each a set of spans of organizations ({@link MemberStatistics#movementsByRow}),
 * and of all its rows as one subtree ({@code whole}): the events with {@code effective_on} in the period of members
 * who belonged on the event's date to an organization then in it, a transfer counted only when it crosses its
 * boundary.
 */
public record TableMovements(Map<String, MemberMovements> rows, MemberMovements whole) {
}
