package vn.dangvu.organization.web;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.organization.RestructuringRefusedException;

/**
 * Problem details (RFC 9457) for the organization API, each with a stable {@code type}. Spring MVC's own errors (a
 * malformed date, a wrong method) are left to Spring Boot's problem-details handler, which runs first; anything
 * unexpected becomes a 500 that does not echo the exception's text.
 */
@RestControllerAdvice(assignableTypes = OrganizationApiController.class)
class OrganizationApiAdvice {

	static final URI ORGANIZATION_NOT_FOUND = URI.create("https://dangvu.vn/problems/organization-not-found");

	static final URI RESTRUCTURING_REFUSED = URI.create("https://dangvu.vn/problems/restructuring-refused");

	static final URI UNEXPECTED = URI.create("https://dangvu.vn/problems/unexpected-error");

	private static final Logger log = LoggerFactory.getLogger(OrganizationApiAdvice.class);

	@ExceptionHandler
	ProblemDetail organizationNotFound(OrganizationNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(ORGANIZATION_NOT_FOUND);
		problem.setTitle("Không tìm thấy tổ chức");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail restructuringRefused(RestructuringRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setType(RESTRUCTURING_REFUSED);
		problem.setTitle("Thay đổi tổ chức bị từ chối");
		if (ex.field() != null) {
			problem.setProperty("field", ex.field());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error in the organization API", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Đã có lỗi không mong đợi; thao tác không thực hiện được. Hãy thử lại hoặc báo cho quản trị viên.");
		problem.setType(UNEXPECTED);
		problem.setTitle("Lỗi không mong đợi");
		return problem;
	}

}
