package vn.dangvu.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.dangvu.common.Decision;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.Members;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.Restructurings;

/**
 * A badge round from the eligibility list to the approved, numbered list in the ledgers: removal with a reason, an
 * early award for illness, a posthumous one, the next award dates, numbers that are never given twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BadgeRoundsIntegrationTests {

	static final LocalDate AWARD = LocalDate.of(2025, 9, 2);

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	@Autowired
	MemberRoster roster;

	@Autowired
	BadgeRounds rounds;

	@Autowired
	BadgeCertificates certificates;

	static boolean built;

	void member(String no, String name, String cell, LocalDate decided) {
		members.register(new MemberFile(no, name, Gender.MALE, LocalDate.of(1960, 1, 1), "Kinh", null, null, null, null,
				null, null, null, null, null, null));
		members.record(no, new LedgerEvent(MemberEventType.ADMITTED, decided.plusDays(10), cell, "KN", decided, null), "t");
		members.record(no, new LedgerEvent(MemberEventType.RECOGNIZED, decided.plusDays(10).plusYears(1), null, null, null,
				null), "t");
	}

	@BeforeEach
	void organizationAndMembers() {
		if (built) {
			return;
		}
		built = true;
		LocalDate start = LocalDate.of(1980, 1, 1);
		Decision d = new Decision("1", start, null);
		restructurings.apply(new EstablishOrganization("HH", "Đảng bộ tỉnh Huy Hiệu", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, d), "t");
		restructurings.apply(new EstablishOrganization("HH.C", "Chi bộ phường Vinh Quang", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.WARD, "HH", start, d), "t");
		member("H1", "Nguyễn Văn An", "HH.C", LocalDate.of(1995, 8, 1));
		member("H2", "Trần Văn Bình", "HH.C", LocalDate.of(1995, 10, 1));
		member("H3", "Lê Văn Cường", "HH.C", LocalDate.of(1996, 3, 1));
		members.record("H3", new LedgerEvent(MemberEventType.DIED, LocalDate.of(2025, 5, 1), null, null, null, null), "t");
		member("H4", "Phạm Văn Dũng", "HH.C", LocalDate.of(1985, 6, 1));
		member("H5", "Hoàng Văn Em", "HH.C", LocalDate.of(1995, 11, 1));
	}

	@Test
	void aRoundGoesFromTheEligibleToTheApprovedNumberedListInTheLedgers() throws java.io.IOException {
		long id = rounds.open("HH", AWARD, "t");
		BadgeRoundView round = rounds.round(id);
		assertThat(round.onAnAwardDay()).isTrue();
		assertThat(round.proposals()).extracting(BadgeProposal::memberNo, BadgeProposal::badgeYears, BadgeProposal::kind)
			.containsExactly(tuple("H1", 30, ProposalKind.ELIGIBLE), tuple("H4", 40, ProposalKind.ELIGIBLE));

		assertThatThrownBy(() -> rounds.remove(id, "H4", " ", "t")).isInstanceOf(BadgeRoundRejectedException.class);
		rounds.remove(id, "H4", "Đang bị xem xét kỷ luật", "t");
		assertThatThrownBy(() -> rounds.add(id, "H5", ProposalKind.POSTHUMOUS, "nhầm", "t"))
			.isInstanceOf(BadgeRoundRejectedException.class).extracting("ruleId").isEqualTo("R-BADGE-2");
		assertThatThrownBy(() -> rounds.add(id, "H1", ProposalKind.SERIOUS_ILLNESS, "ốm", "t"))
			.isInstanceOf(BadgeRoundRejectedException.class);
		assertThatThrownBy(() -> rounds.add(id, "H2", ProposalKind.SERIOUS_ILLNESS, "", "t"))
			.isInstanceOf(BadgeRoundRejectedException.class);
		assertThat(rounds.add(id, "H2", ProposalKind.SERIOUS_ILLNESS, "Ung thư giai đoạn cuối", "t"))
			.extracting(BadgeProposal::badgeYears, BadgeProposal::partyAgeMonths).containsExactly(30, 359L);
		assertThat(rounds.add(id, "H3", ProposalKind.POSTHUMOUS, "Từ trần ngày 01/5/2025", "t"))
			.extracting(BadgeProposal::badgeYears, BadgeProposal::partyAgeMonths).containsExactly(30, 349L);

		round = rounds.round(id);
		assertThat(round.active()).extracting(BadgeProposal::memberNo).containsExactly("H1", "H2", "H3");
		assertThat(round.proposals()).filteredOn(BadgeProposal::removed).singleElement()
			.extracting(BadgeProposal::removedReason).isEqualTo("Đang bị xem xét kỷ luật");

		assertThat(rounds.approve(id, new Decision("250-QĐ/TU", LocalDate.of(2025, 8, 25), "Ban Thường vụ Tỉnh ủy"),
				new BadgeNumbering("HH", 1), "t")).isEqualTo(3);
		round = rounds.round(id);
		assertThat(round.approved()).isTrue();
		assertThat(round.active()).extracting(BadgeProposal::badgeNo).containsExactly("HH000001", "HH000002", "HH000003");
		assertThat(roster.find("H2", AWARD).orElseThrow().events())
			.filteredOn(e -> e.type() == MemberEventType.BADGE_AWARDED).singleElement()
			.satisfies(e -> {
				assertThat(e.detail()).isEqualTo("30");
				assertThat(e.effectiveOn()).isEqualTo(AWARD);
				assertThat(e.decisionNo()).isEqualTo("250-QĐ/TU");
			});
		// the certificates: one A4 landscape page per member awarded, Vietnamese intact
		java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
		assertThat(certificates.pdf(id, "Thành phố Huy Hiệu", pdf)).isEqualTo(3);
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
			assertThat(document.getNumberOfPages()).isEqualTo(round.active().size()).isEqualTo(3);
			var size = document.getPage(0).getMediaBox();
			assertThat(size.getWidth()).isGreaterThan(size.getHeight());
			var text = new org.apache.pdfbox.text.PDFTextStripper();
			text.setStartPage(2);
			text.setEndPage(2);
			assertThat(text.getText(document)).contains("Trần Văn Bình", "Huy hiệu 30 năm tuổi Đảng", "01/01/1960",
					"Chi bộ phường Vinh Quang", "HH000002", "Theo quyết định số 250-QĐ/TU ngày 25/08/2025",
					"Thành phố Huy Hiệu, ngày 02 tháng 09 năm 2025");
			text.setStartPage(3);
			text.setEndPage(3);
			assertThat(text.getText(document)).contains("Lê Văn Cường", "(Truy tặng)", "HH000003");
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Nguyễn Văn An")
				.doesNotContain("Phạm Văn Dũng");
		}
		// posthumous: kept in the register, no event after death
		assertThat(roster.find("H3", AWARD).orElseThrow().events())
			.noneMatch(e -> e.type() == MemberEventType.BADGE_AWARDED);
		assertThatThrownBy(() -> rounds.remove(id, "H1", "x", "t")).isInstanceOf(BadgeRoundRejectedException.class);

		// the next four dates: H5 at 7/11/2025; H2 is no longer due, H1 has its badge
		var upcoming = rounds.upcoming(id);
		assertThat(upcoming).extracting(UpcomingAwards::awardDate).containsExactly(LocalDate.of(2025, 11, 7),
				LocalDate.of(2026, 2, 3), LocalDate.of(2026, 5, 19), LocalDate.of(2026, 9, 2));
		assertThat(upcoming.get(0).becoming()).extracting(EligibleMember::memberNo).containsExactly("H5");

		// numbers are never given twice; H4, taken off the last list, is eligible again
		long next = rounds.open("HH.C", LocalDate.of(2025, 11, 7), "t");
		assertThat(rounds.round(next).active()).extracting(BadgeProposal::memberNo).containsExactly("H4", "H5");
		assertThatThrownBy(() -> rounds.approve(next, new Decision("300-QĐ/TU", LocalDate.of(2025, 11, 1), null),
				new BadgeNumbering("HH", 3), "t"))
			.isInstanceOf(BadgeRoundRejectedException.class).hasMessageContaining("HH000003");
		assertThat(rounds.approve(next, new Decision("300-QĐ/TU", LocalDate.of(2025, 11, 1), null),
				new BadgeNumbering("HH", 4), "t")).isEqualTo(2);
	}

	@Test
	void anyDateOpensARoundButOnlyTheFourDaysAreAwardDaysAndNoneIsApprovedBeforeItsDay() {
		long odd = rounds.open("HH", LocalDate.of(2025, 9, 3), "t");
		assertThat(rounds.round(odd).onAnAwardDay()).isFalse();
		assertThatThrownBy(() -> certificates.pdf(odd, null, new java.io.ByteArrayOutputStream()))
			.isInstanceOf(BadgeRoundRejectedException.class).hasMessageContaining("đã được duyệt");
		long future = rounds.open("HH", LocalDate.now().plusMonths(2), "t");
		assertThatThrownBy(() -> rounds.approve(future, new Decision("1", LocalDate.now(), null),
				new BadgeNumbering("HH", 900), "t"))
			.isInstanceOf(BadgeRoundRejectedException.class).hasMessageContaining("chỉ duyệt từ ngày đó");
		assertThatThrownBy(() -> rounds.open("KHONG", LocalDate.of(2025, 9, 2), "t"))
			.isInstanceOf(BadgeRoundRejectedException.class);
	}

}
