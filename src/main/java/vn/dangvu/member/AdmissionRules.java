package vn.dangvu.member;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The dated rules of admission and probation (DOMAIN.md §2.1, §2.2).
 */
public final class AdmissionRules {

	/** R-ADM-1: full 18 years, counted in months. */
	static final long MIN_AGE_MONTHS = 18 * 12;

	/** R-ADM-1: full 60 years, counted in months; older needs the provincial standing committee's consent. */
	static final long MAX_AGE_MONTHS = 60 * 12;

	/** R-ADM-4: probation lasts 12 months from the ceremony. */
	static final int PROBATION_MONTHS = 12;

	private AdmissionRules() {
	}

	/** Age in whole months on a date. */
	public static long ageInMonths(LocalDate birthDate, LocalDate on) {
		return ChronoUnit.MONTHS.between(birthDate, on);
	}

	/**
	 * R-ADM-1: on the date the cell votes, the applicant must be full 18 to full 60 in months; over 60 only with the
	 * provincial consent recorded as a decision.
	 */
	public static Optional<LifecycleViolation> checkAdmissionAge(LocalDate birthDate, LocalDate voteDate,
			boolean provincialConsent) {
		long months = ageInMonths(birthDate, voteDate);
		if (months < MIN_AGE_MONTHS) {
			return Optional.of(new LifecycleViolation("R-ADM-1", "Người vào Đảng phải đủ 18 tuổi (tính theo tháng) "
					+ "vào ngày chi bộ xét; ngày đó mới " + (months / 12) + " tuổi " + (months % 12) + " tháng."));
		}
		if (months > MAX_AGE_MONTHS && !provincialConsent) {
			return Optional.of(new LifecycleViolation("R-ADM-1", "Người trên 60 tuổi chỉ được kết nạp khi có văn bản đồng ý "
					+ "của ban thường vụ tỉnh ủy, thành ủy; hãy ghi quyết định đó."));
		}
		return Optional.empty();
	}

	/** R-ADM-4: the official date is the exact end of the 12 months from the ceremony (29 Feb → 28 Feb). */
	public static LocalDate officialFrom(LocalDate ceremony) {
		return ceremony.plusMonths(PROBATION_MONTHS);
	}

	/** R-ADM-4: recognition takes effect exactly 12 months after the ceremony, and only for a probationary member. */
	public static Optional<LifecycleViolation> checkRecognition(LocalDate ceremony, LocalDate recognitionEffective) {
		LocalDate expected = officialFrom(ceremony);
		if (!expected.equals(recognitionEffective)) {
			return Optional.of(new LifecycleViolation("R-ADM-4", "Ngày công nhận đảng viên chính thức phải là ngày đủ 12 "
					+ "tháng dự bị (" + vn.dangvu.common.time.Dates.format(expected) + ")."));
		}
		return Optional.empty();
	}

}
