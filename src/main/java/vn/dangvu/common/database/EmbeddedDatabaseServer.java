package vn.dangvu.common.database;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server embedded in Đảng Vụ: started from the Maven-packaged binaries, its data in one folder, bound to
 * 127.0.0.1, protected by a password generated on first start and kept in the folder (owner-readable only).
 *
 * <p>
 * The folder carries an owner lock held for the life of the process that started the server. A second process that
 * finds the lock taken (a command run next to the running web server) joins that server instead of starting another;
 * a process that gets the lock but finds a live server of the folder knows it was left by a process that died, and
 * stops it first, so that a crash never leaves the folder unusable.
 */
public final class EmbeddedDatabaseServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

	static final String SUPERUSER = "postgres";

	private final Path dataDir;

	private final int port;

	private final String password;

	private final EmbeddedPostgres postgres;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private EmbeddedDatabaseServer(Path dataDir, int port, String password, EmbeddedPostgres postgres,
			FileChannel lockChannel, FileLock lock) {
		this.dataDir = dataDir;
		this.port = port;
		this.password = password;
		this.postgres = postgres;
		this.lockChannel = lockChannel;
		this.lock = lock;
	}

	/** Starts the server of the folder, or joins it when another live process of ours already runs it. */
	public static EmbeddedDatabaseServer open(Path dataDir) {
		try {
			Files.createDirectories(dataDir);
			Path pgDir = dataDir.resolve("pg");
			Path passwordFile = dataDir.resolve("db-password");
			FileChannel channel = FileChannel.open(dataDir.resolve("owner.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (java.nio.channels.OverlappingFileLockException ex) {
				lock = null; // this very process owns the folder already
			}
			if (lock == null) {
				channel.close();
				return join(dataDir, pgDir, passwordFile);
			}
			stopServerLeftByDeadProcess(pgDir);
			boolean fresh = !Files.exists(pgDir.resolve("PG_VERSION"));
			String password = fresh ? createPassword(passwordFile) : Files.readString(passwordFile).strip();
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(pgDir)
				.setCleanDataDirectory(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setServerConfig("max_connections", "100")
				.setConnectConfig("password", password);
			if (fresh) {
				// initdb sets the superuser's password and password authentication from the first start on;
				// the builder passes these through as initdb options.
				builder.setLocaleConfig("pwfile", passwordFile.toAbsolutePath().toString())
					.setLocaleConfig("auth-host", "scram-sha-256")
					.setLocaleConfig("auth-local", "scram-sha-256")
					.setLocaleConfig("encoding", "UTF8")
					.setLocaleConfig("locale", "C.UTF-8");
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL of {} listening on 127.0.0.1:{}", dataDir.toAbsolutePath(),
					postgres.getPort());
			return new EmbeddedDatabaseServer(dataDir, postgres.getPort(), password, postgres, channel, lock);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Không khởi động được cơ sở dữ liệu nhúng trong " + dataDir.toAbsolutePath()
					+ ": " + ex.getMessage(), ex);
		}
	}

	private static EmbeddedDatabaseServer join(Path dataDir, Path pgDir, Path passwordFile) throws IOException {
		Optional<List<String>> pid = postmasterPid(pgDir);
		if (pid.isEmpty() || pid.get().size() < 4) {
			throw new IllegalStateException("Thư mục dữ liệu " + dataDir.toAbsolutePath()
					+ " đang được một tiến trình khác dùng nhưng máy chủ cơ sở dữ liệu chưa sẵn sàng; hãy thử lại.");
		}
		int port = Integer.parseInt(pid.get().get(3).strip());
		log.info("Using the database server already running for {} on port {}", dataDir.toAbsolutePath(), port);
		return new EmbeddedDatabaseServer(dataDir, port, Files.readString(passwordFile).strip(), null, null, null);
	}

	private static Optional<List<String>> postmasterPid(Path pgDir) throws IOException {
		Path pidFile = pgDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		return Optional.of(Files.readAllLines(pidFile, StandardCharsets.UTF_8));
	}

	private static void stopServerLeftByDeadProcess(Path pgDir) throws IOException {
		Optional<List<String>> lines = postmasterPid(pgDir);
		if (lines.isEmpty() || lines.get().isEmpty()) {
			return;
		}
		long pid = Long.parseLong(lines.get().get(0).strip());
		Optional<ProcessHandle> process = ProcessHandle.of(pid);
		if (process.isEmpty() || !process.get().isAlive()
				|| !process.get().info().command().map(c -> c.contains("postgres")).orElse(true)) {
			return; // a stale pid file: PostgreSQL itself ignores it
		}
		log.warn("Stopping the database server (pid {}) left running by a process that ended abnormally", pid);
		try {
			// SIGINT is PostgreSQL's fast shutdown: sessions are ended, the data stays consistent
			new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
			process.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IOException("could not stop the stale database server " + pid + ": " + ex.getMessage(), ex);
		}
	}

	private static String createPassword(Path passwordFile) throws IOException {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		String password = HexFormat.of().formatHex(bytes);
		Files.deleteIfExists(passwordFile);
		Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(passwordFile, password);
		return password;
	}

	/** Creates the database if it does not exist yet. */
	public void ensureDatabase(String name) {
		try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, password);
				var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, name);
			if (!exists.executeQuery().next()) {
				try (var create = c.createStatement()) {
					create.execute("create database \"" + name.replace("\"", "") + "\"");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create database " + name + ": " + ex.getMessage(), ex);
		}
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	public String user() {
		return SUPERUSER;
	}

	public String password() {
		return password;
	}

	public int port() {
		return port;
	}

	public Path dataDir() {
		return dataDir;
	}

	/** True when this process started the server (false when it joined a server of another process). */
	public boolean owner() {
		return postgres != null;
	}

	@Override
	public void close() throws IOException {
		if (postgres != null) {
			postgres.close();
		}
		if (lock != null) {
			lock.release();
			lockChannel.close();
		}
	}

}
