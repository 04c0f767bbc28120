package vn.dangvu.commendation;

import java.util.List;

/** One page of a list of commendations. */
public record CommendationPage(long total, int page, int size, List<CommendationRow> items) {
}
