package vn.dangvu.access;

/** A new password that the {@link PasswordPolicy} refuses, or a wrong current password. */
public class PasswordRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private PasswordRejectedException(String field, String messageKey, String message) {
		super(message);
		this.field = field;
		this.messageKey = messageKey;
	}

	static PasswordRejectedException wrongCurrentPassword() {
		return new PasswordRejectedException("currentPassword", "password.wrongCurrent", "Mật khẩu hiện tại không đúng.");
	}

	static PasswordRejectedException notConfirmed() {
		return new PasswordRejectedException("confirmPassword", "password.notConfirmed",
				"Mật khẩu nhập lại không khớp.");
	}

	static PasswordRejectedException byPolicy(String messageKey) {
		return new PasswordRejectedException("newPassword", messageKey, "Mật khẩu mới không đạt yêu cầu (" + messageKey + ").");
	}

	/** The input of the password form it concerns. */
	public String field() {
		return field;
	}

	/** The key of the message that says what is wrong (messages_vi.properties). */
	public String messageKey() {
		return messageKey;
	}

}
