package vn.dangvu.member;

/** No member file with that number (or none the caller may see). */
public class MemberNotFoundException extends RuntimeException {

	private MemberNotFoundException(String message) {
		super(message);
	}

	public static MemberNotFoundException forNumber(String memberNo) {
		return new MemberNotFoundException("Không có hồ sơ đảng viên số " + memberNo + ".");
	}

}
