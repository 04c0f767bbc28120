package vn.dangvu.access.web;

import java.io.IOException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.dangvu.access.CurrentUser;
import vn.dangvu.access.internal.UserStore;

/** Authenticates scripts by {@code Authorization: Bearer <token>} (tokens from {@code user token}). */
class BearerTokenFilter extends OncePerRequestFilter {

	private final UserStore users;

	BearerTokenFilter(UserStore users) {
		this.users = users;
	}

	/** Whether the request names a token (the requests of the stateless filter chain). */
	static boolean carriesBearer(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (carriesBearer(request)) {
			String token = request.getHeader("Authorization").substring(7).strip();
			users.findByTokenHash(vn.dangvu.access.ApiTokenHash.of(token)).filter(UserStore.StoredUser::enabled).ifPresent(user -> {
				UserDetails userDetails = SecurityConfiguration.details(user);
				var authentication = UsernamePasswordAuthenticationToken.authenticated(userDetails, null,
						userDetails.getAuthorities());
				// the grants just read with the token: the access checks of this request need not read them again
				authentication.setDetails(new CurrentUser(user.username(), user.grants()));
				SecurityContextHolder.getContext().setAuthentication(authentication);
			});
		}
		chain.doFilter(request, response);
	}

}
