package vn.dangvu.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server survives a crash of the process that started it: the next start finds the server the dead
 * process left running, stops it and comes up with the data intact; a second process joins a live owner's server.
 */
class EmbeddedDatabaseServerTests {

	/** Run in a child JVM: starts the server of the folder, writes a row, says READY and waits to be killed. */
	public static final class ChildProcess {

		public static void main(String[] args) throws Exception {
			EmbeddedDatabaseServer server = EmbeddedDatabaseServer.open(Path.of(args[0]));
			server.ensureDatabase("dangvu");
			try (Connection c = DriverManager.getConnection(server.jdbcUrl("dangvu"), server.user(), server.password());
					var s = c.createStatement()) {
				s.execute("create table survivor (name text)");
				s.execute("insert into survivor values ('Nguyễn Thị Hồng')");
			}
			System.out.println("READY");
			System.out.flush();
			Thread.sleep(120_000);
		}

	}

	@Test
	void comesUpWithTheDataIntactAfterTheOwnerWasKilled(@TempDir Path dir) throws Exception {
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), ChildProcess.class.getName(), dir.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null && !line.contains("READY")) {
				// wait for the child to be ready
			}
			assertThat(line).as("child output").isNotNull();
		}
		child.destroyForcibly(); // kill -9: the database server is left running, orphaned
		assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(Files.exists(dir.resolve("pg/postmaster.pid"))).as("server left running").isTrue();

		try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.open(dir)) {
			assertThat(server.owner()).isTrue();
			try (Connection c = DriverManager.getConnection(server.jdbcUrl("dangvu"), server.user(), server.password());
					ResultSet rs = c.createStatement().executeQuery("select name from survivor")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).isEqualTo("Nguyễn Thị Hồng");
			}
			// a second opener of the same folder joins the running server instead of starting another
			EmbeddedDatabaseServer joined = EmbeddedDatabaseServer.open(dir);
			assertThat(joined.owner()).isFalse();
			assertThat(joined.port()).isEqualTo(server.port());
			try (Connection c = DriverManager.getConnection(joined.jdbcUrl("dangvu"), joined.user(), joined.password())) {
				assertThat(c.isValid(5)).isTrue();
			}
		}
	}

	@Test
	void keepsThePasswordInTheFolderReadableByTheOwnerOnly(@TempDir Path dir) throws Exception {
		try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.open(dir)) {
			Path password = dir.resolve("db-password");
			assertThat(Files.readString(password).strip()).isEqualTo(server.password()).hasSize(48);
			assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(password)))
				.isEqualTo("rw-------");
			assertThat(server.jdbcUrl("postgres")).startsWith("jdbc:postgresql://127.0.0.1:");
			// password authentication is on: no password, no connection
			assertThat(org.assertj.core.api.Assertions.catchThrowable(
					() -> DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), "")))
				.isNotNull();
		}
	}

}
