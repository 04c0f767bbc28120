package vn.dangvu.organization.web;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.dangvu.common.web.Problems;
import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.organization.RestructuringRefusedException;

/**
 * Problem details (RFC 9457) for the organization API, each with a stable {@code type}. Spring MVC's own errors (a
 * malformed date, a wrong method) are left to Spring Boot's problem-details handler, which runs first; anything
 * unexpected becomes a 500 that does not echo the exception's text.
 */
@RestControllerAdvice(assignableTypes = OrganizationApiController.class)
class OrganizationApiAdvice {




	private static final Logger log = LoggerFactory.getLogger(OrganizationApiAdvice.class);

	@ExceptionHandler
	ProblemDetail organizationNotFound(OrganizationNotFoundException ex) {
		return Problems.organizationNotFound(ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail restructuringRefused(RestructuringRefusedException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "restructuring-refused",
				"Thay đổi tổ chức bị từ chối", ex.getMessage());
		if (ex.field() != null) {
			problem.setProperty("field", ex.field());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error in the organization API", ex);
		return Problems.unexpected();
	}

}
