package vn.dangvu.commendation;

import java.util.List;

/**
 * One page of a list of commendations, with the tally of its year — every kind of recipient, whichever the list
 * shows — read with it.
 */
public record CommendationPage(long total, int page, int size, List<CommendationRow> items, CommendationTally tally) {
}
