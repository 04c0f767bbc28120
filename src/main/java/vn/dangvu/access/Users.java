package vn.dangvu.access;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.access.internal.UserStore;
import vn.dangvu.organization.Organizations;

/**
 * User accounts. Passwords are generated, shown once and stored only as BCrypt hashes; there is no default password.
 */
@Service
public class Users {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,50}");

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final UserStore store;

	private final PasswordEncoder passwords;

	private final Organizations organizations;

	private final AuditTrail audit;

	private final SecureRandom random = new SecureRandom();

	Users(UserStore store, PasswordEncoder passwords, Organizations organizations, AuditTrail audit) {
		this.store = store;
		this.passwords = passwords;
		this.organizations = organizations;
		this.audit = audit;
	}

	/**
	 * Adds a user with one role over a scope (an organization code; the member number for {@link Role#MEMBER}; none
	 * for an administrator) and answers the one-time password.
	 */
	@Transactional
	public String add(String username, Role role, String scope) {
		String name = username == null ? "" : username.strip().toLowerCase();
		if (!USERNAME.matcher(name).matches()) {
			throw UserRejectedException.because(
					"Tên đăng nhập phải dài 3–50 ký tự, chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới.");
		}
		if (store.exists(name)) {
			throw UserRejectedException.because("Tên đăng nhập " + name + " đã có.");
		}
		String cleanScope = scope == null || scope.isBlank() ? null : scope.strip();
		if (role != Role.ADMIN && cleanScope == null) {
			throw UserRejectedException.because("Vai trò " + role + " cần phạm vi: mã tổ chức (--org).");
		}
		if (cleanScope != null && role != Role.MEMBER && !organizations.exists(cleanScope)) {
			throw UserRejectedException.because("Không có tổ chức mã " + cleanScope + ".");
		}
		String password = newSecret(16);
		store.insert(name, passwords.encode(password), role, cleanScope);
		audit.append(new AuditEntry(AuditKind.USER_ADDED, name, role == Role.MEMBER ? null : cleanScope, null, null,
				new Grant(role, cleanScope)), null);
		return password;
	}

	/** Issues a new API token for the user; only its hash is kept. */
	@Transactional
	public String newToken(String username) {
		long userId = store.idOf(username == null ? "" : username.strip().toLowerCase())
			.orElseThrow(() -> UserRejectedException.because("Không có người dùng " + username + "."));
		String token = "dv_" + newSecret(40);
		store.insertToken(userId, ApiTokenHash.of(token));
		audit.append(AuditEntry.of(AuditKind.API_TOKEN_ISSUED, username.strip().toLowerCase(), null, null), null);
		return token;
	}

	/** Creates the first administrator when there is no administrator; answers its one-time password. */
	@Transactional
	public Optional<String> createFirstAdministrator() {
		if (store.anyAdministrator()) {
			return Optional.empty();
		}
		return Optional.of(add(store.exists("admin") ? "admin." + newSecret(4).toLowerCase() : "admin", Role.ADMIN, null));
	}

	private String newSecret(int length) {
		StringBuilder sb = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}

}
