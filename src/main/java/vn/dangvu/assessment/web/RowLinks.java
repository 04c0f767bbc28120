package vn.dangvu.assessment.web;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * The links of a round's rows, built by concatenation: a Thymeleaf link expression per row goes through the resource
 * chain's URL encoding, which looks every path up on the class path — seconds for a list of thousands.
 *
 * @param contextPath the application's context path
 * @param orgCode the round's grassroots organization, named in every address of the round for the scope guard
 */
record RowLinks(String contextPath, long roundId, String orgCode) {

	public String member(String memberNo) {
		return contextPath + "/members/" + UriUtils.encodePathSegment(memberNo, StandardCharsets.UTF_8);
	}

	/** Where one member's row is posted. */
	public String entry(String memberNo) {
		return contextPath + "/assessments/rounds/" + roundId + "/entries/"
				+ UriUtils.encodePathSegment(memberNo, StandardCharsets.UTF_8) + org();
	}

	/** Where one organization's row is posted. */
	public String organization(String code) {
		return contextPath + "/assessments/rounds/" + roundId + "/organizations/"
				+ UriUtils.encodePathSegment(code, StandardCharsets.UTF_8) + org();
	}

	private String org() {
		return "?org=" + UriUtils.encodeQueryParam(orgCode, StandardCharsets.UTF_8);
	}

}
