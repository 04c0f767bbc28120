package vn.dangvu.common.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.TestDatabases;
import vn.dangvu.WithReplica;
import vn.dangvu.common.Decision;
import vn.dangvu.importing.DirectoryExport;
import vn.dangvu.importing.ExportSummary;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberRow;
import vn.dangvu.member.Members;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.Restructurings;

/**
 * Read replicas for real: the test database on the primary ({@code DANGVU_TEST_POSTGRES_URL}) and the same database on
 * its streaming standby ({@code DANGVU_TEST_REPLICA_URL}, made by {@code bench/standby}; {@code .ci/run} sets both).
 * Writes go to the primary; read-only transactions read on the standby what it has replayed; the standby refuses a
 * write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@WithReplica
class ReplicaRoutingIntegrationTests {

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	@Autowired
	MemberRoster roster;

	@Autowired
	DSLContext dsl;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DatabaseStatus status;

	@Autowired
	DirectoryExport directoryExport;

	@Autowired
	DatabaseBackup backups;

	// each test, not the class, so that every one is reported skipped with the reason
	@BeforeEach
	void needsAStandby() {
		assumeTrue(TestDatabases.replicaConfigured(),
				"DANGVU_TEST_REPLICA_URL (with DANGVU_TEST_POSTGRES_URL) is not set: there is no streaming standby to"
						+ " route the read-only transactions to (bench/standby makes one of the machine's PostgreSQL 15;"
						+ " .ci/run sets both)");
	}

	@Test
	void readsWhatThePrimaryWroteOnTheStandbyOnceReplayed() {
		LocalDate start = LocalDate.of(2010, 1, 1);
		Decision decision = new Decision("1-QĐ/TU", start, null);
		restructurings.apply(new EstablishOrganization("RB", "Đảng bộ tỉnh Bản Sao", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, decision), "test");
		restructurings.apply(new EstablishOrganization("RB.C1", "Chi bộ Bản Sao Một",
				OrganizationType.GRASSROOTS_CELL, OrganizationField.OTHER, "RB", start, decision), "test");
		members.register(new MemberFile("RB001", "Lâm Thị Bản", Gender.FEMALE, LocalDate.of(1980, 5, 6), "Kinh", null,
				null, null, null, null, null, null, null, null, null));
		members.record("RB001", new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2012, 3, 20), "RB.C1",
				"12-QĐ/ĐU", LocalDate.of(2012, 3, 2), null), "test");

		// the read-write transaction is on the primary, and sees its own write there
		assertThat(readWrite(() -> value(Boolean.class, "select pg_is_in_recovery()"))).isFalse();
		String written = value(String.class, "select pg_current_wal_lsn()::text");
		awaitReplayOf(written);

		record Read(boolean inRecovery, List<MemberRow> found) {
		}
		Read read = readOnly(() -> new Read(value(Boolean.class, "select pg_is_in_recovery()"),
				roster.search("lam thi ban", "RB", 10)));
		assertThat(read.inRecovery()).as("the read-only transaction runs on the standby").isTrue();
		assertThat(read.found()).extracting(MemberRow::memberNo).containsExactly("RB001");
		// the search service on its own (its own read-only transaction) finds it too
		assertThat(roster.search("lam thi ban", "RB", 10)).extracting(MemberRow::memberNo).containsExactly("RB001");
	}

	@Test
	void theStandbyRefusesAWriteInAReadOnlyTransaction() {
		assertThatThrownBy(() -> readOnly(() -> {
			assertThat(value(Boolean.class, "select pg_is_in_recovery()")).isTrue();
			return restructurings.apply(new EstablishOrganization("RX", "Đảng bộ không được ghi",
					OrganizationType.PROVINCE, OrganizationField.OTHER, null, LocalDate.of(2010, 1, 1),
					new Decision("2-QĐ/TU", LocalDate.of(2010, 1, 1), null)), "test");
		})).satisfies(ex -> assertThat(sqlState(ex)).as("cannot execute INSERT in a read-only transaction")
			.isEqualTo("25006"));
		// not merely a read-only flag: the standby cannot be made to write at all (it is in recovery)
		assertThatThrownBy(() -> readOnly(() -> dsl.execute("set transaction read write")))
			.hasStackTraceContaining("during recovery");
		assertThat(readWrite(() -> value(Integer.class, "select count(*) from organization where code = 'RX'"))).isZero();
	}

	@Test
	void anExportReadsOnTheStandbyAndRecordsItselfOnThePrimary(@TempDir Path dir) {
		restructurings.apply(new EstablishOrganization("RE", "Đảng bộ tỉnh Xuất Bản", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, LocalDate.of(2011, 1, 1),
				new Decision("3-QĐ/TU", LocalDate.of(2011, 1, 1), null)), "test");
		awaitReplayOf(value(String.class, "select pg_current_wal_lsn()::text"));
		int before = value(Integer.class, "select count(*) from audit_record where kind = 'EXPORT'");
		// the export is a read-only transaction (on the standby); its audit record is a read-write transaction of
		// its own (AuditTrail.appendAccess), on the primary — inside the export's it would be refused
		ExportSummary summary = directoryExport.export(dir, "RE");
		assertThat(summary.organizations()).isEqualTo(1);
		assertThat(value(Integer.class, "select count(*) from audit_record where kind = 'EXPORT'"))
			.isEqualTo(before + 1);
	}

	@Test
	void theBackupCommandCopiesFromThePrimaryThroughTheRouting(@TempDir Path dir) throws Exception {
		restructurings.apply(new EstablishOrganization("RS", "Đảng bộ tỉnh Sao Lưu Chính", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, LocalDate.of(2012, 1, 1),
				new Decision("4-QĐ/TU", LocalDate.of(2012, 1, 1), null)), "test");
		// as BackupCommands does: COPY through the lazy connection handle, on the primary, the row just written
		// included whether or not the standby has replayed it
		DatabaseBackup.Summary summary = PrimaryReads.call(() -> backups.backup(dir.resolve("backup.sql.gz")));
		assertThat(summary.rows().get("organization"))
			.isEqualTo(value(Long.class, "select count(*) from organization"));
	}

	@Test
	void aSessionThatHasJustWrittenReadsFromThePrimary() throws Exception {
		// read your own writes (ReadYourWritesFilter): a pinned thread's read-only transactions stay on the primary
		Boolean inRecovery = PrimaryReads
			.call(() -> readOnly(() -> value(Boolean.class, "select pg_is_in_recovery()")));
		assertThat(inRecovery).isFalse();
	}

	@Test
	void theStatusShowsTheReplicaInRecoveryWithItsReplayedPosition() {
		DatabaseStatusView view = status.status();
		assertThat(view.primaryProblem()).isNull();
		assertThat(view.primaryLsn()).isNotBlank();
		assertThat(view.replica()).isNotNull();
		assertThat(view.replica().reachable()).isTrue();
		assertThat(view.replica().inRecovery()).isTrue();
		assertThat(view.replica().replayLsn()).isNotBlank();
		assertThat(view.replica().url()).startsWith("jdbc:postgresql://").doesNotContainIgnoringCase("password");
	}

	private void awaitReplayOf(String lsn) {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (!readOnly(() -> value(Boolean.class, "select pg_last_wal_replay_lsn() >= ?::pg_lsn", lsn))) {
			assertThat(System.nanoTime()).as("the standby replays %s", lsn).isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private <T> T value(Class<T> type, String sql, Object... bindings) {
		return dsl.fetchSingle(sql, bindings).get(0, type);
	}

	private <T> T readOnly(Supplier<T> work) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setReadOnly(true);
		return template.execute(s -> work.get());
	}

	private <T> T readWrite(Supplier<T> work) {
		return new TransactionTemplate(transactions).execute(s -> work.get());
	}

	private static String sqlState(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql) {
				return sql.getSQLState();
			}
		}
		return null;
	}

}
