package vn.dangvu.badge.web;

import org.springframework.web.util.UriUtils;

/**
 * The links of a round's rows, built by concatenation: a Thymeleaf link expression per row goes through the resource
 * chain's URL encoding, which looks every path up on the class path — seconds for a city's list of thousands.
 *
 * @param contextPath the application's context path
 * @param org the round's organization, which the round's addresses name for the access guard
 */
record RowLinks(String contextPath, long roundId, String org) {

	public String member(String memberNo) {
		return contextPath + "/members/" + UriUtils.encodePathSegment(memberNo, java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The round's page with the form that takes this member off the list, scrolled to the row. */
	public String removing(String memberNo) {
		String no = UriUtils.encodeQueryParam(memberNo, java.nio.charset.StandardCharsets.UTF_8);
		return contextPath + "/badges/rounds/" + roundId + "?org="
				+ UriUtils.encodeQueryParam(org, java.nio.charset.StandardCharsets.UTF_8) + "&remove=" + no + "#proposal-" + no;
	}

}
