package vn.dangvu.member.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

import vn.dangvu.member.AgeBand;
import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberQuery;
import vn.dangvu.member.MemberSort;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.PoliticalTheory;
import vn.dangvu.member.ProfessionalLevel;

/**
 * The filters of the member list as they stand in its URL, so that a list can be bookmarked, sent and exported as it
 * is on screen. Every component may be missing: no organization means all of them (which the access guard lets only
 * an administrator ask for: anyone else is sent to the list of their own organization), no date means today, no
 * status means members (official and probationary). Dates are bound by the controller from {@code yyyy-MM-dd} or
 * {@code dd/MM/yyyy}.
 *
 * @param page zero-based, as in the API
 */
record MemberFilter(String org, LocalDate asOf, String q, MemberStatus status, Gender gender, AgeBand ageBand,
		Boolean ethnicMinority, Boolean religious, PoliticalTheory politicalTheory,
		ProfessionalLevel professionalLevel, Boolean exempted, MemberSort sort, Integer page, Integer size) {

	static final int DEFAULT_SIZE = 50;

	/** The page sizes offered; any size up to the roster's maximum is accepted in the URL. */
	static final int[] SIZES = { 20, 50, 100, 200 };

	MemberFilter {
		org = blankToNull(org);
		q = blankToNull(q);
	}

	static MemberFilter none() {
		return new MemberFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	public LocalDate asOfOrToday() {
		return asOf == null ? LocalDate.now() : asOf;
	}

	public MemberSort sortOrDefault() {
		return sort == null ? MemberSort.NAME : sort;
	}

	public int pageOrFirst() {
		return page == null || page < 0 ? 0 : page;
	}

	public int sizeOrDefault() {
		return size == null || size <= 0 ? DEFAULT_SIZE : size;
	}

	/** The roster query of the page on screen. */
	MemberQuery toQuery() {
		return toQuery(pageOrFirst(), sizeOrDefault());
	}

	/** The roster query of any page of the same list (the export walks through them). */
	MemberQuery toQuery(int pageNo, int pageSize) {
		Set<MemberStatus> statuses = status == null ? Set.of() : EnumSet.of(status);
		return new MemberQuery(org, asOfOrToday(), q, statuses, gender, ageBand, ethnicMinority, religious,
				politicalTheory, professionalLevel, exempted, sortOrDefault(), pageNo, pageSize);
	}

	/** The list with the same filters on another page. */
	public String pageLink(int pageNo) {
		return link("/members", sort, pageNo, size);
	}

	/** The list with the same filters in another order (a {@link MemberSort} name), from its first page. */
	public String sortLink(String by) {
		return link("/members", MemberSort.valueOf(by), null, size);
	}

	/** The Excel file of the same list: every matching row, not only this page. */
	public String exportLink() {
		return link("/members/export.xlsx", sort, null, null);
	}

	private String link(String path, MemberSort by, Integer pageNo, Integer pageSize) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		Map<String, Object> values = new LinkedHashMap<>();
		param(uri, values, "org", org);
		param(uri, values, "asOf", asOf);
		param(uri, values, "q", q);
		param(uri, values, "status", status);
		param(uri, values, "gender", gender);
		param(uri, values, "ageBand", ageBand);
		param(uri, values, "ethnicMinority", ethnicMinority);
		param(uri, values, "religious", religious);
		param(uri, values, "politicalTheory", politicalTheory);
		param(uri, values, "professionalLevel", professionalLevel);
		param(uri, values, "exempted", exempted);
		param(uri, values, "sort", by);
		param(uri, values, "page", pageNo == null || pageNo == 0 ? null : pageNo);
		param(uri, values, "size", pageSize);
		// values as URI variables: encoded strictly, so that "+" or "&" in a search text stay what they were
		return uri.encode().buildAndExpand(values).toUriString();
	}

	private static void param(UriComponentsBuilder uri, Map<String, Object> values, String name, Object value) {
		if (value != null) {
			uri.queryParam(name, "{" + name + "}");
			values.put(name, value.toString());
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
