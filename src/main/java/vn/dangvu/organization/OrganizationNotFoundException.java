package vn.dangvu.organization;

/** No organization with that code (or none on that date). */
public class OrganizationNotFoundException extends RuntimeException {

	private OrganizationNotFoundException(String message) {
		super(message);
	}

	public static OrganizationNotFoundException forCode(String code) {
		return new OrganizationNotFoundException("Không có tổ chức mã " + code + ".");
	}

}
