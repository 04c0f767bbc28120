package vn.dangvu.common;

import java.time.LocalDate;
import java.util.Objects;

import vn.dangvu.common.text.VietnameseText;

/**
 * A decision (quyết định): its number, date and issuing body. Every record-changing action references one.
 *
 * @param number e.g. {@code 125-QĐ/TU}
 * @param date the date the decision was signed
 * @param issuer the issuing body, e.g. {@code Ban Thường vụ Thành ủy}; may be empty when the source does not say
 */
public record Decision(String number, LocalDate date, String issuer) {

	public Decision {
		number = VietnameseText.normalize(Objects.requireNonNull(number, "number"));
		Objects.requireNonNull(date, "date");
		issuer = issuer == null || issuer.isBlank() ? null : VietnameseText.normalize(issuer);
		if (number.isEmpty()) {
			throw new IllegalArgumentException("Số quyết định không được để trống");
		}
	}

}
