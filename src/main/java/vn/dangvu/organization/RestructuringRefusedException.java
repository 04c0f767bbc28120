package vn.dangvu.organization;

/**
 * A restructuring that the tree's rules refuse; nothing was changed. The message is Vietnamese and names the rule.
 */
public class RestructuringRefusedException extends RuntimeException {

	private final String field;

	private RestructuringRefusedException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The input the refusal concerns (a form field or CSV column name), when there is one. */
	public String field() {
		return field;
	}

	public static RestructuringRefusedException notExisting(String field, String code, java.time.LocalDate date) {
		return new RestructuringRefusedException(field, "Tổ chức " + code + " không tồn tại vào ngày "
				+ vn.dangvu.common.time.Dates.format(date) + ".");
	}

	public static RestructuringRefusedException unknown(String field, String code) {
		return new RestructuringRefusedException(field, "Không có tổ chức mã " + code + ".");
	}

	public static RestructuringRefusedException because(String field, String message) {
		return new RestructuringRefusedException(field, message);
	}

}
