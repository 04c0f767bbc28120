package vn.dangvu.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a folder of interchange files (INTERCHANGE.md) all or nothing: every step runs in one transaction, which
 * is committed only when no row of any file had an error, and never in a dry run.
 */
@Service
public class DirectoryImport {

	private final List<ImportStep> steps;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	DirectoryImport(List<ImportStep> steps, PlatformTransactionManager transactionManager,
			ApplicationEventPublisher events) {
		this.steps = List.copyOf(steps);
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
	}

	/** Imports the folder, or with {@code dryRun} only checks it; answers what was found and done. */
	public ImportReport importDirectory(Path dir, boolean dryRun) {
		return importDirectory(dir, dryRun, message -> {
		});
	}

	/** The same, telling {@code progress} how far it got on long files. */
	public ImportReport importDirectory(Path dir, boolean dryRun, Consumer<String> progress) {
		ImportReport report = new ImportReport(dryRun);
		transactions.executeWithoutResult(status -> {
			for (ImportStep step : steps) {
				step.run(dir, report, progress);
			}
			if (dryRun || !report.succeeded()) {
				status.setRollbackOnly();
			}
			else {
				// in the import's transaction: the audit record is committed with the data, or neither is
				events.publishEvent(new DirectoryImported(dir.toAbsolutePath().normalize().toString(),
						report.importedByFile(), report.alreadyPresentByFile()));
			}
		});
		return report;
	}

}
