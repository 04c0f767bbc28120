package vn.dangvu.common.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

import vn.dangvu.DangVuApplication;
import vn.dangvu.TestDatabases;
import vn.dangvu.access.AuditKind;
import vn.dangvu.access.AuditQuery;
import vn.dangvu.access.AuditTrail;
import vn.dangvu.access.Role;
import vn.dangvu.access.Users;
import vn.dangvu.common.Decision;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.Members;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.Restructurings;

/**
 * A backup of a database with a tree, a member, a user and an audit trail, restored into a new empty database by a
 * second application: everything comes back, the audit chain is intact and goes on, and new rows get new ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BackupRestoreIntegrationTests {

	@Autowired
	DatabaseBackup backups;

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	@Autowired
	Users users;

	@Autowired
	MemberRoster roster;

	@Autowired
	DSLContext dsl;

	@TempDir
	Path dir;

	@Test
	void restoresABackupIntoAnEmptyDatabaseAndRefusesOneWithData() throws IOException {
		LocalDate start = LocalDate.of(2010, 1, 1);
		Decision decision = new Decision("1-QĐ/TU", start, null);
		restructurings.apply(new EstablishOrganization("SL", "Đảng bộ tỉnh Sao Lưu", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, decision), "test");
		restructurings.apply(new EstablishOrganization("SL.C1", "Chi bộ Sao Lưu Một", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.OTHER, "SL", start, decision), "test");
		members.register(new MemberFile("SL001", "Võ Thị Sao", Gender.FEMALE, LocalDate.of(1985, 2, 3), "Kinh", null,
				null, null, null, null, "079185000123", null, null, "Số 1, đường \"Tab\"\tvà\\gạch", null));
		members.record("SL001", new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2015, 3, 20), "SL.C1",
				"12-QĐ/ĐU", LocalDate.of(2015, 3, 2), null), "test");
		users.add("saoluu", Role.LEADER, "SL");
		MemberFile original = roster.find("SL001", LocalDate.of(2020, 1, 1)).orElseThrow().file();

		Path file = dir.resolve("dangvu-backup.sql.gz");
		DatabaseBackup.Summary backedUp = backups.backup(file);
		assertThat(Files.size(file)).isPositive();
		assertThat(backedUp.rows()).containsKeys("organization", "member", "member_event", "app_user", "audit_record");
		assertThat(backedUp.rows().keySet()).doesNotContain("flyway_schema_history");
		assertThat(backups.tablesInOrder()).containsSubsequence("restructuring", "organization", "organization_version");

		assertThatThrownBy(() -> backups.restore(file)).isInstanceOf(DatabaseBackup.RestoreRefusedException.class)
			.hasMessageContaining("đã có dữ liệu");

		TestDatabases.Database empty = TestDatabases.fresh("restore");
		try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(DangVuApplication.class)
			.web(WebApplicationType.NONE)
			// as arguments: they outrank application.properties (default properties would not)
			.run("--dangvu.cli=true", "--dangvu.db.url=" + empty.url(), "--dangvu.db.user=" + empty.user(),
					"--dangvu.db.password=" + empty.password(), "--dangvu.db.pool-size=2")) {
			DatabaseBackup.Summary summary = restored.getBean(DatabaseBackup.class).restore(file);
			assertThat(summary.rows()).isEqualTo(backedUp.rows());

			assertThat(restored.getBean(Organizations.class).find("SL.C1", LocalDate.of(2020, 1, 1))).isPresent();
			var member = restored.getBean(MemberRoster.class).find("SL001", LocalDate.of(2020, 1, 1)).orElseThrow();
			assertThat(member.orgCode()).isEqualTo("SL.C1");
			assertThat(member.file()).isEqualTo(original);
			AuditTrail audit = restored.getBean(AuditTrail.class);
			assertThat(audit.verify().intact()).isTrue();
			assertThat(audit.find(new AuditQuery(null, AuditKind.RESTORE, null, null, null, null, 0, 10)).total())
				.isEqualTo(1);
			// identities go on after the restored rows
			restored.getBean(Users.class).add("sauphuchoi", Role.LEADER, "SL");
			assertThat(restored.getBean(Users.class).list()).extracting(u -> u.username())
				.contains("saoluu", "sauphuchoi");
		}
	}

	@Test
	void refusesAFileThatIsNoBackup() throws IOException {
		Path file = dir.resolve("khac.gz");
		try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
			out.write("select 1;\n".getBytes());
		}
		assertThatThrownBy(() -> backups.restore(file)).isInstanceOf(DatabaseBackup.RestoreRefusedException.class)
			.hasMessageContaining("không phải bản sao lưu");
	}

}
