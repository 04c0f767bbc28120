package vn.dangvu.common.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.dangvu.common.database.PrimaryReads;

/**
 * Read your own writes with a read replica: a request that may write (any method but GET, HEAD, OPTIONS), and every
 * request of its session for a while after it ({@code dangvu.db.replica.read-your-writes}, 30 s by default — far
 * beyond a healthy standby's lag), reads from the primary, so the page a form leads to shows what was just saved.
 * Everyone else's reads go to the replica.
 */
@Component
class ReadYourWritesFilter extends OncePerRequestFilter {

	static final String LAST_WRITE = ReadYourWritesFilter.class.getName() + ".lastWrite";

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

	private final long windowNanos;

	ReadYourWritesFilter(@Value("${dangvu.db.replica.read-your-writes:30s}") Duration window) {
		this.windowNanos = window.toNanos();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean writes = !SAFE.contains(request.getMethod());
		if (!writes && !wroteRecently(request.getSession(false))) {
			chain.doFilter(request, response);
			return;
		}
		try {
			PrimaryReads.call(() -> {
				chain.doFilter(request, response);
				return null;
			});
		}
		catch (IOException | ServletException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ServletException(ex);
		}
		finally {
			HttpSession session = writes ? request.getSession(false) : null;
			if (session != null) {
				try {
					session.setAttribute(LAST_WRITE, System.nanoTime());
				}
				catch (IllegalStateException ex) {
					// the request ended its session (logout): nothing to remember
				}
			}
		}
	}

	private boolean wroteRecently(HttpSession session) {
		if (session == null) {
			return false;
		}
		try {
			return session.getAttribute(LAST_WRITE) instanceof Long at && System.nanoTime() - at < windowNanos;
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

}
