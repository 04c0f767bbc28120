package vn.dangvu.common.database;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Backups of the whole database, the embedded one as much as an external one, without any program but the
 * application: one consistent snapshot of every table, written as gzip-compressed SQL in the layout of
 * {@code pg_dump}'s plain format (a {@code COPY … FROM stdin} block per table, parents before children), headed by the
 * schema version of Flyway. A restore loads such a file into an empty database of the same schema version, in one
 * transaction, and sets the identity sequences after the restored rows.
 * <p>
 * Why not {@code pg_dump} itself: the embedded binaries (zonky) ship without it, and the {@code pg_dump} of the
 * machine (PostgreSQL 15 here) refuses to dump a newer server (the embedded 17). An operator of an external server
 * can of course also use {@code pg_dump}/{@code pg_restore} of that server's version.
 */
@Service
public class DatabaseBackup {

	static final String MAGIC = "-- Đảng Vụ backup";

	private static final String SCHEMA_VERSION = "-- schema_version: ";

	private static final String SCHEMA_HISTORY = "flyway_schema_history";

	/** What a backup or restore did. */
	public record Summary(String schemaVersion, Map<String, Long> rows) {

		public long totalRows() {
			return rows.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/** A backup that cannot be restored here; the message says why, in Vietnamese. */
	public static class RestoreRefusedException extends RuntimeException {

		RestoreRefusedException(String message) {
			super(message);
		}

	}

	private final DataSource dataSource;

	private final DSLContext dsl;

	private final ApplicationEventPublisher events;

	private final java.util.Set<String> seeded;

	DatabaseBackup(DataSource dataSource, DSLContext dsl, ApplicationEventPublisher events,
			org.springframework.beans.factory.ObjectProvider<SeededTable> seeded) {
		this.dataSource = dataSource;
		this.dsl = dsl;
		this.events = events;
		this.seeded = seeded.orderedStream().map(SeededTable::name).collect(java.util.stream.Collectors.toSet());
	}

	/** Writes the backup to the file (through a temporary file beside it, so a failed backup leaves nothing). */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Summary backup(Path file) {
		String version = schemaVersion();
		Map<String, Long> rows = new LinkedHashMap<>();
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		try {
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temporary));
					Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
				writer.write(MAGIC + "\n" + SCHEMA_VERSION + version + "\n-- created: " + Instant.now() + "\n");
				writer.write("SET client_encoding = 'UTF8';\n\n");
				CopyManager copy = copyManager();
				for (String table : tablesInOrder()) {
					List<String> columns = columns(table);
					String list = String.join(", ", columns.stream().map(DatabaseBackup::quote).toList());
					writer.write("COPY public." + quote(table) + " (" + list + ") FROM stdin;\n");
					writer.flush();
					long count = copy.copyOut("COPY public." + quote(table) + " (" + list + ") TO STDOUT", writer);
					writer.write("\\.\n\n");
					rows.put(table, count);
				}
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			deleteQuietly(temporary);
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			deleteQuietly(temporary);
			throw new IllegalStateException(ex.getMessage(), ex);
		}
		Summary summary = new Summary(version, rows);
		events.publishEvent(new DatabaseBackedUp(file.toAbsolutePath().normalize().toString(), summary));
		return summary;
	}

	/**
	 * Loads the backup into this database, which must be empty and of the same schema version, all or nothing.
	 *
	 * @throws RestoreRefusedException when the file is no backup, of another version, or the database has data
	 */
	@Transactional
	public Summary restore(Path file) {
		String version = schemaVersion();
		Map<String, Long> rows = new LinkedHashMap<>();
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String magic = reader.readLine();
			String versionLine = reader.readLine();
			if (!MAGIC.equals(magic) || versionLine == null || !versionLine.startsWith(SCHEMA_VERSION)) {
				throw new RestoreRefusedException("Tệp " + file + " không phải bản sao lưu của Đảng Vụ.");
			}
			String backupVersion = versionLine.substring(SCHEMA_VERSION.length()).strip();
			if (!backupVersion.equals(version)) {
				throw new RestoreRefusedException("Bản sao lưu có phiên bản lược đồ " + backupVersion
						+ ", cơ sở dữ liệu này có phiên bản " + version
						+ ". Hãy khôi phục bằng phiên bản Đảng Vụ đã tạo bản sao lưu.");
			}
			for (String table : tablesInOrder()) {
				if (!seeded.contains(table) && dsl.fetchExists(dsl.selectOne().from(quote(table)))) {
					throw new RestoreRefusedException("Cơ sở dữ liệu đích đã có dữ liệu (bảng " + table
							+ "). Hãy khôi phục vào một cơ sở dữ liệu trống, ví dụ một thư mục DANGVU_DATA_DIR mới.");
				}
			}
			CopyManager copy = copyManager();
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.startsWith("COPY public.")) {
					continue;
				}
				String table = line.substring("COPY public.".length(), line.indexOf(' ', "COPY public.".length()))
					.replace("\"", "");
				String statement = line.substring(0, line.length() - " FROM stdin;".length()) + " FROM STDIN";
				if (seeded.contains(table)) {
					// the rows its migration put there: the backup has them, with any added since
					dsl.execute("truncate table " + quote(table));
				}
				rows.put(table, copy.copyIn(statement, new CopyBlock(reader)));
			}
			resetIdentities();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
		Summary summary = new Summary(version, rows);
		events.publishEvent(new DatabaseRestored(file.toAbsolutePath().normalize().toString(), summary));
		return summary;
	}

	private String schemaVersion() {
		return dsl.fetchOptional("select version from " + SCHEMA_HISTORY
				+ " where success and version is not null order by installed_rank desc limit 1")
			.map(r -> r.get(0, String.class))
			.orElse("0");
	}

	private CopyManager copyManager() throws SQLException {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		return connection.unwrap(PGConnection.class).getCopyAPI();
	}

	/** The tables of the schema, each after the tables it references (then by name). */
	List<String> tablesInOrder() {
		List<String> tables = dsl.fetch("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'public' and c.relkind = 'r' and c.relname <> ?""", SCHEMA_HISTORY)
			.map(r -> r.get(0, String.class));
		Map<String, TreeSet<String>> references = new TreeMap<>();
		tables.forEach(t -> references.put(t, new TreeSet<>()));
		dsl.fetch("""
				select c.conrelid::regclass::text, c.confrelid::regclass::text from pg_constraint c
				join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public' and c.contype = 'f'""")
			.forEach(r -> {
				String table = unquote(r.get(0, String.class));
				String referenced = unquote(r.get(1, String.class));
				if (references.containsKey(table) && !table.equals(referenced)) {
					references.get(table).add(referenced);
				}
			});
		List<String> ordered = new ArrayList<>();
		while (!references.isEmpty()) {
			String next = references.entrySet()
				.stream()
				.filter(e -> ordered.containsAll(e.getValue()) || e.getValue().stream().noneMatch(references::containsKey))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("cycle of foreign keys among " + references.keySet()));
			ordered.add(next);
			references.remove(next);
		}
		return ordered;
	}

	/** The columns a backup holds: every column but the generated ones, in table order. */
	private List<String> columns(String table) {
		return dsl.fetch("""
				select a.attname from pg_attribute a join pg_class c on c.oid = a.attrelid
				join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'public' and c.relname = ? and a.attnum > 0 and not a.attisdropped
				and a.attgenerated = '' order by a.attnum""", table)
			.map(r -> r.get(0, String.class));
	}

	private void resetIdentities() {
		dsl.fetch("""
				select c.relname, a.attname from pg_attribute a join pg_class c on c.oid = a.attrelid
				join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'public' and a.attidentity <> '' and not a.attisdropped""")
			.forEach(r -> {
				String table = quote(r.get(0, String.class));
				String column = quote(r.get(1, String.class));
				dsl.fetch("select setval(pg_get_serial_sequence(?, ?), coalesce(max(" + column + "), 1), max("
						+ column + ") is not null) from " + table, r.get(0, String.class), r.get(1, String.class));
			});
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private static String unquote(String identifier) {
		String name = identifier.startsWith("public.") ? identifier.substring("public.".length()) : identifier;
		return name.replace("\"", "");
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// nothing more to clean up
		}
	}

	/** The data lines of one COPY block, up to its {@code \.} line. */
	private static final class CopyBlock extends Reader {

		private final BufferedReader reader;

		private String line;

		private int position;

		private boolean done;

		CopyBlock(BufferedReader reader) {
			this.reader = reader;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			if (done) {
				return -1;
			}
			if (line == null) {
				String next = reader.readLine();
				if (next == null || next.equals("\\.")) {
					done = true;
					return -1;
				}
				line = next + "\n";
				position = 0;
			}
			int n = Math.min(length, line.length() - position);
			line.getChars(position, position + n, buffer, offset);
			position += n;
			if (position == line.length()) {
				line = null;
			}
			return n;
		}

		@Override
		public void close() {
			// the file is closed by the restore
		}

	}

}
