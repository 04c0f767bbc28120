package vn.dangvu.badge;

/** No badge round with that id. */
public class BadgeRoundNotFoundException extends RuntimeException {

	private BadgeRoundNotFoundException(String message) {
		super(message);
	}

	public static BadgeRoundNotFoundException forId(long id) {
		return new BadgeRoundNotFoundException("Không có đợt xét tặng Huy hiệu Đảng số " + id + ".");
	}

}
