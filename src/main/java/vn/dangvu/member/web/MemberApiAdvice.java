package vn.dangvu.member.web;

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

import vn.dangvu.common.web.Problems;
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





	private static final Logger log = LoggerFactory.getLogger(MemberApiAdvice.class);

	@ExceptionHandler
	ProblemDetail memberNotFound(MemberNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "member-not-found", "Không tìm thấy đảng viên", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail organizationNotFound(OrganizationNotFoundException ex) {
		return Problems.organizationNotFound(ex.getMessage());
	}

	/** The rule id of the first problem that has one; every problem in {@code problems}. */
	@ExceptionHandler
	ProblemDetail memberRejected(MemberRejectedException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "member-rejected",
				"Thay đổi hồ sơ đảng viên bị từ chối", ex.getMessage());
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
		return Problems.unexpected();
	}

}
