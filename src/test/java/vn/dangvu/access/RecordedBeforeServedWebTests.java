package vn.dangvu.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

import vn.dangvu.access.internal.AuditStore;
import vn.dangvu.common.Decision;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.Members;
import vn.dangvu.member.PoliticalTheory;
import vn.dangvu.member.ProfessionalLevel;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.Restructurings;

/**
 * A view of a member's file is recorded before anything of the file is served, while the page is read and rendered:
 * the page's reads begin although the record is still waiting for the chain, nothing is answered until it is
 * committed, and a record that cannot be written leaves the page unsent. Synthetic names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordedBeforeServedWebTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Members members;

	@Autowired
	Restructurings restructurings;

	@Autowired
	ConfigurableTransactionManager transactions;

	@Autowired
	DataSource dataSource;

	@Autowired
	DSLContext dsl;

	final HttpClient browser = HttpClient.newHttpClient();

	String token;

	@BeforeAll
	void data() {
		users.add("quantri.rb", Role.ADMIN, null);
		token = users.newToken("quantri.rb");
		Decision d = new Decision("1-QĐ/TU", LocalDate.of(2000, 1, 1), null);
		restructurings.apply(new EstablishOrganization("RB", "Đảng bộ tỉnh Thử Nghiệm RB", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, d.date(), d), "test");
		restructurings.apply(new EstablishOrganization("RB.C1", "Chi bộ khu phố Ghi Trước", OrganizationType.CELL,
				OrganizationField.RESIDENTIAL, "RB", d.date(), d), "test");
		for (String no : new String[] { "RB-001", "RB-002" }) {
			members.register(new MemberFile(no, "Đoàn Thị Ghi Trước", Gender.FEMALE, LocalDate.of(1986, 4, 11), "Kinh",
					null, null, ProfessionalLevel.BACHELOR, PoliticalTheory.ELEMENTARY, null, "079186000" + no.substring(3),
					null, null, null, null));
			members.record(no, new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2015, 3, 20), "RB.C1",
					"12-QĐ/ĐU", LocalDate.of(2015, 3, 2), null), "test");
		}
	}

	CompletableFuture<HttpResponse<String>> page(String memberNo) {
		return browser.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/members/" + memberNo))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	long views(String memberNo) {
		return dsl.fetchCount(dsl.selectFrom("audit_record").where("kind = 'MEMBER_VIEWED' and subject = ?", memberNo));
	}

	@Test
	void readsThePageWhileTheViewIsRecordedAndAnswersOnlyOnceItIsCommitted() throws Exception {
		CountDownLatch pageRead = new CountDownLatch(1);
		TransactionExecutionListener reads = new TransactionExecutionListener() {
			@Override
			public void afterBegin(TransactionExecution transaction, Throwable failure) {
				// the page's reads; the record is written in a read-write transaction of the writer's
				if (transaction.isReadOnly()) {
					pageRead.countDown();
				}
			}
		};
		CompletableFuture<HttpResponse<String>> page;
		transactions.getTransactionExecutionListeners().add(reads);
		try (Connection other = dataSource.getConnection()) {
			// another transaction holds the chain: the view's record cannot be committed until it ends
			other.setAutoCommit(false);
			try (Statement lock = other.createStatement()) {
				lock.execute("select pg_advisory_xact_lock(" + AuditStore.CHAIN_LOCK + ")");
			}
			page = page("RB-001");
			assertThat(pageRead.await(60, TimeUnit.SECONDS)).as("the page is read while its record waits").isTrue();
			assertThat(page.isDone()).as("nothing is answered before the record is committed").isFalse();
			assertThat(views("RB-001")).isZero();
			other.rollback();
		}
		finally {
			transactions.getTransactionExecutionListeners().remove(reads);
		}
		HttpResponse<String> answered = page.get(60, TimeUnit.SECONDS);
		assertThat(answered.statusCode()).isEqualTo(200);
		assertThat(answered.body()).contains("Đoàn Thị Ghi Trước", "079186000001");
		assertThat(views("RB-001")).isOne();
	}

	@Test
	void sendsNothingOfTheFileWhenItsViewCannotBeRecorded() throws Exception {
		dsl.execute("""
				create function test_refuse_view() returns trigger language plpgsql as $$
				begin
				    if new.subject = 'RB-002' then raise exception 'thử: không ghi được'; end if;
				    return new;
				end $$""");
		dsl.execute("""
				create trigger test_refuse_view before insert on audit_record
				    for each row execute function test_refuse_view()""");
		HttpResponse<String> refused;
		try {
			refused = page("RB-002").get(60, TimeUnit.SECONDS);
		}
		finally {
			dsl.execute("drop trigger test_refuse_view on audit_record");
			dsl.execute("drop function test_refuse_view()");
		}
		assertThat(refused.statusCode()).isEqualTo(500);
		assertThat(refused.body()).doesNotContain("Đoàn Thị Ghi Trước", "079186000002");
		assertThat(views("RB-002")).isZero();
		// once it can be recorded, the view is served
		HttpResponse<String> served = page("RB-002").get(60, TimeUnit.SECONDS);
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.body()).contains("079186000002");
		assertThat(views("RB-002")).isOne();
	}

}
