package vn.dangvu.member.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.dangvu.member.FieldProblem;
import vn.dangvu.member.MemberNotFoundException;
import vn.dangvu.member.MemberRejectedException;
import vn.dangvu.organization.OrganizationNotFoundException;

/**
 * Problem details (RFC 9457) for the member API, each with a stable {@code type}: an unknown member is 404, a change
 * the rules refuse is 422 with the rule id. Spring MVC's own errors (a malformed date) are left to Spring Boot's
 * problem-details handler; anything unexpected becomes a 500 that does not echo the exception's text.
 */
@RestControllerAdvice(assignableTypes = MemberApiController.class)
class MemberApiAdvice {

	static final URI MEMBER_NOT_FOUND = URI.create("https://dangvu.vn/problems/member-not-found");

	static final URI MEMBER_REJECTED = URI.create("https://dangvu.vn/problems/member-rejected");

	/** The organization API's type: the same error, whichever API meets it. */
	static final URI ORGANIZATION_NOT_FOUND = URI.create("https://dangvu.vn/problems/organization-not-found");

	static final URI UNEXPECTED = URI.create("https://dangvu.vn/problems/unexpected-error");

	private static final Logger log = LoggerFactory.getLogger(MemberApiAdvice.class);

	@ExceptionHandler
	ProblemDetail memberNotFound(MemberNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(MEMBER_NOT_FOUND);
		problem.setTitle("Không tìm thấy đảng viên");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail organizationNotFound(OrganizationNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(ORGANIZATION_NOT_FOUND);
		problem.setTitle("Không tìm thấy tổ chức");
		return problem;
	}

	/** The rule id of the first problem that has one; every problem in {@code problems}. */
	@ExceptionHandler
	ProblemDetail memberRejected(MemberRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setType(MEMBER_REJECTED);
		problem.setTitle("Thay đổi hồ sơ đảng viên bị từ chối");
		ex.problems().stream().map(FieldProblem::ruleId).filter(Objects::nonNull).findFirst()
			.ifPresent(rule -> problem.setProperty("ruleId", rule));
		List<Map<String, String>> problems = ex.problems().stream().map(MemberApiAdvice::entry).toList();
		problem.setProperty("problems", problems);
		return problem;
	}

	private static Map<String, String> entry(FieldProblem p) {
		Map<String, String> entry = new LinkedHashMap<>();
		entry.put("field", p.field());
		entry.put("ruleId", p.ruleId());
		entry.put("message", p.message());
		return entry;
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error in the member API", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Đã có lỗi không mong đợi; thao tác không thực hiện được. Hãy thử lại hoặc báo cho quản trị viên.");
		problem.setType(UNEXPECTED);
		problem.setTitle("Lỗi không mong đợi");
		return problem;
	}

}
