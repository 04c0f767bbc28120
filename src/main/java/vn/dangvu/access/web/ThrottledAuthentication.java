package vn.dangvu.access.web;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import vn.dangvu.access.LoginThrottle;

/**
 * The password check of the login form behind the {@link LoginThrottle}: a locked account or address is refused
 * before its password is looked at; a wrong password is counted; a right one clears the account's count.
 */
class ThrottledAuthentication implements AuthenticationProvider {

	/** Refused because of too many wrong passwords: the login page says so and for how long. */
	static class LoginLockedException extends LockedException {

		LoginLockedException(Instant until) {
			super("locked until " + until);
		}

	}

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName() == null ? "" : authentication.getName().strip().toLowerCase();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		Optional<Instant> locked = throttle.lockedUntil(username, address);
		if (locked.isPresent()) {
			throw new LoginLockedException(locked.get());
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.succeeded(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			throttle.failed(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

}
