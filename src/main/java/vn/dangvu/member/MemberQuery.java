package vn.dangvu.member;

import java.time.LocalDate;
import java.util.Set;

/**
 * The filters of a member list: the subtree of {@code orgCode} (all organizations when null) as of {@code asOf}, and
 * any of the other filters (null = no filter). {@code statuses} empty means members (official and probationary).
 */
public record MemberQuery(String orgCode, LocalDate asOf, String text, Set<MemberStatus> statuses, Gender gender,
		AgeBand ageBand, Boolean ethnicMinority, Boolean religious, PoliticalTheory politicalTheory,
		ProfessionalLevel professionalLevel, Boolean exempted, MemberSort sort, int page, int size) {

	public MemberQuery {
		statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
		sort = sort == null ? MemberSort.NAME : sort;
		page = Math.max(0, page);
		size = size <= 0 ? 50 : Math.min(size, 500);
	}

	public static MemberQuery of(String orgCode, LocalDate asOf) {
		return new MemberQuery(orgCode, asOf, null, null, null, null, null, null, null, null, null, null, 0, 50);
	}

}
