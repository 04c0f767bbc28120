package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.dangvu.common.Decision;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.Restructurings;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TransfersIntegrationTests {

	@Autowired
	Transfers transfers;

	@Autowired
	Members members;

	@Autowired
	MemberRoster roster;

	@Autowired
	Restructurings restructurings;

	void member(String p) {
		LocalDate start = LocalDate.of(2000, 1, 1);
		Decision d = new Decision("1", start, null);
		restructurings.apply(new EstablishOrganization(p, "Đảng bộ tỉnh " + p, OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, d), "t");
		restructurings.apply(new EstablishOrganization(p + ".1", "Chi bộ Một", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.WARD, p, start, d), "t");
		restructurings.apply(new EstablishOrganization(p + ".2", "Chi bộ Hai", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.WARD, p, start, d), "t");
		members.register(new MemberFile(p + "M", "Nguyễn Văn Chuyển", Gender.MALE, LocalDate.of(1980, 1, 1), "Kinh",
				null, null, null, null, null, null, null, null, null, null));
		members.record(p + "M", new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2010, 1, 20), p + ".1", "1",
				LocalDate.of(2010, 1, 10), null), "t");
		members.record(p + "M", new LedgerEvent(MemberEventType.RECOGNIZED, LocalDate.of(2011, 1, 20), null, null, null,
				null), "t");
	}

	@Test
	void anOfficialTransferIsInTransitUntilReceivedThenMovesTheMember() {
		member("T");
		long id = transfers.issue(new IssueTransfer("TM", TransferKind.OFFICIAL, "T.2", LocalDate.of(2024, 6, 3), "9",
				LocalDate.of(2024, 6, 1), null, false), "gui");

		assertThat(transfers.pendingFor(List.of("T.2"))).extracting(TransferView::id).containsExactly(id);
		assertThat(transfers.pendingFor(List.of("T.1"))).extracting(TransferView::id).containsExactly(id);
		TransferView pending = transfers.find(id).orElseThrow();
		assertThat(pending.deadline()).isEqualTo(LocalDate.of(2024, 7, 15)); // R-TRF-1
		assertThat(pending.overdue()).isTrue(); // today is long after 15/7/2024
		assertThatThrownBy(() -> transfers.issue(new IssueTransfer("TM", TransferKind.OFFICIAL, "T.2",
				LocalDate.of(2024, 6, 4), null, null, null, false), "gui")).isInstanceOf(MemberRejectedException.class);

		TransferView received = transfers.receive("TM", id, LocalDate.of(2024, 7, 15), "nhan");
		assertThat(received.overdue()).isFalse(); // received on the last day
		assertThat(roster.find("TM", LocalDate.of(2024, 7, 14)).orElseThrow().orgCode()).isEqualTo("T.1");
		assertThat(roster.find("TM", LocalDate.of(2024, 7, 15)).orElseThrow().orgCode()).isEqualTo("T.2");
		assertThat(transfers.pendingFor(List.of("T.1", "T.2"))).isEmpty();
	}

	@Test
	void aTemporaryTransferKeepsTheMemberHomeAndLastsThreeMonthsToUnderAYear() {
		member("U");
		LocalDate issued = LocalDate.of(2024, 3, 1);
		// R-TRF-2 edges: 3 months is enough, a day less is not; a year is too long, a day less is fine
		assertThatThrownBy(() -> transfers.issue(new IssueTransfer("UM", TransferKind.TEMPORARY, "U.2", issued, null,
				null, LocalDate.of(2024, 5, 31), false), "g")).hasMessageContaining("R-TRF-2");
		assertThatThrownBy(() -> transfers.issue(new IssueTransfer("UM", TransferKind.TEMPORARY, "U.2", issued, null,
				null, LocalDate.of(2025, 3, 1), false), "g")).hasMessageContaining("R-TRF-2");
		long id = transfers.issue(new IssueTransfer("UM", TransferKind.TEMPORARY, "U.2", issued, null, null,
				LocalDate.of(2025, 2, 28), false), "g");
		transfers.receive("UM", id, LocalDate.of(2024, 3, 5), "n");
		assertThat(roster.find("UM", LocalDate.of(2024, 6, 1)).orElseThrow().orgCode()).isEqualTo("U.1");
	}

	@Test
	void trainingMayLastTwoYearsAndACancelledLetterFreesTheMember() {
		member("V");
		LocalDate issued = LocalDate.of(2023, 9, 1);
		long id = transfers.issue(new IssueTransfer("VM", TransferKind.TEMPORARY, "V.2", issued, null, null,
				LocalDate.of(2025, 9, 1), true), "g");
		assertThatThrownBy(() -> transfers.cancel("VM", id, " ", "g")).isInstanceOf(MemberRejectedException.class);
		transfers.cancel("VM", id, "Không đi học nữa", "g");
		assertThat(transfers.find(id).orElseThrow().pending()).isFalse();
		assertThatThrownBy(() -> transfers.issue(new IssueTransfer("VM", TransferKind.TEMPORARY, "V.2", issued, null,
				null, LocalDate.of(2025, 9, 2), true), "g")).hasMessageContaining("R-TRF-2");
	}

}
