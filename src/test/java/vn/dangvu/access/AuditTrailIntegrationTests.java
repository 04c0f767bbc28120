package vn.dangvu.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import picocli.CommandLine;
import vn.dangvu.access.internal.AuditHash;
import vn.dangvu.access.internal.AuditStore;
import vn.dangvu.common.Decision;
import vn.dangvu.common.cli.CommandFailedException;
import vn.dangvu.importing.DirectoryImport;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.Members;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.RestructuringCommand.RenameOrganization;
import vn.dangvu.organization.RestructuringRefusedException;
import vn.dangvu.organization.Restructurings;

/**
 * The audit trail on PostgreSQL: every change leaves a record in its own transaction, the table refuses changes, the
 * chain survives concurrent appends, and a changed or deleted record is found — by the service and by
 * {@code audit verify}. The tamper tests put back what they broke, so the tests share one database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	@Autowired
	MemberRoster roster;

	@Autowired
	Users users;

	@Autowired
	DirectoryImport imports;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DSLContext dsl;

	@Autowired
	AuditStore store;

	@Autowired
	Organizations organizations;

	@Autowired
	PlatformTransactionManager transactionManager;

	@TempDir
	Path dir;

	private static boolean built;

	synchronized void data() {
		if (!built) {
			ScopeFixtures.tree(restructurings);
			ScopeFixtures.members(members);
			built = true;
		}
	}

	List<AuditRecordView> records(AuditKind kind, String subject) {
		return trail.find(new AuditQuery(null, kind, subject, null, null, null, 0, 100)).items();
	}

	@Test
	void recordsRestructuringsMemberChangesAndUsersWithWhoWhatAndTheDecision() {
		data();
		assertThat(records(AuditKind.RESTRUCTURING, "T.A.C1; T.A")).singleElement().satisfies(r -> {
			assertThat(r.username()).isEqualTo("test");
			assertThat(r.decisionNo()).isEqualTo("1-QĐ/TU");
			assertThat(r.orgCode()).isEqualTo("T.A.C1");
			assertThat(r.after()).contains("\"operation\":\"ESTABLISH\"", "\"name\":\"Chi bộ Đông Một\"");
			assertThat(r.intact()).isTrue();
		});
		assertThat(records(AuditKind.MEMBER_REGISTERED, ScopeFixtures.MEMBER_IN)).singleElement()
			.satisfies(r -> assertThat(r.after()).contains("Nguyễn Văn Đông"));
		assertThat(records(AuditKind.MEMBER_EVENT_RECORDED, ScopeFixtures.MEMBER_IN)).singleElement().satisfies(r -> {
			assertThat(r.decisionNo()).isEqualTo("12-QĐ/ĐU");
			assertThat(r.orgCode()).isEqualTo(ScopeFixtures.CELL_IN);
			assertThat(r.after()).contains("\"type\":\"ADMITTED\"", "\"effectiveOn\":\"2015-03-20\"");
		});

		MemberFile file = roster.find(ScopeFixtures.MEMBER_IN, LocalDate.now()).orElseThrow().file();
		members.correct(new MemberFile(file.memberNo(), file.fullName(), file.gender(), file.birthDate(), "Tày",
				file.religion(), file.education(), file.professionalLevel(), file.politicalTheory(), file.cardNo(),
				file.nationalId(), file.placeOfBirth(), file.hometown(), file.residence(), file.occupation()));
		assertThat(records(AuditKind.MEMBER_CORRECTED, ScopeFixtures.MEMBER_IN)).singleElement().satisfies(r -> {
			assertThat(r.before()).contains("\"ethnicity\":\"Kinh\"");
			assertThat(r.after()).contains("\"ethnicity\":\"Tày\"");
		});

		var recorded = members.record(ScopeFixtures.MEMBER_IN, new LedgerEvent(MemberEventType.EXEMPTED,
				LocalDate.of(2024, 1, 1), null, "3-QĐ/ĐU", LocalDate.of(2023, 12, 20), null), "canbo");
		members.voidEvent(ScopeFixtures.MEMBER_IN, recorded.eventId(), "Ghi nhầm", "canbo");
		assertThat(records(AuditKind.MEMBER_EVENT_VOIDED, ScopeFixtures.MEMBER_IN)).singleElement().satisfies(r -> {
			assertThat(r.username()).isEqualTo("canbo");
			assertThat(r.decisionNo()).isEqualTo("3-QĐ/ĐU");
			assertThat(r.after()).contains("Ghi nhầm");
		});

		users.add("kiemtoan1", Role.LEADER, "T.A");
		users.newToken("kiemtoan1");
		assertThat(records(AuditKind.USER_ADDED, "kiemtoan1")).singleElement()
			.satisfies(r -> assertThat(r.after()).isEqualTo("{\"role\":\"LEADER\",\"scope\":\"T.A\"}"));
		assertThat(records(AuditKind.API_TOKEN_ISSUED, "kiemtoan1")).hasSize(1);
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void writesTheRecordInTheTransactionOfTheChangeSoARefusedOrRolledBackChangeLeavesNone() {
		data();
		long before = count();
		assertThatThrownBy(() -> restructurings.apply(new RenameOrganization("KHONGCO", "Tên", LocalDate.of(2025, 1, 1),
				new Decision("5-QĐ/TU", LocalDate.of(2025, 1, 1), null)), "test"))
			.isInstanceOf(RestructuringRefusedException.class);
		transactions.executeWithoutResult(status -> {
			restructurings.apply(new RenameOrganization(ScopeFixtures.CELL_OUT, "Chi bộ Tây Đổi Tên",
					LocalDate.of(2025, 1, 1), new Decision("5-QĐ/TU", LocalDate.of(2025, 1, 1), null)), "test");
			status.setRollbackOnly();
		});
		assertThat(count()).isEqualTo(before);
		assertThatThrownBy(() -> trail.append(AuditEntry.of(AuditKind.BACKUP, "x", null, null), null))
			.as("a change is only recorded inside its transaction")
			.isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
	}

	@Test
	void recordsAnImportAsAWhole() throws IOException {
		Files.writeString(dir.resolve("organizations.csv"), """
				code,name,type,field,parent_code,established_on
				IMP,Đảng bộ tỉnh Nhập,PROVINCE,OTHER,,2010-01-01
				IMP.1,Chi bộ Nhập Một,GRASSROOTS_CELL,OTHER,IMP,2010-01-01
				""", StandardCharsets.UTF_8);
		long restructurings = records(AuditKind.RESTRUCTURING, null).size();
		assertThat(imports.importDirectory(dir, false).succeeded()).isTrue();
		assertThat(records(AuditKind.IMPORT, dir.toAbsolutePath().normalize().toString())).singleElement()
			.satisfies(r -> assertThat(r.after()).contains("\"organizations.csv\":2"));
		assertThat(records(AuditKind.RESTRUCTURING, null)).as("the rows of an import are not recorded one by one")
			.hasSize((int) restructurings);
	}

	@Test
	void theTableRefusesToChangeOrRemoveARecord() {
		trail.appendAccess(AuditEntry.of(AuditKind.EXPORT, "probe", null, Map.of("n", 1)), "test");
		assertThatThrownBy(() -> dsl.execute("update audit_record set username = 'khac'")).rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> dsl.execute("delete from audit_record")).rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> dsl.execute("truncate audit_record")).rootCause()
			.hasMessageContaining("append-only");
	}

	@Test
	void keepsTheChainIntactUnderConcurrentAppends() throws Exception {
		// accesses committed in groups, with changes appended in their own transactions between them
		ExecutorService pool = Executors.newFixedThreadPool(16);
		Map<Integer, Future<Long>> appends = new java.util.TreeMap<>();
		try {
			for (int i = 0; i < 120; i++) {
				int n = i;
				AuditEntry entry = AuditEntry.of(AuditKind.MEMBER_VIEWED, "CONC" + n, null, Map.of("n", n));
				appends.put(n, pool.submit(() -> n % 10 == 0
						? transactions.execute(status -> trail.append(entry, "song-song"))
						: trail.appendAccess(entry, "song-song")));
			}
			for (Future<Long> append : appends.values()) {
				append.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(trail.find(new AuditQuery("song-song", null, null, null, null, null, 0, 200)).total()).isEqualTo(120);
		// each caller got the id of its own record
		for (Map.Entry<Integer, Future<Long>> append : appends.entrySet()) {
			assertThat(dsl.fetchValue("select subject from audit_record where id = ?", append.getValue().get()))
				.isEqualTo("CONC" + append.getKey());
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void chainsAGroupOfAccessesAfterARecordAppendedSinceTheWritersLast() {
		// the writer sends each group chained after the last record it committed; a change's record appended meanwhile
		// ends the chain elsewhere, and the next group is chained after that record instead
		long first = trail.appendAccess(AuditEntry.of(AuditKind.MEMBER_VIEWED, "NOI-1", null, null), "noi-tiep");
		long change = transactions.execute(
				status -> trail.append(AuditEntry.of(AuditKind.MEMBER_VIEWED, "NOI-2", null, null), "noi-tiep"));
		long second = trail.appendAccess(AuditEntry.of(AuditKind.MEMBER_VIEWED, "NOI-3", null, null), "noi-tiep");
		long third = trail.appendAccess(AuditEntry.of(AuditKind.MEMBER_VIEWED, "NOI-4", null, null), "noi-tiep");

		assertThat(List.of(first, change, second, third)).isSorted();
		assertThat(column("prev_hash", change)).isEqualTo(column("hash", first));
		assertThat(column("prev_hash", second)).isEqualTo(column("hash", change));
		assertThat(column("prev_hash", third)).isEqualTo(column("hash", second));
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void insertsAfterTheExpectedEndOnlyWhereTheChainEndsAndCommitsAtOnce() {
		long last = trail.appendAccess(AuditEntry.of(AuditKind.EXPORT, "CUOI", null, null), "noi-tiep");
		String end = column("hash", last);

		// expecting any other end: nothing written, and the caller is told
		Optional<List<Long>> refused = store.lockAndInsertAfterCommitted(AuditHash.GENESIS, List.of(stale("CU")));
		assertThat(refused).isEmpty();
		assertThat(dsl.fetchValue("select count(*) from audit_record where subject = 'CU'")).isEqualTo(0L);
		assertThat(store.lastHash()).contains(end);

		// expecting where it ends: written and committed when it returns (read here on another connection), the ids in
		// order
		List<AuditStore.Appended> after = twoAfter(end, "MOI-1", "MOI-2");
		List<Long> ids = store.lockAndInsertAfterCommitted(end, after).orElseThrow();
		assertThat(ids).hasSize(2).isSorted();
		assertThat(column("subject", ids.get(0))).isEqualTo("MOI-1");
		assertThat(column("subject", ids.get(1))).isEqualTo("MOI-2");
		assertThat(trail.verify().intact()).isTrue();

		// in an open transaction it would commit only with that transaction: refused, nothing written
		List<AuditStore.Appended> inTransaction = twoAfter(after.getLast().hash(), "MOI-3", "MOI-4");
		assertThatThrownBy(() -> transactions
			.execute(status -> store.lockAndInsertAfterCommitted(after.getLast().hash(), inTransaction)))
			.isInstanceOf(IllegalStateException.class);
		assertThat(dsl.fetchValue("select count(*) from audit_record where subject in ('MOI-3', 'MOI-4')"))
			.isEqualTo(0L);
	}

	@Test
	void appendsOnlyInTheTransactionThatHoldsTheChainsLock() {
		long last = trail.appendAccess(AuditEntry.of(AuditKind.EXPORT, "KHOA", null, null), "noi-tiep");
		String end = column("hash", last);
		List<AuditStore.Appended> after = twoAfter(end, "KHOA-1", "KHOA-2");

		// the lock taken and released in a transaction of its own, as a driver that synced between the lock and the
		// insert would: the insert that follows writes nothing, though the chain ends where it expects
		store.lockChain();
		assertThat(store.insertAfter(end, after)).isEmpty();
		assertThat(dsl.fetchValue("select count(*) from audit_record where subject like 'KHOA-_'")).isEqualTo(0L);

		// the lock and the insert in one transaction: written
		List<Long> ids = transactions.execute(status -> {
			store.lockChain();
			return store.insertAfter(end, after);
		}).orElseThrow();
		assertThat(ids).hasSize(2);
		assertThat(column("subject", ids.get(1))).isEqualTo("KHOA-2");
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void writesEveryGroupInATransactionOfItsOwnOnceTheOneRoundTripIsFoundNotToBeOneTransaction() {
		// a store whose one round trip is two transactions, as with a driver that synced between its statements
		List<String> sent = new ArrayList<>();
		AuditStore split = new AuditStore(dsl) {
			@Override
			public Optional<List<Long>> lockAndInsertAfterCommitted(String previous, List<Appended> records) {
				sent.add(previous);
				lockChain();
				return insertAfter(previous, records);
			}
		};
		AuditTrail splitTrail = new AuditTrail(split, organizations, Optional.empty(), false, transactionManager);
		try {
			List<Long> ids = new ArrayList<>();
			for (int i = 1; i <= 4; i++) {
				ids.add(splitTrail.appendAccess(AuditEntry.of(AuditKind.EXPORT, "TACH-" + i, null, null), "tach"));
			}
			assertThat(ids).isSorted();
			for (int i = 1; i <= 4; i++) {
				assertThat(column("subject", ids.get(i - 1))).isEqualTo("TACH-" + i);
			}
			// the first record has no end to be sent after; the second is sent after it, refused, and written in a
			// transaction of its own, as every one after it
			assertThat(sent).containsExactly(column("hash", ids.get(0)));
			assertThat(trail.verify().intact()).isTrue();
		}
		finally {
			splitTrail.destroy();
		}
	}

	private static AuditStore.Appended stale(String subject) {
		return new AuditStore.Appended(Instant.parse("2026-12-05T00:00:00Z"), "noi-tiep", null, AuditKind.EXPORT,
				subject, null, null, null, null, AuditHash.GENESIS, "a".repeat(64));
	}

	/** Two records chained after {@code end}. */
	private static List<AuditStore.Appended> twoAfter(String end, String first, String second) {
		Instant at = Instant.parse("2026-12-05T00:00:01Z");
		String firstHash = AuditHash.of(at, "noi-tiep", null, "EXPORT", first, null, null, null, null, end);
		return List.of(
				new AuditStore.Appended(at, "noi-tiep", null, AuditKind.EXPORT, first, null, null, null, null, end,
						firstHash),
				new AuditStore.Appended(at, "noi-tiep", null, AuditKind.EXPORT, second, null, null, null, null,
						firstHash, AuditHash.of(at, "noi-tiep", null, "EXPORT", second, null, null, null, null,
								firstHash)));
	}

	private String column(String name, long id) {
		return (String) dsl.fetchValue("select " + name + " from audit_record where id = ?", id);
	}

	@Test
	void refusesAnAccessOnceTheApplicationStopsAndLeavesNoCallerWaiting() {
		// a trail of its own, stopped as the application's is when it closes
		AuditTrail stopping = new AuditTrail(store, organizations, Optional.empty(), false, transactionManager);
		long before = stopping.appendAccess(AuditEntry.of(AuditKind.EXPORT, "TRUOC-KHI-DUNG", null, null), "test");
		assertThat(dsl.fetchValue("select subject from audit_record where id = ?", before)).isEqualTo("TRUOC-KHI-DUNG");

		stopping.destroy();
		assertThatThrownBy(
				() -> stopping.appendAccess(AuditEntry.of(AuditKind.EXPORT, "SAU-KHI-DUNG", null, null), "test"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Ứng dụng đang dừng");
		assertThat(dsl.fetchValue("select count(*) from audit_record where subject = 'SAU-KHI-DUNG'")).isEqualTo(0L);
		// the record written before the stop sits in the one chain
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void findsAChangedRecordAndTheCommandExitsWith3() {
		trail.appendAccess(AuditEntry.of(AuditKind.EXPORT, "a", null, Map.of("rows", 10)), "test");
		long victim = trail.appendAccess(AuditEntry.of(AuditKind.EXPORT, "b", null, Map.of("rows", 20)), "test");
		trail.appendAccess(AuditEntry.of(AuditKind.EXPORT, "c", null, Map.of("rows", 30)), "test");
		assertThat(verifyCommand()).isZero();

		tampering(() -> dsl.execute("update audit_record set after = '{\"rows\": 2}' where id = ?", victim));
		try {
			ChainVerification result = trail.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenId()).isEqualTo(victim);
			assertThat(result.problem()).contains("đã bị sửa");
			assertThat(verifyCommand()).isEqualTo(3);
			assertThat(records(AuditKind.EXPORT, "b")).singleElement()
				.satisfies(r -> assertThat(r.intact()).isFalse());
		}
		finally {
			tampering(() -> dsl.execute("update audit_record set after = '{\"rows\": 20}' where id = ?", victim));
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void findsADeletedRecordAtTheOneAfterIt() {
		trail.appendAccess(AuditEntry.of(AuditKind.EXPORT, "d", null, null), "test");
		long victim = trail.appendAccess(AuditEntry.of(AuditKind.EXPORT, "e", null, null), "test");
		long next = trail.appendAccess(AuditEntry.of(AuditKind.EXPORT, "f", null, null), "test");
		tampering(() -> {
			dsl.execute("create table audit_record_deleted as select * from audit_record where id = ?", victim);
			dsl.execute("delete from audit_record where id = ?", victim);
		});
		try {
			ChainVerification result = trail.verify();
			assertThat(result.firstBrokenId()).isEqualTo(next);
			assertThat(result.problem()).contains("bị xóa");
			assertThat(verifyCommand()).isEqualTo(3);
		}
		finally {
			tampering(() -> {
				dsl.execute("insert into audit_record overriding system value select * from audit_record_deleted");
				dsl.execute("drop table audit_record_deleted");
			});
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	/** What only someone who owns the table can do: switch the append-only trigger off for a moment. */
	void tampering(Runnable change) {
		transactions.executeWithoutResult(status -> {
			dsl.execute("alter table audit_record disable trigger audit_record_append_only");
			change.run();
			dsl.execute("alter table audit_record enable trigger audit_record_append_only");
		});
	}

	int verifyCommand() {
		CommandLine command = new CommandLine(new AuditCommand.Verify(trail));
		command.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
		command.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
		command.setExecutionExceptionHandler(
				(ex, cmd, parsed) -> ex instanceof CommandFailedException failed ? failed.exitCode() : 1);
		return command.execute();
	}

	long count() {
		return trail.find(new AuditQuery(null, null, null, null, null, null, 0, 1)).total();
	}


}
