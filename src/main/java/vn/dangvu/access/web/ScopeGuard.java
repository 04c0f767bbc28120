package vn.dangvu.access.web;

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.dangvu.access.AccessScope;
import vn.dangvu.access.AuditEntry;
import vn.dangvu.access.AuditKind;
import vn.dangvu.access.AuditTrail;
import vn.dangvu.access.CurrentUser;
import vn.dangvu.access.web.Refusals.Reason;

/**
 * The one place where the scope of a request is checked, for pages, API, exports, reports and searches alike. It reads
 * what a request is about from names shared by every controller, so a new controller is guarded by naming its inputs
 * the same way:
 * <ul>
 * <li>path variable {@code memberNo} (and a request parameter of that name, when a file has the number — else it is
 * the number of a new file): a member — outside the caller's scope it is answered 404, as if it did not exist;</li>
 * <li>path variable {@code transferId} on a write whose path ends in {@code /receive}: the reception of a transfer
 * letter, which is the receiving side's — allowed to whoever may change the members of the organization the pending
 * letter is addressed to, although the member is not in their scope before it ({@link AccessScope#mayReceiveTransfer});
 * the sending side, whose member it is, is answered 403;</li>
 * <li>path variable {@code username}: a user account — outside what the caller may administer it is 404;</li>
 * <li>path variable {@code code}: an organization's page (its history is readable to everyone whose subtree it was
 * ever in);</li>
 * <li>request parameters {@code org} and {@code orgCode}: the organization whose data a list, search, report or
 * export shows, or to which a change is made;</li>
 * <li>request parameters {@code code}, {@code subjectCodes} (several, separated by {@code ;}), {@code parentCode} and
 * {@code targetCode}: the organizations a restructuring changes or receives;</li>
 * </ul>
 * an organization outside the scope is answered 403. LEADER and MEMBER only read: any other method than GET or HEAD is
 * 403, except on one's own profile. A handler that takes an {@code org} parameter is a list; read without
 * {@code org} by anyone but an administrator, a page is redirected to the same address with the caller's own
 * organization (a member: to their own page), and the API answers 403 ({@code org-required}). Every view of a
 * member ({@code memberNo}) and every download of an export (a path ending in .xlsx, .csv, .pdf or .zip) is written
 * to the audit trail. Which roles reach which areas at all (restructuring, audit, user administration, a member's
 * own page) is said once more coarsely in {@link SecurityConfiguration}.
 */
@Component
class ScopeGuard implements HandlerInterceptor {

	static final String MEMBER = "memberNo";

	static final String ORGANIZATION_PAGE = "code";

	/** A transfer letter of a member. */
	static final String TRANSFER = "transferId";

	/** The end of the path that receives a transfer letter. */
	static final String RECEPTION = "/receive";

	/** A user account, in the user administration. */
	static final String USER = "username";

	/** A member's own page. */
	static final String SELF = "/self";

	static final Set<String> ORGANIZATION_DATA = Set.of("org", "orgCode");

	static final Set<String> CHANGED = Set.of("code", "subjectCodes");

	static final Set<String> RECEIVING = Set.of("parentCode", "targetCode");

	/** The list parameter: without it a list would show every organization. */
	static final String LIST_PARAMETER = "org";

	private final AccessScope scope;

	private final Refusals refusals;

	/** The endings of the paths that download an export. */
	static final List<String> EXPORTS = List.of(".xlsx", ".csv", ".pdf", ".zip");

	private final AuditTrail audit;

	private final Map<HandlerMethod, Boolean> lists = new ConcurrentHashMap<>();

	ScopeGuard(AccessScope scope, Refusals refusals, AuditTrail audit) {
		this.scope = scope;
		this.refusals = refusals;
		this.audit = audit;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		if (!(handler instanceof HandlerMethod method) || request.getDispatcherType() == DispatcherType.ERROR) {
			return true;
		}
		CurrentUser user = scope.current();
		if (!user.authenticated()) {
			// the security filters let anonymous requests reach only public pages
			return true;
		}
		if (!user.isAdministrator() && !inScope(request, response, method, user)) {
			return false;
		}
		recordAccess(request, response);
		return true;
	}

	private boolean inScope(HttpServletRequest request, HttpServletResponse response, HandlerMethod method,
			CurrentUser user) throws IOException {
		boolean write = !isRead(request);
		if (write && !isOwnProfile(request) && !user.mayWrite()) {
			refusals.refuse(request, response, Reason.READ_ONLY);
			return false;
		}
		for (String memberNo : memberNumbers(request)) {
			boolean allowed = write ? scope.mayWriteMember(user, memberNo) : scope.mayReadMember(user, memberNo);
			OptionalLong letter = write ? receivedLetter(request) : OptionalLong.empty();
			if (letter.isPresent()) {
				if (scope.mayReceiveTransfer(user, memberNo, letter.getAsLong())) {
					continue;
				}
				if (allowed && scope.pendingTransferDestination(memberNo, letter.getAsLong()).isPresent()) {
					// the sending side: a letter in transit is the receiving organization's to confirm
					refusals.refuse(request, response, Reason.OUT_OF_SCOPE);
					return false;
				}
			}
			if (!allowed) {
				refusals.memberNotFound(request, response, memberNo);
				return false;
			}
		}
		String account = pathVariables(request).get(USER);
		if (account != null && !scope.mayManageUser(user, account)) {
			refusals.refuse(request, response, Reason.USER_NOT_FOUND);
			return false;
		}
		if (!organizationsInScope(request, user, write)) {
			refusals.refuse(request, response, Reason.OUT_OF_SCOPE);
			return false;
		}
		if (!write && isList(method) && blank(request.getParameter(LIST_PARAMETER))) {
			Optional<String> home = user.homeOrganization();
			if (home.isPresent() && !Refusals.isApi(request)) {
				response.sendRedirect(withOrganization(request, home.get()));
			}
			else if (user.ownMemberNo().isPresent() && !Refusals.isApi(request)) {
				// a member's scope is their own file
				response.sendRedirect(request.getContextPath() + SELF);
			}
			else {
				refusals.refuse(request, response, Reason.ORG_REQUIRED);
			}
			return false;
		}
		return true;
	}

	/**
	 * Views of a member's file and downloads of exports are recorded in the audit trail before they are served, in
	 * a transaction of their own. A member's page or file is read and rendered while its view is being recorded, and
	 * its body waits for the record ({@link RecordedBeforeServed}); an export waits for its record first, as it may
	 * write its file from a transaction still open, and the record's writer takes its connection from the same pool.
	 */
	private void recordAccess(HttpServletRequest request, HttpServletResponse response) {
		if (!isRead(request)) {
			return;
		}
		String memberNo = pathVariables(request).get(MEMBER);
		String path = request.getRequestURI();
		if (EXPORTS.stream().anyMatch(path::endsWith)) {
			if (memberNo != null) {
				audit.appendAccess(new AuditEntry(AuditKind.MEMBER_VIEWED, memberNo, null, null, null,
						Map.of("path", path)), null);
			}
			String query = request.getQueryString();
			audit.appendAccess(new AuditEntry(AuditKind.EXPORT, path, request.getParameter(LIST_PARAMETER), null, null,
					Map.of("path", path, "query", query == null ? "" : query)), null);
		}
		else if (memberNo != null) {
			RecordedBeforeServed.recordBeforeServing(request, response, audit.beginAccess(
					new AuditEntry(AuditKind.MEMBER_VIEWED, memberNo, null, null, null, Map.of("path", path)), null));
		}
	}

	private boolean organizationsInScope(HttpServletRequest request, CurrentUser user, boolean write) {
		String page = pathVariables(request).get(ORGANIZATION_PAGE);
		if (page != null && scope.organizationExists(page)
				&& !(write ? scope.mayWriteOrganization(user, page) : scope.mayReadOrganizationHistory(user, page))) {
			return false;
		}
		for (String code : parameterCodes(request, ORGANIZATION_DATA)) {
			if (scope.organizationExists(code)
					&& !(write ? scope.mayWriteOrganization(user, code) : scope.mayReadOrganization(user, code))) {
				return false;
			}
		}
		boolean newOrganization = false;
		for (String code : parameterCodes(request, CHANGED)) {
			if (!scope.organizationExists(code)) {
				newOrganization = true;
			}
			else if (!(write ? scope.mayRestructure(user, code) : scope.mayReadOrganizationHistory(user, code))) {
				return false;
			}
		}
		for (String code : parameterCodes(request, RECEIVING)) {
			if (!scope.organizationExists(code)) {
				newOrganization |= code.equals(request.getParameter("targetCode"));
			}
			else if (!(write ? scope.mayWriteOrganization(user, code) : scope.mayReadOrganizationHistory(user, code))) {
				return false;
			}
		}
		// a new organization is created under a parent in scope, never as a new root
		if (write && newOrganization) {
			String parent = request.getParameter("parentCode");
			return !blank(parent) && scope.organizationExists(parent.strip());
		}
		return true;
	}

	/** The transfer letter a request receives, if it is a reception. */
	private static OptionalLong receivedLetter(HttpServletRequest request) {
		String letter = pathVariables(request).get(TRANSFER);
		if (letter == null || !request.getRequestURI().endsWith(RECEPTION)) {
			return OptionalLong.empty();
		}
		try {
			return OptionalLong.of(Long.parseLong(letter));
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	private static boolean isRead(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	private static boolean isOwnProfile(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/profile") || path.startsWith("/profile/");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> pathVariables(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
	}

	/**
	 * The members a request is about: the path's, and those its parameters name — but for a number no file has (the
	 * number of a new file), which is in no one's scope yet and is the handler's to accept or refuse.
	 */
	private List<String> memberNumbers(HttpServletRequest request) {
		List<String> numbers = new ArrayList<>();
		String path = pathVariables(request).get(MEMBER);
		if (path != null) {
			numbers.add(path);
		}
		String[] parameters = request.getParameterValues(MEMBER);
		if (parameters != null) {
			Arrays.stream(parameters)
				.filter(p -> !blank(p))
				.map(String::strip)
				.filter(scope::memberExists)
				.forEach(numbers::add);
		}
		return numbers;
	}

	private static List<String> parameterCodes(HttpServletRequest request, Set<String> names) {
		List<String> codes = new ArrayList<>();
		for (String name : names) {
			String[] values = request.getParameterValues(name);
			if (values == null) {
				continue;
			}
			for (String value : values) {
				Arrays.stream(value.split("[;,\\r\\n]+")).map(String::strip).filter(c -> !c.isEmpty()).forEach(codes::add);
			}
		}
		return codes;
	}

	/** A handler that takes an {@code org} request parameter, directly or as a property of a bound form. */
	private boolean isList(HandlerMethod method) {
		return lists.computeIfAbsent(method, m -> Arrays.stream(m.getMethodParameters()).anyMatch(ScopeGuard::namesOrg));
	}

	private static boolean namesOrg(MethodParameter parameter) {
		RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
		if (requestParam != null) {
			String name = !requestParam.name().isEmpty() ? requestParam.name() : requestParam.value();
			if (name.isEmpty()) {
				parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
				name = parameter.getParameterName();
			}
			return LIST_PARAMETER.equals(name);
		}
		Class<?> type = parameter.getParameterType();
		if (BeanUtils.isSimpleProperty(type) || type.getName().startsWith("java.")
				|| type.getName().startsWith("jakarta.") || type.getName().startsWith("org.springframework.")) {
			return false;
		}
		if (type.isRecord()) {
			return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).anyMatch(LIST_PARAMETER::equals);
		}
		return Arrays.stream(BeanUtils.getPropertyDescriptors(type))
			.map(PropertyDescriptor::getName)
			.anyMatch(LIST_PARAMETER::equals);
	}

	private static String withOrganization(HttpServletRequest request, String org) {
		String query = request.getQueryString();
		return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
			.replaceQueryParam(LIST_PARAMETER, UriUtils.encodeQueryParam(org, java.nio.charset.StandardCharsets.UTF_8))
			.build(true)
			.toUriString();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
