package vn.dangvu.organization;

import java.time.LocalDate;

import vn.dangvu.common.time.Dates;

/** No organization with that code (or none on that date). */
public class OrganizationNotFoundException extends RuntimeException {

	private OrganizationNotFoundException(String message) {
		super(message);
	}

	public static OrganizationNotFoundException forCode(String code) {
		return new OrganizationNotFoundException("Không có tổ chức mã " + code + ".");
	}

	/** The code is known, but the organization did not exist on the date (not yet established, or already ended). */
	public static OrganizationNotFoundException onDate(String code, LocalDate date) {
		return new OrganizationNotFoundException(
				"Tổ chức mã " + code + " không tồn tại vào ngày " + Dates.format(date) + ".");
	}

}
