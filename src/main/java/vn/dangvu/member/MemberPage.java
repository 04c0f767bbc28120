package vn.dangvu.member;

import java.util.List;

/** One page of a member list and the number of members matching in all. */
public record MemberPage(long total, int page, int size, List<MemberRow> items) {

	public int pages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

}
