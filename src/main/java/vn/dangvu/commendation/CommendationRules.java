package vn.dangvu.commendation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.dangvu.common.time.Dates;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.OrganizationView;

/**
 * What an officer checks before entering a commendation decision in the register. Each check refuses with a
 * Vietnamese message that says what to do; nothing is written when one fails.
 */
final class CommendationRules {

	static final int FIRST_YEAR = 1930;

	static final int MAX_RECIPIENTS = 2000;

	private CommendationRules() {
	}

	/** A member as the ledger stood on the decision date. */
	record MemberStanding(String memberNo, String fullName, MemberStatus status, String orgCode, LocalDate diedOn) {
	}

	/** The decision itself: its number, date (not in the future), issuer, form, reason, year, and its recipients. */
	static void checkDecision(RecordCommendation c, LocalDate today) {
		if (c.decision().date().isAfter(today)) {
			throw CommendationRejectedException.because("decisionDate",
					"Ngày quyết định " + Dates.format(c.decision().date()) + " ở tương lai: ghi quyết định đã ký.");
		}
		if (c.decision().number().length() > 100) {
			throw CommendationRejectedException.because("decisionNo", "Số quyết định tối đa 100 ký tự.");
		}
		if (c.decision().issuer() == null) {
			throw CommendationRejectedException.because("issuer",
					"Cần ghi cơ quan ban hành quyết định (ví dụ Ban Thường vụ Thành ủy, Chủ tịch nước).");
		}
		if (c.decision().issuer().length() > 300) {
			throw CommendationRejectedException.because("issuer", "Cơ quan ban hành tối đa 300 ký tự.");
		}
		if (c.form() == null) {
			throw CommendationRejectedException.because("form", "Chọn hình thức khen thưởng.");
		}
		if (c.reason() == null || c.reason().isBlank()) {
			throw CommendationRejectedException.because("reason", "Cần ghi lý do khen thưởng (thành tích).");
		}
		if (c.reason().length() > 1000) {
			throw CommendationRejectedException.because("reason", "Lý do khen thưởng tối đa 1000 ký tự.");
		}
		Integer year = c.achievementYear();
		if (year == null && c.form().forAYear()) {
			throw CommendationRejectedException.because("achievementYear",
					"Danh hiệu tiêu biểu được xét theo năm: cần ghi năm thành tích.");
		}
		if (year != null && (year < FIRST_YEAR || year > c.decision().date().getYear())) {
			throw CommendationRejectedException.because("achievementYear", "Năm thành tích phải từ " + FIRST_YEAR
					+ " đến năm của quyết định (" + c.decision().date().getYear() + ").");
		}
		if (c.members().isEmpty() && c.organizations().isEmpty()) {
			throw CommendationRejectedException.because("members",
					"Cần ít nhất một người hoặc một tổ chức được khen thưởng.");
		}
		if (c.members().size() + c.organizations().size() > MAX_RECIPIENTS) {
			throw CommendationRejectedException.because("members",
					"Một quyết định ghi tối đa " + MAX_RECIPIENTS + " người và tổ chức.");
		}
		if (!c.members().isEmpty() && !c.form().forMembers()) {
			throw CommendationRejectedException.because("members",
					"Hình thức này chỉ dành cho tập thể: bỏ các đảng viên khỏi quyết định.");
		}
		if (!c.organizations().isEmpty() && !c.form().forOrganizations()) {
			throw CommendationRejectedException.because("organizations",
					"Hình thức này chỉ dành cho cá nhân: bỏ các tổ chức khỏi quyết định.");
		}
		duplicate(c.members()).ifPresent(no -> {
			throw CommendationRejectedException.because("members",
					"Đảng viên " + no + " được ghi hai lần trong quyết định: mỗi người chỉ ghi một lần.");
		});
		duplicate(c.organizations()).ifPresent(code -> {
			throw CommendationRejectedException.because("organizations",
					"Tổ chức " + code + " được ghi hai lần trong quyết định: mỗi tổ chức chỉ ghi một lần.");
		});
		for (String no : c.posthumous()) {
			if (!c.members().contains(no)) {
				throw CommendationRejectedException.because("posthumous",
						"Đảng viên " + no + " được đánh dấu truy tặng nhưng không có trong danh sách được khen thưởng.");
			}
		}
	}

	private static Optional<String> duplicate(List<String> codes) {
		Set<String> seen = new HashSet<>();
		return codes.stream().filter(c -> !seen.add(c)).findFirst();
	}

	/**
	 * A member recipient: recorded, in the recording organization's subtree on the decision date, and a member that
	 * day — or dead by then and commended posthumously (truy tặng), which must be said; a living member is not
	 * commended posthumously.
	 */
	static void checkMember(String memberNo, Optional<MemberStanding> found, boolean posthumous, boolean inSubtree,
			LocalDate date) {
		MemberStanding m = found.orElseThrow(() -> CommendationRejectedException.because("members",
				"Không có hồ sơ đảng viên số " + memberNo + ": kiểm tra lại số hồ sơ."));
		String on = Dates.format(date);
		if (m.status() == MemberStatus.DIED) {
			if (!posthumous) {
				throw CommendationRejectedException.because("posthumous", m.fullName() + " (" + memberNo
						+ ") đã từ trần" + (m.diedOn() == null ? "" : " ngày " + Dates.format(m.diedOn()))
						+ ": chỉ được khen thưởng truy tặng — đánh dấu truy tặng.");
			}
		}
		else if (posthumous) {
			throw CommendationRejectedException.because("posthumous", m.fullName() + " (" + memberNo
					+ ") chưa từ trần vào ngày " + on + ": bỏ đánh dấu truy tặng.");
		}
		else if (!m.status().isMember()) {
			throw CommendationRejectedException.because("members", m.fullName() + " (" + memberNo
					+ ") không phải đảng viên vào ngày quyết định " + on + ".");
		}
		if (m.orgCode() == null || !inSubtree) {
			throw CommendationRejectedException.because("members", m.fullName() + " (" + memberNo
					+ ") không sinh hoạt trong tổ chức ghi quyết định vào ngày " + on
					+ ": quyết định do tổ chức cấp trên của đảng viên ghi.");
		}
	}

	/**
	 * An organization recipient: it existed on the decision date, in the recording organization's subtree; the Party's
	 * titles for organizations go to grassroots organizations (đảng bộ cơ sở, chi bộ cơ sở) only.
	 */
	static void checkOrganization(CommendationForm form, String code, Optional<OrganizationView> found,
			boolean inSubtree, LocalDate date) {
		String on = Dates.format(date);
		OrganizationView o = found.orElseThrow(() -> CommendationRejectedException.because("organizations",
				"Không có tổ chức mã " + code + " vào ngày quyết định " + on + ": kiểm tra lại mã tổ chức."));
		if (!inSubtree) {
			throw CommendationRejectedException.because("organizations", o.name() + " (" + code
					+ ") không thuộc tổ chức ghi quyết định vào ngày " + on + ".");
		}
		if (form.audience() == CommendationForm.Audience.GRASSROOTS && o.type() != OrganizationType.GRASSROOTS_COMMITTEE
				&& o.type() != OrganizationType.GRASSROOTS_CELL) {
			throw CommendationRejectedException.because("organizations", o.name() + " (" + code
					+ ") không phải tổ chức cơ sở đảng: danh hiệu \"trong sạch, vững mạnh tiêu biểu\" chỉ xét cho"
					+ " đảng bộ cơ sở, chi bộ cơ sở.");
		}
	}

}
