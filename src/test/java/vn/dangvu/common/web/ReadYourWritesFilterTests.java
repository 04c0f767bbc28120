package vn.dangvu.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import vn.dangvu.common.database.PrimaryReads;

/** Read your own writes: who reads from the primary while a read replica serves the others. */
class ReadYourWritesFilterTests {

	final List<Boolean> pinned = new ArrayList<>();

	boolean pass(ReadYourWritesFilter filter, String method, MockHttpSession session) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/members/new");
		request.setSession(session);
		filter.doFilter(request, new MockHttpServletResponse(),
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
				}, (req, res, chain) -> pinned.add(PrimaryReads.pinned())));
		return pinned.getLast();
	}

	@Test
	void aPostAndTheNextPagesOfItsSessionReadFromThePrimary() throws Exception {
		ReadYourWritesFilter filter = new ReadYourWritesFilter(Duration.ofMinutes(5));
		MockHttpSession writer = new MockHttpSession();
		assertThat(pass(filter, "GET", writer)).as("before any write: the replica").isFalse();
		assertThat(pass(filter, "POST", writer)).isTrue();
		assertThat(pass(filter, "GET", writer)).as("the page the form leads to").isTrue();
		assertThat(pass(filter, "GET", new MockHttpSession())).as("another session").isFalse();
		assertThat(PrimaryReads.pinned()).as("nothing stays on the thread").isFalse();
	}

	@Test
	void afterTheWindowTheSessionReadsFromTheReplicaAgain() throws Exception {
		ReadYourWritesFilter filter = new ReadYourWritesFilter(Duration.ZERO);
		MockHttpSession writer = new MockHttpSession();
		assertThat(pass(filter, "POST", writer)).isTrue();
		assertThat(pass(filter, "GET", writer)).isFalse();
	}

}
