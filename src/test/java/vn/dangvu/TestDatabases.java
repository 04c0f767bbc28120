package vn.dangvu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.DSLContext;

import vn.dangvu.common.database.EmbeddedDatabaseServer;

/**
 * The database server of a test run: one embedded PostgreSQL started for the whole run, or the external server named
 * by {@code DANGVU_TEST_POSTGRES_URL} (with {@code DANGVU_TEST_POSTGRES_USER} and {@code DANGVU_TEST_POSTGRES_PASSWORD},
 * or the user and password in the URL). Each caller gets a database of its own.
 */
public final class TestDatabases {

	public record Database(String url, String user, String password) {
	}

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private static volatile EmbeddedDatabaseServer embedded;

	private TestDatabases() {
	}

	/** A new, empty database named after its user. */
	public static Database fresh(String purpose) {
		String name = ("dv_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + "_"
				+ purpose.toLowerCase().replaceAll("[^a-z0-9]", ""));
		name = name.length() > 60 ? name.substring(0, 60) : name;
		String external = System.getenv("DANGVU_TEST_POSTGRES_URL");
		if (external != null && !external.isBlank()) {
			String user = System.getenv().getOrDefault("DANGVU_TEST_POSTGRES_USER", "");
			String password = System.getenv().getOrDefault("DANGVU_TEST_POSTGRES_PASSWORD", "");
			create(external, user, password, name);
			String base = external.substring(0, external.lastIndexOf('/') + 1);
			String query = external.contains("?") ? external.substring(external.indexOf('?')) : "";
			return new Database(base + name + query, user, password);
		}
		EmbeddedDatabaseServer server = embedded();
		create(server.jdbcUrl("postgres"), server.user(), server.password(), name);
		return new Database(server.jdbcUrl(name), server.user(), server.password());
	}

	/**
	 * Whether {@code DANGVU_TEST_REPLICA_URL} names a streaming standby of the test server (of
	 * {@code DANGVU_TEST_POSTGRES_URL}: the embedded server has none).
	 */
	public static boolean replicaConfigured() {
		String replica = System.getenv("DANGVU_TEST_REPLICA_URL");
		String primary = System.getenv("DANGVU_TEST_POSTGRES_URL");
		return replica != null && !replica.isBlank() && primary != null && !primary.isBlank();
	}

	/**
	 * The same database on the standby of {@code DANGVU_TEST_REPLICA_URL} (same roles: it is a physical copy), once
	 * the standby has replayed its creation and lets one connect to it (waits up to two minutes).
	 */
	public static Database replicaOf(Database primary) {
		String replica = System.getenv("DANGVU_TEST_REPLICA_URL");
		String name = primary.url().substring(primary.url().lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
		String base = replica.substring(0, replica.lastIndexOf('/') + 1);
		String query = replica.contains("?") ? replica.substring(replica.indexOf('?')) : "";
		Database standby = new Database(base + name + query, primary.user(), primary.password());
		Properties properties = new Properties();
		if (!standby.user().isEmpty()) {
			properties.setProperty("user", standby.user());
			properties.setProperty("password", standby.password());
		}
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
		SQLException last = null;
		while (System.nanoTime() < deadline) {
			try (Connection c = DriverManager.getConnection(standby.url(), properties)) {
				return standby;
			}
			catch (SQLException ex) {
				// 3D000: the standby has not replayed the creation of the database yet
				last = ex;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new IllegalStateException("the standby " + standby.url() + " did not show the database "
				+ name + (last == null ? "" : ": " + last.getMessage()), last);
	}

	private static void create(String adminUrl, String user, String password, String name) {
		Properties properties = new Properties();
		if (!user.isEmpty()) {
			properties.setProperty("user", user);
			properties.setProperty("password", password);
		}
		try (Connection c = DriverManager.getConnection(adminUrl, properties); var s = c.createStatement()) {
			s.execute("drop database if exists " + name);
			s.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create test database " + name + ": " + ex.getMessage(), ex);
		}
	}

	private static EmbeddedDatabaseServer embedded() {
		if (embedded == null) {
			synchronized (TestDatabases.class) {
				if (embedded == null) {
					try {
						Path dir = Files.createTempDirectory("dangvu-test-pg");
						embedded = EmbeddedDatabaseServer.open(dir);
						Runtime.getRuntime().addShutdownHook(new Thread(() -> {
							try {
								embedded.close();
								org.springframework.util.FileSystemUtils.deleteRecursively(dir);
							}
							catch (Exception ex) {
								// the run is over
							}
						}));
					}
					catch (java.io.IOException ex) {
						throw new IllegalStateException(ex);
					}
				}
			}
		}
		return embedded;
	}

	/**
	 * Every index and key (primary, unique, foreign) of the tables whose names are like the pattern, as PostgreSQL
	 * defines them, in order: what a load that drops and builds them again must leave as it was.
	 */
	public static List<String> keysAndIndexes(DSLContext dsl, String tablePattern) {
		return dsl.fetch("""
				select indexdef from pg_indexes where schemaname = current_schema() and tablename like ?
				union all
				select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
				where conrelid::regclass::text like ? and contype in ('p', 'u', 'f')
				order by 1""", tablePattern, tablePattern).getValues(0, String.class);
	}

	/** The rows of {@code member_name_word} in order, each as "member id, word, province". */
	public static List<String> nameWords(DSLContext dsl) {
		return dsl.fetch("select concat_ws(', ', member_id, word, province_code) from member_name_word order by 1")
			.getValues(0, String.class);
	}

	/**
	 * Writes the name words anew with V31's statement that filled them for the members already recorded (its SQL
	 * split of each folded name): the words the application writes must be the same.
	 */
	public static void refillNameWordsAsV31(DSLContext dsl) {
		dsl.execute("delete from member_name_word");
		dsl.execute(migration("V31__member_name_words.sql", "insert into member_name_word",
				"alter table member_name_word add"));
	}

	/** The text of a migration from {@code from} up to {@code to}. */
	public static String migration(String file, String from, String to) {
		try (var in = TestDatabases.class.getResourceAsStream("/db/migration/" + file)) {
			String sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			return sql.substring(sql.indexOf(from), sql.indexOf(to));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
