package vn.dangvu.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.dangvu.MockMvcSecurityContext;
import vn.dangvu.member.Members;
import vn.dangvu.organization.Restructurings;

/** The audit page: filters, the check of the chain, the CSV export, views of member files recorded. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MockMvcSecurityContext.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService details;

	@Autowired
	Users users;

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	@BeforeAll
	void data() {
		ScopeFixtures.tree(restructurings);
		ScopeFixtures.members(members);
		ScopeFixtures.users(users);
	}

	RequestPostProcessor as(String username) {
		return user(details.loadUserByUsername(username));
	}

	@Test
	void listsTheRecordsOfASubtreeAndChecksTheChainOnDemand() {
		assertThat(mvc.get().uri("/audit?org=T.A&kind=RESTRUCTURING").with(as("quantri"))).hasStatusOk()
			.bodyText()
			.contains("Nhật ký kiểm toán", "T.A.C1; T.A", "1-QĐ/TU")
			.doesNotContain("T.B.C1; T.B");
		assertThat(mvc.get().uri("/audit?verify=true").with(as("quantri"))).hasStatusOk()
			.bodyText()
			.contains("Chuỗi nhật ký nguyên vẹn");
	}

	@Test
	void recordsWhoViewedAMemberFile() {
		assertThat(mvc.get().uri("/members/{no}", ScopeFixtures.MEMBER_IN).with(as("canbo"))).hasStatusOk();
		assertThat(mvc.get().uri("/audit?kind=MEMBER_VIEWED&subject=MA001&username=canbo").with(as("quantri")))
			.hasStatusOk()
			.bodyText()
			.contains("Xem hồ sơ đảng viên", "/members/MA001");
	}

	@Test
	void exportsTheRecordsAsCsvAndRecordsTheExport() {
		assertThat(mvc.get().uri("/audit/export.csv?kind=USER_ADDED").with(as("quantri"))).hasStatusOk()
			.bodyText()
			.contains("id,at,username", "USER_ADDED", "canbo");
		assertThat(mvc.get().uri("/audit?kind=EXPORT").with(as("quantri"))).hasStatusOk()
			.bodyText()
			.contains("/audit/export.csv");
	}

	@Test
	void isForAdministratorsOnly() {
		assertThat(mvc.get().uri("/audit").with(as("canbo"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/audit/export.csv").with(as("lanhdao"))).hasStatus(HttpStatus.FORBIDDEN);
	}

}
