package vn.dangvu.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import vn.dangvu.organization.Organizations;

/**
 * A living system on the first start: when the server runs on the embedded database in the default {@code ./data}
 * folder (neither {@code DANGVU_DATA_DIR} nor {@code DANGVU_DB_URL} set) and finds no organization, it generates the
 * synthetic {@code city} and imports it in the background; every page shows the progress until it is done. It never
 * runs for the command line, for a folder or database the user named, or on a database that has data.
 */
@Component
public class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Organizations organizations;

	private final DirectoryImport imports;

	private final boolean enabled;

	private final Path dataDir;

	private volatile String progress;

	DemoData(Organizations organizations, DirectoryImport imports, @Value("${dangvu.cli:false}") boolean commandLine,
			@Value("${dangvu.db.url:}") String url, @Value("${dangvu.data-dir:./data}") String dataDir) {
		this.organizations = organizations;
		this.imports = imports;
		this.dataDir = Path.of(dataDir);
		this.enabled = !commandLine && url.isBlank() && System.getenv("DANGVU_DATA_DIR") == null
				&& System.getenv("DANGVU_DB_URL") == null && System.getProperty("dangvu.data-dir") == null;
	}

	/** What the loading is doing now, while it runs. */
	public Optional<String> progress() {
		return Optional.ofNullable(progress);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (enabled && organizations.roots(LocalDate.now()).isEmpty() && organizations.lifetimes().isEmpty()) {
			progress = "bắt đầu";
			Thread.ofPlatform().daemon().name("demo-data").start(() -> load(SyntheticScale.city()));
		}
	}

	/** Generates the scale into a folder beside the data and imports it; the progress is shown on every page. */
	void load(SyntheticScale scale) {
		Path dir = dataDir.resolve("demo-" + scale.name());
		try {
			progress = "đang tạo dữ liệu mẫu";
			SyntheticParty.write(scale, 7, dir, message -> progress = message);
			ImportReport report = imports.importDirectory(dir, false, message -> progress = message);
			if (!report.succeeded()) {
				log.warn("The demo data could not be imported: {}", report.failureSummary());
			}
			else {
				log.info("Demo data loaded: {}", report.summary());
			}
		}
		catch (RuntimeException ex) {
			log.warn("The demo data could not be loaded", ex);
		}
		finally {
			progress = null;
			try {
				FileSystemUtils.deleteRecursively(dir);
			}
			catch (IOException ex) {
				log.debug("could not delete {}", dir, ex);
			}
		}
	}

}
