package vn.dangvu.access;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
		return newToken(username, null);
	}

	/** Issues a new API token with a label saying what it is for; answers the token, which is shown only once. */
	@Transactional
	public String newToken(String username, String label) {
		String name = username == null ? "" : username.strip().toLowerCase();
		long userId = idOf(name);
		String token = "dv_" + newSecret(40);
		String cleanLabel = label == null || label.isBlank() ? null : label.strip();
		if (cleanLabel != null && cleanLabel.length() > 100) {
			cleanLabel = cleanLabel.substring(0, 100);
		}
		long id = store.insertToken(userId, ApiTokenHash.of(token), cleanLabel);
		audit.append(AuditEntry.of(AuditKind.API_TOKEN_ISSUED, name, null, tokenEntry(id, cleanLabel)), null);
		return token;
	}

	/** A user's API tokens, newest first (their labels and dates; the tokens themselves are not kept). */
	@Transactional(readOnly = true)
	public List<ApiTokenView> tokens(String username) {
		return store.tokens(idOf(username))
			.stream()
			.map(t -> new ApiTokenView(t.id(), t.label(), t.createdAt().toInstant(),
					t.revokedAt() == null ? null : t.revokedAt().toInstant()))
			.toList();
	}

	/** Revokes one of the user's own tokens; from now on it authenticates nobody. */
	@Transactional
	public void revokeToken(String username, long tokenId) {
		if (!store.revokeToken(idOf(username), tokenId)) {
			throw UserRejectedException.because("Không có mã API này, hoặc mã đã bị thu hồi.");
		}
		audit.append(AuditEntry.of(AuditKind.API_TOKEN_REVOKED, username, null, tokenEntry(tokenId, null)), null);
	}

	private static Map<String, Object> tokenEntry(long id, String label) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("tokenId", id);
		if (label != null) {
			entry.put("label", label);
		}
		return entry;
	}

	/**
	 * Changes the user's own password: the current one must be right, the new one must satisfy the
	 * {@link PasswordPolicy} and be typed twice the same.
	 *
	 * @throws PasswordRejectedException saying which input is wrong and why
	 */
	@Transactional
	public void changePassword(String username, String currentPassword, String newPassword, String confirmation) {
		var user = store.find(username).orElseThrow(() -> UserRejectedException.because("Không có người dùng " + username + "."));
		if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
			throw PasswordRejectedException.wrongCurrentPassword();
		}
		PasswordPolicy.problem(newPassword, user.username()).ifPresent(key -> {
			throw PasswordRejectedException.byPolicy(key);
		});
		if (!newPassword.equals(confirmation)) {
			throw PasswordRejectedException.notConfirmed();
		}
		store.updatePassword(user.id(), passwords.encode(newPassword));
		audit.append(AuditEntry.of(AuditKind.PASSWORD_CHANGED, user.username(), null, null), null);
	}

	private long idOf(String username) {
		return store.idOf(username == null ? "" : username.strip().toLowerCase())
			.orElseThrow(() -> UserRejectedException.because("Không có người dùng " + username + "."));
	}

	/** Every user with their grants, by name. */
	@Transactional(readOnly = true)
	public List<UserSummary> list() {
		return store.all().stream().map(u -> new UserSummary(u.username(), u.enabled(), u.grants())).toList();
	}

	/** Disables an account: it cannot log in or use its API tokens, and its open sessions lose every right. */
	@Transactional
	public void disable(String username) {
		setEnabled(username, false);
	}

	@Transactional
	public void enable(String username) {
		setEnabled(username, true);
	}

	private void setEnabled(String username, boolean enabled) {
		var user = store.find(username.strip().toLowerCase())
			.orElseThrow(() -> UserRejectedException.because("Không có người dùng " + username + "."));
		if (user.enabled() == enabled) {
			return;
		}
		store.setEnabled(user.id(), enabled);
		audit.append(new AuditEntry(enabled ? AuditKind.USER_ENABLED : AuditKind.USER_DISABLED, user.username(), null,
				null, Map.of("enabled", !enabled), Map.of("enabled", enabled)), null);
	}

	/** Gives the user a new one-time password (an administrator's or officer's reset); answers it. */
	@Transactional
	public String resetPassword(String username) {
		var user = store.find(username.strip().toLowerCase())
			.orElseThrow(() -> UserRejectedException.because("Không có người dùng " + username + "."));
		String password = newSecret(16);
		store.updatePassword(user.id(), passwords.encode(password));
		audit.append(AuditEntry.of(AuditKind.PASSWORD_RESET, user.username(), null, null), null);
		return password;
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
