package vn.dangvu.common.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem details (RFC 9457) of the API, each kind with a stable {@code type} and a Vietnamese title, built in one
 * place so that the same error reads the same whichever API meets it.
 */
public final class Problems {

	static final String BASE = "https://dangvu.vn/problems/";

	private Problems() {
	}

	/** A problem of the given kind ({@code type} is {@value #BASE} + kind). */
	public static ProblemDetail of(HttpStatus status, String kind, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(BASE + kind));
		problem.setTitle(title);
		return problem;
	}

	public static ProblemDetail organizationNotFound(String detail) {
		return of(HttpStatus.NOT_FOUND, "organization-not-found", "Không tìm thấy tổ chức", detail);
	}

	/** An unexpected error: the exception's text is never shown, only this sentence. */
	public static ProblemDetail unexpected() {
		return of(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected-error", "Lỗi không mong đợi",
				"Đã có lỗi không mong đợi; thao tác không thực hiện được. Hãy thử lại hoặc báo cho quản trị viên.");
	}

}
