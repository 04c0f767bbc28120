package vn.dangvu.member.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.dangvu.MockMvcSecurityContext;
import vn.dangvu.common.Decision;
import vn.dangvu.member.Gender;
import vn.dangvu.member.IssueTransfer;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.Members;
import vn.dangvu.member.TransferKind;
import vn.dangvu.member.Transfers;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.RestructuringCommand.MergeOrganizations;
import vn.dangvu.organization.Restructurings;

/**
 * The letters in transit of a subtree and, for an administrator, of every organization: each marked as sent from the
 * list's organizations (its member linked) or expected by them (received from the list). Two provinces; a letter
 * across them, and one addressed to a cell merged since. Synthetic names.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MockMvcSecurityContext.class)
@WithMockUser(username = "quantri", roles = "ADMIN")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransferListWebTests {

	static final LocalDate TODAY = LocalDate.now();

	@Autowired
	MockMvcTester mvc;

	long across;

	long toMerged;

	long betweenMerged;

	@BeforeAll
	void letters(@Autowired Restructurings restructurings, @Autowired Members members,
			@Autowired Transfers transfers) {
		LocalDate start = LocalDate.of(2000, 1, 1);
		Decision d = new Decision("1-QĐ/TW", start, null);
		for (String p : List.of("A", "B", "C")) {
			restructurings.apply(new EstablishOrganization(p, "Đảng bộ tỉnh " + p, OrganizationType.PROVINCE,
					OrganizationField.OTHER, null, start, d), "t");
			for (String c : List.of(".1", ".2", ".3")) {
				restructurings.apply(new EstablishOrganization(p + c, "Chi bộ " + p + c,
						OrganizationType.GRASSROOTS_CELL, OrganizationField.WARD, p, start, d), "t");
			}
			members.register(new MemberFile(p + "M", "Lê Văn Chuyển " + p, Gender.MALE, LocalDate.of(1980, 1, 1),
					"Kinh", null, null, null, null, null, null, null, null, null, null));
			members.record(p + "M", new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2010, 1, 20), p + ".1", "1",
					LocalDate.of(2010, 1, 10), null), "t");
		}
		across = transfers.issue(new IssueTransfer("AM", TransferKind.OFFICIAL, "B.2", TODAY.minusDays(10), null, null,
				null, false), "t");
		toMerged = transfers.issue(new IssueTransfer("BM", TransferKind.OFFICIAL, "B.3", TODAY.minusDays(10), null,
				null, null, false), "t");
		restructurings.apply(new MergeOrganizations(List.of("B.3"), "B.2", null, null, TODAY.minusDays(5),
				new Decision("7-QĐ/TU", TODAY.minusDays(6), null)), "t");
		// sent from a cell and addressed to another, both merged since
		betweenMerged = transfers.issue(new IssueTransfer("CM", TransferKind.OFFICIAL, "C.3", TODAY.minusDays(10),
				null, null, null, false), "t");
		restructurings.apply(new MergeOrganizations(List.of("C.1", "C.3"), "C.2", null, null, TODAY.minusDays(5),
				new Decision("8-QĐ/TU", TODAY.minusDays(6), null)), "t");		// one more letter than a page shows, all older than the others: from D.1 to D.2
		restructurings.apply(new EstablishOrganization("D", "Đảng bộ tỉnh D", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, d), "t");
		for (String c : List.of(".1", ".2")) {
			restructurings.apply(new EstablishOrganization("D" + c, "Chi bộ D" + c, OrganizationType.GRASSROOTS_CELL,
					OrganizationField.WARD, "D", start, d), "t");
		}
		for (int i = 1; i <= TransferController.PAGE_SIZE + 1; i++) {
			String no = "D%02d".formatted(i);
			members.register(new MemberFile(no, "Lê Văn Chuyển " + no, Gender.MALE, LocalDate.of(1980, 1, 1), "Kinh",
					null, null, null, null, null, null, null, null, null, null));
			members.record(no, new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2010, 1, 20), "D.1", "1",
					LocalDate.of(2010, 1, 10), null), "t");
			transfers.issue(new IssueTransfer(no, TransferKind.OFFICIAL, "D.2", TODAY.minusDays(20 + i), null, null,
					null, false), "t");
		}
	}

	String receive(String memberNo, long id) {
		return "/members/" + memberNo + "/transfers/" + id + "/receive";
	}

	@Test
	void anAdministratorSeesEveryLetterMarkedByTheOrganizationsOfTheDay() {
		assertThat(mvc.get().uri("/transfers")).hasStatusOk()
			.bodyText()
			.contains("Lê Văn Chuyển A", "Lê Văn Chuyển B", "href=\"/members/AM\"", "href=\"/members/BM\"",
					receive("AM", across))
			// the organizations by name, a merged one by its last
			.contains("<span>Chi bộ A.1</span><br><span class=\"muted code\">A.1</span>",
					"<span>Chi bộ B.3</span><br><span class=\"muted code\">B.3</span>")
			// addressed to a cell merged since: listed, but not received here
			.doesNotContain(receive("BM", toMerged))
			// between two cells merged since: listed, neither linked nor received
			.contains("Lê Văn Chuyển C")
			.doesNotContain("href=\"/members/CM\"", receive("CM", betweenMerged));
	}

	@Test
	void theLettersComeFiftyToAPageTheNewestFirst() {
		assertThat(mvc.get().uri("/transfers?org=D")).hasStatusOk()
			.bodyText()
			.contains("Dòng 1–50 trong 51", "Lê Văn Chuyển D01", "Lê Văn Chuyển D50",
					"href=\"/transfers?org=D&amp;page=1\"")
			.doesNotContain("Lê Văn Chuyển D51");
		assertThat(mvc.get().uri("/transfers?org=D&page=1")).hasStatusOk()
			.bodyText()
			.contains("Dòng 51–51 trong 51", "Lê Văn Chuyển D51", "href=\"/transfers?org=D&amp;page=0\"",
					"<span>Chi bộ D.1</span>", "action=\"/members/D51/transfers/")
			.doesNotContain("Lê Văn Chuyển D50");
		// a page past the last shows the last; the code as typed, spaces around it, links without them
		assertThat(mvc.get().uri("/transfers?org= D &page=9")).hasStatusOk()
			.bodyText()
			.contains("Dòng 51–51 trong 51", "href=\"/transfers?org=D&amp;page=0\"");
		// the administrator's list of every letter pages the same way
		assertThat(mvc.get().uri("/transfers")).hasStatusOk()
			.bodyText()
			.contains("Dòng 1–50 trong 54", "href=\"/transfers?page=1\"");
		assertThat(mvc.get().uri("/transfers?page=1")).hasStatusOk()
			.bodyText()
			.contains("Dòng 51–54 trong 54", "Lê Văn Chuyển D51", "href=\"/members/D51\"")
			.doesNotContain("Lê Văn Chuyển A");
	}

	@Test
	void aSubtreeSeesTheLettersSentFromItAndThoseExpectedByIt() {
		assertThat(mvc.get().uri("/transfers?org=A")).hasStatusOk()
			.bodyText()
			.contains("Lê Văn Chuyển A", "href=\"/members/AM\"")
			.doesNotContain(receive("AM", across), "Lê Văn Chuyển B");
		assertThat(mvc.get().uri("/transfers?org=B")).hasStatusOk()
			.bodyText()
			.contains("Lê Văn Chuyển A", receive("AM", across), "Lê Văn Chuyển B", "href=\"/members/BM\"")
			.doesNotContain("href=\"/members/AM\"", receive("BM", toMerged));
	}

}
