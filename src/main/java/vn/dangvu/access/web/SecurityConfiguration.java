package vn.dangvu.access.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.dangvu.access.LoginThrottle;
import vn.dangvu.access.Role;
import vn.dangvu.access.internal.UserStore;
import vn.dangvu.access.web.Refusals.Reason;

/**
 * Pages need a login (form at {@code /login}, throttled); the API under {@code /api/v1} takes a bearer token or a
 * session and answers 401 without credentials. CSRF tokens on every form, security headers on every answer.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Only this server's own scripts, styles and images: no inline script or style (the templates have none; their
	 * little behaviour is in /js/dangvu.js), no framing, forms posted only here.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(UserStore users) {
		return username -> users.find(username.strip().toLowerCase())
			.map(SecurityConfiguration::details)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

	/** The user as Spring Security knows it: the roles of their grants. */
	static UserDetails details(UserStore.StoredUser user) {
		return User.withUsername(user.username())
			.password(user.passwordHash())
			.disabled(!user.enabled())
			.authorities(user.grants().stream().map(g -> "ROLE_" + g.role().name()).toArray(String[]::new))
			.build();
	}

	/** Passwords are checked behind the login throttle (5 wrong per account, 20 per address in 15 minutes). */
	@Bean
	AuthenticationManager authenticationManager(UserDetailsService details, PasswordEncoder passwords,
			LoginThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(details);
		provider.setPasswordEncoder(passwords);
		return new ProviderManager(new ThrottledAuthentication(provider, throttle));
	}

	/**
	 * The request's own observation (Boot's {@code http.server.requests}) stays; the security filters are not
	 * observed one by one: wrapping each of them cost 3 % of a member page's time and measured nothing we look at.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Requests that carry {@code Authorization: Bearer …} are a script's: the token authenticates each of them, so
	 * they are stateless (no session is created for them, not even for a page's CSRF token: a script that read pages
	 * left one session a request, 30 minutes each) and need no CSRF token (a browser never adds that header by
	 * itself). A wrong token is answered 401 whatever the address. The same rules of who enters where as for people.
	 */
	@Bean
	@Order(1)
	@ConditionalOnWebApplication
	SecurityFilterChain bearerFilterChain(HttpSecurity http, UserStore users, Refusals refusals,
			AuthenticationManager authenticationManager) throws Exception {
		authorize(http.securityMatcher(BearerTokenFilter::carriesBearer));
		http.authenticationManager(authenticationManager)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(SecurityConfiguration::headers)
			.exceptionHandling(ex -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
				.accessDeniedHandler((request, response, denied) -> refusals.refuse(request, response,
						Reason.FORBIDDEN)))
			.addFilterBefore(new BearerTokenFilter(users), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	@ConditionalOnWebApplication
	SecurityFilterChain securityFilterChain(HttpSecurity http, Refusals refusals,
			AuthenticationManager authenticationManager) throws Exception {
		var api = PathPatternRequestMatcher.pathPattern("/api/**");
		authorize(http);
		http.authenticationManager(authenticationManager)
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
						+ (failure instanceof ThrottledAuthentication.LoginLockedException ? "/login?locked" : "/login?error")))
				.permitAll())
			// the session id changes at login (Spring's default, said here so that it stays); idle timeout: 30 minutes
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(SecurityConfiguration::headers)
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.csrf(csrf -> csrf.ignoringRequestMatchers(api))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint(api))
				.accessDeniedHandler((request, response, denied) -> refusals.refuse(request, response,
						denied instanceof CsrfException ? Reason.CSRF : Reason.FORBIDDEN)));
		return http.build();
	}

	/** Who enters where, the same for people (session) and scripts (bearer token). */
	private static void authorize(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
					// the description of the API is public; the data behind it is not
					"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
					"/actuator/health")
			.permitAll()
			// the areas some roles never enter; what is in whose scope is the ScopeGuard's question
			.requestMatchers("/restructurings", "/restructurings/**")
			.hasAnyRole(Role.ADMIN.name(), Role.ORG_OFFICER.name())
			.requestMatchers("/audit", "/audit/**", "/system", "/system/**", "/api/v1/system/**")
			.hasRole(Role.ADMIN.name())
			// the assessment: administrators and officers; a round's addresses name its organization (org), which the
			// scope guard checks like any other
			.requestMatchers("/assessments", "/assessments/**")
			.hasAnyRole(Role.ADMIN.name(), Role.ORG_OFFICER.name())
			// badge rounds name their organization (parameter org), which the guard checks: officers in their subtree
			.requestMatchers("/badges/rounds", "/badges/rounds/**")
			.hasAnyRole(Role.ADMIN.name(), Role.ORG_OFFICER.name())
			// the dated versions of the badge rules: an administrator keeps them
			.requestMatchers("/badges/rules", "/badges/rules/**")
			.hasRole(Role.ADMIN.name())
			// commendations: read like every list of a subtree; recorded and voided by administrators and officers
			.requestMatchers("/commendations/new")
			.hasAnyRole(Role.ADMIN.name(), Role.ORG_OFFICER.name())
			.requestMatchers(HttpMethod.POST, "/commendations", "/commendations/**")
			.hasAnyRole(Role.ADMIN.name(), Role.ORG_OFFICER.name())
			.requestMatchers("/users", "/users/**")
			.hasAnyRole(Role.ADMIN.name(), Role.ORG_OFFICER.name())
			.requestMatchers("/self")
			.hasRole(Role.MEMBER.name())
			// the forms that only lead to a change of members: the roles that change them
			.requestMatchers("/members/new", "/members/*/edit", "/imports", "/imports/**")
			.hasAnyRole(Role.ADMIN.name(), Role.ORG_OFFICER.name(), Role.SECRETARY.name())
			.anyRequest()
			.authenticated());
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny())
			.contentTypeOptions(Customizer.withDefaults());
	}

	/** Pages send a person to the login page; the API answers 401 to a script. */
	private static AuthenticationEntryPoint entryPoint(RequestMatcher api) {
		AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
		AuthenticationEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
		return (request, response, ex) -> (api.matches(request) ? unauthorized : login).commence(request, response, ex);
	}

}
