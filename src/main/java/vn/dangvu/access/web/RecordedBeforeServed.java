package vn.dangvu.access.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.dangvu.access.AuditTrail;

/**
 * A view of a member's file is recorded before anything of the file is served, without the request waiting for the
 * record first: {@link ScopeGuard} hands the record to the audit trail's writer and the request reads and renders its
 * page meanwhile; the response's body — its writer, its stream, a flush — is opened only once the record is
 * committed. A record that cannot be written fails the request before its first byte, as it did when the guard
 * waited. A response that has no body (a redirect) waits at the end of the request. The member page no longer queues
 * its reads behind the group commit's disk flush.
 */
@Component
class RecordedBeforeServed extends OncePerRequestFilter {

	private static final String PENDING = RecordedBeforeServed.class.getName() + ".pending";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new Awaiting(request, response));
		awaitRecords(request);
	}

	/**
	 * Lets the response wait for the record, when it is one of this filter's; otherwise (a response this filter did not
	 * see) waits for it now, as every access was recorded before.
	 */
	static void recordBeforeServing(HttpServletRequest request, ServletResponse response,
			AuditTrail.PendingAccess access) {
		if (response instanceof ServletResponseWrapper wrapper && (wrapper instanceof Awaiting
				|| wrapper.isWrapperFor(Awaiting.class))) {
			@SuppressWarnings("unchecked")
			List<AuditTrail.PendingAccess> pending = (List<AuditTrail.PendingAccess>) request.getAttribute(PENDING);
			if (pending == null) {
				pending = new ArrayList<>(1);
				request.setAttribute(PENDING, pending);
			}
			pending.add(access);
		}
		else {
			access.written();
		}
	}

	private static void awaitRecords(HttpServletRequest request) {
		if (request.getAttribute(PENDING) instanceof List<?> pending) {
			request.removeAttribute(PENDING);
			for (Object access : pending) {
				((AuditTrail.PendingAccess) access).written();
			}
		}
	}

	/** The response whose body opens once the request's access records are committed. */
	private static final class Awaiting extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		Awaiting(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			awaitRecords(request);
			return super.getWriter();
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			awaitRecords(request);
			return super.getOutputStream();
		}

		@Override
		public void flushBuffer() throws IOException {
			awaitRecords(request);
			super.flushBuffer();
		}

	}

}
