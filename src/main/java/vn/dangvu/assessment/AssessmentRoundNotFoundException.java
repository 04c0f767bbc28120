package vn.dangvu.assessment;

/** No assessment round with that id. */
public class AssessmentRoundNotFoundException extends RuntimeException {

	private AssessmentRoundNotFoundException(String message) {
		super(message);
	}

	public static AssessmentRoundNotFoundException forId(long id) {
		return new AssessmentRoundNotFoundException("Không có đợt đánh giá số " + id + ".");
	}

}
