package vn.dangvu.commendation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.dangvu.commendation.CommendationRules.MemberStanding;
import vn.dangvu.common.Decision;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.OrganizationView;

/** The checks of a commendation decision before it enters the register (DOMAIN.md §4, "Rewards"; glossary "truy tặng"). */
class CommendationRulesTests {

	static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

	static final LocalDate SIGNED = LocalDate.of(2025, 1, 15);

	static RecordCommendation decision(LocalDate date, CommendationForm form, Integer year, List<String> members,
			List<String> posthumous, List<String> organizations) {
		return new RecordCommendation("Q1", new Decision("15-QĐ/QU", date, "Ban Thường vụ Quận ủy"), form,
				"Hoàn thành xuất sắc nhiệm vụ năm 2024", year, members, posthumous, organizations);
	}

	static RecordCommendation members(String... numbers) {
		return decision(SIGNED, CommendationForm.CERTIFICATE_OF_MERIT, 2024, List.of(numbers), List.of(), List.of());
	}

	static void refused(RecordCommendation c, String field, String words) {
		assertThatThrownBy(() -> CommendationRules.checkDecision(c, TODAY)).isInstanceOf(CommendationRejectedException.class)
			.hasMessageContaining(words)
			.extracting(e -> ((CommendationRejectedException) e).field())
			.isEqualTo(field);
	}

	@Test
	void acceptsADecisionSignedTodayButNotTomorrow() {
		assertThatCode(() -> CommendationRules.checkDecision(
				decision(TODAY, CommendationForm.LETTER_OF_COMMENDATION, null, List.of("M1"), List.of(), List.of()), TODAY))
			.doesNotThrowAnyException();
		refused(decision(TODAY.plusDays(1), CommendationForm.LETTER_OF_COMMENDATION, null, List.of("M1"), List.of(),
				List.of()), "decisionDate", "ở tương lai");
	}

	@Test
	void needsTheIssuerTheFormAndTheReason() {
		RecordCommendation noIssuer = new RecordCommendation("Q1", new Decision("15-QĐ/QU", SIGNED, " "),
				CommendationForm.CERTIFICATE_OF_MERIT, "Thành tích", null, List.of("M1"), List.of(), List.of());
		refused(noIssuer, "issuer", "cơ quan ban hành");
		refused(decision(SIGNED, null, null, List.of("M1"), List.of(), List.of()), "form", "Chọn hình thức");
		RecordCommendation noReason = new RecordCommendation("Q1", new Decision("15-QĐ/QU", SIGNED, "Quận ủy"),
				CommendationForm.CERTIFICATE_OF_MERIT, "  ", null, List.of("M1"), List.of(), List.of());
		refused(noReason, "reason", "lý do");
	}

	@Test
	void theYearlyTitlesNameTheYearTheyAreFor() {
		refused(decision(SIGNED, CommendationForm.EXEMPLARY_MEMBER, null, List.of("M1"), List.of(), List.of()),
				"achievementYear", "năm thành tích");
		assertThatCode(() -> CommendationRules.checkDecision(
				decision(SIGNED, CommendationForm.EXEMPLARY_MEMBER, 2024, List.of("M1"), List.of(), List.of()), TODAY))
			.doesNotThrowAnyException();
	}

	@Test
	void theAchievementYearIsNotAfterTheDecisionsYear() {
		assertThatCode(() -> CommendationRules.checkDecision(
				decision(SIGNED, CommendationForm.ORDER, 2025, List.of("M1"), List.of(), List.of()), TODAY))
			.doesNotThrowAnyException();
		refused(decision(SIGNED, CommendationForm.ORDER, 2026, List.of("M1"), List.of(), List.of()), "achievementYear",
				"2025");
		refused(decision(SIGNED, CommendationForm.ORDER, 1929, List.of("M1"), List.of(), List.of()), "achievementYear",
				"1930");
	}

	@Test
	void aDecisionCommendsSomebody() {
		refused(members(), "members", "ít nhất một");
	}

	@Test
	void eachFormGoesToItsKindOfRecipient() {
		refused(decision(SIGNED, CommendationForm.EMULATION_FLAG, null, List.of("M1"), List.of(), List.of("C1")),
				"members", "chỉ dành cho tập thể");
		refused(decision(SIGNED, CommendationForm.EXEMPLARY_MEMBER, 2024, List.of("M1"), List.of(), List.of("C1")),
				"organizations", "chỉ dành cho cá nhân");
		refused(decision(SIGNED, CommendationForm.EXEMPLARY_ORGANIZATION, 2024, List.of("M1"), List.of(), List.of()),
				"members", "chỉ dành cho tập thể");
	}

	@Test
	void noRecipientTwiceOnOneDecision() {
		refused(members("M1", "M2", "M1"), "members", "M1 được ghi hai lần");
		refused(decision(SIGNED, CommendationForm.CERTIFICATE_OF_MERIT, null, List.of(), List.of(), List.of("C1", "C1")),
				"organizations", "C1 được ghi hai lần");
	}

	@Test
	void aPosthumousMarkNamesAMemberOfTheDecision() {
		refused(decision(SIGNED, CommendationForm.CERTIFICATE_OF_MERIT, null, List.of("M1"), List.of("M2"), List.of()),
				"posthumous", "M2");
	}

	static MemberStanding standing(MemberStatus status, LocalDate diedOn) {
		return new MemberStanding("M1", "Lê Thị Hoa", status, "Q1.C1", diedOn);
	}

	static void memberRefused(Optional<MemberStanding> m, boolean posthumous, boolean inSubtree, String field,
			String words) {
		assertThatThrownBy(() -> CommendationRules.checkMember("M1", m, posthumous, inSubtree, SIGNED))
			.isInstanceOf(CommendationRejectedException.class)
			.hasMessageContaining(words)
			.extracting(e -> ((CommendationRejectedException) e).field())
			.isEqualTo(field);
	}

	@Test
	void officialAndProbationaryMembersOfTheSubtreeAreCommended() {
		assertThatCode(() -> CommendationRules.checkMember("M1", Optional.of(standing(MemberStatus.OFFICIAL, null)), false,
				true, SIGNED))
			.doesNotThrowAnyException();
		assertThatCode(() -> CommendationRules.checkMember("M1",
				Optional.of(standing(MemberStatus.PROBATIONARY, null)), false, true, SIGNED))
			.doesNotThrowAnyException();
	}

	@Test
	void anUnknownMemberNumberIsRefused() {
		memberRefused(Optional.empty(), false, false, "members", "Không có hồ sơ đảng viên số M1");
	}

	@Test
	void aMemberOutsideTheSubtreeOnTheDecisionDateIsRefused() {
		memberRefused(Optional.of(standing(MemberStatus.OFFICIAL, null)), false, false, "members",
				"không sinh hoạt trong tổ chức ghi quyết định vào ngày 15/01/2025");
	}

	@Test
	void aDeceasedMemberIsCommendedOnlyPosthumously() {
		memberRefused(Optional.of(standing(MemberStatus.DIED, LocalDate.of(2024, 12, 1))), false, true, "posthumous",
				"đã từ trần ngày 01/12/2024: chỉ được khen thưởng truy tặng");
		assertThatCode(() -> CommendationRules.checkMember("M1",
				Optional.of(standing(MemberStatus.DIED, LocalDate.of(2024, 12, 1))), true, true, SIGNED))
			.doesNotThrowAnyException();
	}

	@Test
	void aLivingMemberIsNotCommendedPosthumously() {
		memberRefused(Optional.of(standing(MemberStatus.OFFICIAL, null)), true, true, "posthumous", "chưa từ trần");
	}

	@Test
	void somebodyOutsideThePartyOnTheDecisionDateIsRefused() {
		memberRefused(Optional.of(standing(MemberStatus.OUTSIDE, null)), false, true, "members",
				"không phải đảng viên vào ngày quyết định");
		memberRefused(Optional.of(standing(MemberStatus.NOT_ADMITTED, null)), false, true, "members",
				"không phải đảng viên");
	}

	static OrganizationView organization(OrganizationType type) {
		return new OrganizationView("Q1.C1", "Chi bộ Khu phố 1", type, OrganizationField.OTHER, "Q1",
				LocalDate.of(2010, 1, 1), null);
	}

	@Test
	void anOrganizationExistsOnTheDecisionDateInTheSubtree() {
		assertThatThrownBy(() -> CommendationRules.checkOrganization(CommendationForm.CERTIFICATE_OF_MERIT, "Q1.C9",
				Optional.empty(), false, SIGNED))
			.isInstanceOf(CommendationRejectedException.class)
			.hasMessageContaining("Không có tổ chức mã Q1.C9 vào ngày quyết định 15/01/2025");
		assertThatThrownBy(() -> CommendationRules.checkOrganization(CommendationForm.CERTIFICATE_OF_MERIT, "Q1.C1",
				Optional.of(organization(OrganizationType.GRASSROOTS_CELL)), false, SIGNED))
			.isInstanceOf(CommendationRejectedException.class)
			.hasMessageContaining("không thuộc tổ chức ghi quyết định");
		assertThatCode(() -> CommendationRules.checkOrganization(CommendationForm.CERTIFICATE_OF_MERIT, "Q1.C1",
				Optional.of(organization(OrganizationType.UPPER_GRASSROOTS)), true, SIGNED))
			.doesNotThrowAnyException();
	}

	@Test
	void theCleanAndStrongTitleGoesToGrassrootsOrganizationsOnly() {
		for (OrganizationType type : List.of(OrganizationType.GRASSROOTS_CELL, OrganizationType.GRASSROOTS_COMMITTEE)) {
			assertThatCode(() -> CommendationRules.checkOrganization(CommendationForm.EXEMPLARY_ORGANIZATION, "Q1.C1",
					Optional.of(organization(type)), true, SIGNED))
				.doesNotThrowAnyException();
		}
		for (OrganizationType type : List.of(OrganizationType.CELL, OrganizationType.SUB_COMMITTEE,
				OrganizationType.UPPER_GRASSROOTS)) {
			assertThatThrownBy(() -> CommendationRules.checkOrganization(
					CommendationForm.EXEMPLARY_ORGANIZATION_5_YEARS, "Q1.C1", Optional.of(organization(type)), true, SIGNED))
				.isInstanceOf(CommendationRejectedException.class)
				.hasMessageContaining("không phải tổ chức cơ sở đảng");
		}
	}

}
