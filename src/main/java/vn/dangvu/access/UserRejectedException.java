package vn.dangvu.access;

/** A user account request that cannot be carried out; the message says why, in Vietnamese. */
public class UserRejectedException extends RuntimeException {

	private UserRejectedException(String message) {
		super(message);
	}

	public static UserRejectedException because(String message) {
		return new UserRejectedException(message);
	}

}
