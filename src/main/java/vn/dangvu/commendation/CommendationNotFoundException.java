package vn.dangvu.commendation;

/** No commendation decision with this id (or none the caller's organization may see). */
public class CommendationNotFoundException extends RuntimeException {

	private CommendationNotFoundException(String message) {
		super(message);
	}

	public static CommendationNotFoundException forId(long id) {
		return new CommendationNotFoundException("Không có quyết định khen thưởng " + id + ".");
	}

}
