package vn.dangvu.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The page links under a list, and a page of a list read whole. */
class PaginationTests {

	static final List<Integer> ROWS = IntStream.rangeClosed(1, 23).boxed().toList();

	static String href(int page) {
		return "/list?page=" + page;
	}

	@Test
	void linksTheFirstTheLastAndAWindowAroundTheCurrentPage() {
		Pagination p = Pagination.of(230, 5, 10, PaginationTests::href);
		assertThat(p.pages()).isEqualTo(23);
		assertThat(List.of(p.from(), p.to())).containsExactly(51, 60);
		assertThat(p.previous()).isEqualTo("/list?page=4");
		assertThat(p.next()).isEqualTo("/list?page=6");
		// 1 … 4 5 [6] 7 8 … 23, shown from 1
		assertThat(p.links()).extracting(l -> l.gap() ? "…" : l.current() ? "[" + l.number() + "]" : "" + l.number())
			.containsExactly("1", "…", "4", "5", "[6]", "7", "8", "…", "23");
	}

	@Test
	void aSliceIsThePageAskedForClampedToTheFirstAndTheLast() {
		Pagination.Slice<Integer> second = Pagination.slice(ROWS, 1, 10, PaginationTests::href);
		assertThat(second.items()).containsExactly(11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
		assertThat(List.of(second.pagination().from(), second.pagination().to())).containsExactly(11, 20);
		// past the last: the last, three rows
		Pagination.Slice<Integer> past = Pagination.slice(ROWS, 7, 10, PaginationTests::href);
		assertThat(past.items()).containsExactly(21, 22, 23);
		assertThat(past.pagination().page()).isEqualTo(2);
		assertThat(past.pagination().next()).isNull();
		// before the first: the first
		Pagination.Slice<Integer> before = Pagination.slice(ROWS, -1, 10, PaginationTests::href);
		assertThat(before.items()).startsWith(1).hasSize(10);
		assertThat(before.pagination().previous()).isNull();
		// exactly full pages: the last page is full, no empty page after it
		assertThat(Pagination.slice(ROWS.subList(0, 20), 5, 10, PaginationTests::href).items()).startsWith(11)
			.hasSize(10);
	}

	@Test
	void anEmptyListHasOneEmptyPageAndNoLinks() {
		Pagination.Slice<Integer> none = Pagination.slice(List.of(), 3, 10, PaginationTests::href);
		assertThat(none.items()).isEmpty();
		assertThat(none.pagination().total()).isZero();
		assertThat(none.pagination().links()).isEmpty();
		assertThat(none.pagination().previous()).isNull();
		assertThat(none.pagination().next()).isNull();
	}

}
