package vn.dangvu.access.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;
import vn.dangvu.access.AccessScope;
import vn.dangvu.access.CurrentUser;

/**
 * The answers of a refused request, the same wherever it is refused: for the API a problem detail (RFC 9457) with a
 * stable type, for pages the Vietnamese error page of the status (templates/error/403.html, 404.html).
 */
@Component
class Refusals {

	/** The request attribute the error pages read to say why (a {@link Reason}). */
	static final String REASON = "refusalReason";

	/** The request attribute naming the member that was not found, for the 404 page. */
	static final String MISSING_MEMBER = "missingMember";

	/** Why a request was refused: the problem type, title and detail shown. */
	enum Reason {

		OUT_OF_SCOPE(HttpStatus.FORBIDDEN, "out-of-scope", "Ngoài phạm vi được giao",
				"Tổ chức này nằm ngoài phạm vi được giao cho tài khoản của bạn."),
		READ_ONLY(HttpStatus.FORBIDDEN, "read-only", "Chỉ được xem",
				"Vai trò của bạn chỉ được xem, không được thay đổi dữ liệu."),
		ORG_REQUIRED(HttpStatus.FORBIDDEN, "org-required", "Cần chọn tổ chức",
				"Hãy nêu tổ chức (tham số org) trong phạm vi được giao cho tài khoản của bạn."),
		FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Không có quyền",
				"Tài khoản của bạn không có quyền thực hiện thao tác này."),
		CSRF(HttpStatus.FORBIDDEN, "form-expired", "Biểu mẫu đã hết hạn",
				"Biểu mẫu đã hết hạn hoặc không hợp lệ (phiên làm việc có thể đã kết thúc). Hãy tải lại trang và thử lại."),
		USER_NOT_FOUND(HttpStatus.NOT_FOUND, "user-not-found", "Không tìm thấy người dùng",
				"Không có người dùng này trong phạm vi bạn quản lý."),
		MEMBER_NOT_FOUND(HttpStatus.NOT_FOUND, "member-not-found", "Không tìm thấy đảng viên",
				"Không có hồ sơ đảng viên này.");

		final HttpStatus status;

		final URI type;

		final String title;

		final String detail;

		Reason(HttpStatus status, String type, String title, String detail) {
			this.status = status;
			this.type = URI.create("https://dangvu.vn/problems/" + type);
			this.title = title;
			this.detail = detail;
		}

		public String messageKey() {
			return "refusal." + name();
		}

	}

	private final ObjectMapper json;

	private final AccessScope scope;

	private final ObjectProvider<ViewResolver> views;

	private final ObjectProvider<LocaleResolver> locales;

	Refusals(ObjectMapper json, AccessScope scope, @Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> views,
			ObjectProvider<LocaleResolver> locales) {
		this.json = json;
		this.scope = scope;
		this.views = views;
		this.locales = locales;
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/");
	}

	void refuse(HttpServletRequest request, HttpServletResponse response, Reason reason) throws IOException {
		refuse(request, response, reason, reason.detail);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Reason reason, String detail)
			throws IOException {
		if (isApi(request)) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", reason.type.toString());
			problem.put("title", reason.title);
			problem.put("status", reason.status.value());
			problem.put("detail", detail);
			problem.put("instance", request.getRequestURI());
			response.setStatus(reason.status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(json.writeValueAsString(problem));
			response.getWriter().flush();
		}
		else {
			page(request, response, reason);
		}
	}

	/**
	 * Renders the error page of the status right here, so that it looks the same whether the refusal comes from the
	 * security filters or from the guard, and needs no error dispatch.
	 */
	private void page(HttpServletRequest request, HttpServletResponse response, Reason reason) throws IOException {
		response.setStatus(reason.status.value());
		if (request.getAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE) == null) {
			LocaleResolver locale = locales.getIfAvailable();
			if (locale != null) {
				request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locale);
			}
		}
		Locale locale = RequestContextUtils.getLocale(request);
		Map<String, Object> model = new HashMap<>();
		model.put(REASON, reason);
		model.put(MISSING_MEMBER, request.getAttribute(MISSING_MEMBER));
		CurrentUser user = scope.current();
		model.put("currentUser", user.username());
		model.put("menu", Menu.of(user));
		try {
			ViewResolver resolver = views.getIfAvailable();
			View view = resolver == null ? null : resolver.resolveViewName("error/" + reason.status.value(), locale);
			if (view == null) {
				response.sendError(reason.status.value());
				return;
			}
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			view.render(model, request, response);
		}
		catch (IOException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IOException(ex);
		}
	}

	void memberNotFound(HttpServletRequest request, HttpServletResponse response, String memberNo) throws IOException {
		request.setAttribute(MISSING_MEMBER, memberNo);
		refuse(request, response, Reason.MEMBER_NOT_FOUND, "Không có hồ sơ đảng viên số " + memberNo + ".");
	}

}
