package vn.dangvu.member.web;

import org.springframework.web.util.UriComponentsBuilder;

/** Where the member's controllers send the browser after a change: the member's page, its event form open or not. */
final class MemberPageRedirects {

	/**
	 * The page's parameter that opens the form recording the next event. The form is shown on demand: on a page that
	 * is only read, its inputs, options and bindings were about a tenth of the page's cost (issue #7).
	 */
	static final String NEW_EVENT_PARAMETER = "newEvent";

	private MemberPageRedirects() {
	}

	/** The member's page. */
	static String page(String memberNo) {
		return "redirect:" + UriComponentsBuilder.fromPath("/members/{memberNo}").buildAndExpand(memberNo).encode()
			.toUriString();
	}

	/**
	 * The member's page with the event form open, for the next event: where an officer entering a file's history goes
	 * on (after the file is opened, after an event is recorded).
	 */
	static String pageWithEventForm(String memberNo) {
		return "redirect:" + UriComponentsBuilder.fromPath("/members/{memberNo}")
			.queryParam(NEW_EVENT_PARAMETER, true)
			.buildAndExpand(memberNo)
			.encode()
			.toUriString();
	}

}
