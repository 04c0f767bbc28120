package vn.dangvu.commendation;

import java.util.Objects;

/**
 * A list of commendations: those of a year whose recipients were in the subtree of {@code orgCode} on the decision
 * date (by the tree of that date).
 *
 * @param kind only organizations or only members; null for both
 */
public record CommendationQuery(String orgCode, int year, RecipientKind kind, CommendationSort sort, int page,
		int size) {

	public static final int MAX_SIZE = 500;

	public CommendationQuery {
		Objects.requireNonNull(orgCode, "orgCode");
		sort = sort == null ? CommendationSort.NAME : sort;
		page = Math.max(0, page);
		size = Math.clamp(size, 1, MAX_SIZE);
	}

}
