package vn.dangvu.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The page links under a list (the {@code fragments/pagination} fragment): previous, the first, a window around the
 * current page, the last, next. Shared by the lists of every module. Page numbers are zero-based in links and shown from 1.
 *
 * @param links the numbered pages, with {@code null} hrefs standing for a gap ("…")
 */
public record Pagination(long total, int page, int pages, int from, int to, String previous, String next, List<Link> links) {

	/** How many pages either side of the current one get a link. */
	public static final int WINDOW = 2;

	public record Link(int number, String href, boolean current) {

		public boolean gap() {
			return href == null;
		}

	}

	/** One page of a list read whole, with its links. */
	public record Slice<T>(List<T> items, Pagination pagination) {
	}

	/**
	 * The page of a list read whole: a page past the last shows the last, one before the first the first (a link kept
	 * from before the list shrank).
	 */
	public static <T> Slice<T> slice(List<T> all, int page, int size, IntFunction<String> href) {
		int pages = Math.max(1, (all.size() + size - 1) / size);
		int shown = Math.min(Math.max(0, page), pages - 1);
		return new Slice<>(all.subList(shown * size, Math.min(all.size(), (shown + 1) * size)),
				of(all.size(), shown, size, href));
	}

	public static Pagination of(long total, int page, int size, IntFunction<String> href) {
		int pages = size == 0 ? 0 : (int) ((total + size - 1) / size);
		int from = total == 0 ? 0 : page * size + 1;
		int to = (int) Math.min(total, (long) (page + 1) * size);
		List<Link> links = new ArrayList<>();
		int last = -1;
		for (int p = 0; p < pages; p++) {
			if (p == 0 || p == pages - 1 || Math.abs(p - page) <= WINDOW) {
				if (last >= 0 && p > last + 1) {
					links.add(new Link(0, null, false));
				}
				links.add(new Link(p + 1, href.apply(p), p == page));
				last = p;
			}
		}
		return new Pagination(total, page, pages, from, to, page > 0 ? href.apply(page - 1) : null,
				page + 1 < pages ? href.apply(page + 1) : null, links);
	}

}
