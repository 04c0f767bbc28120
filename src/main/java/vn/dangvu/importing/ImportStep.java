package vn.dangvu.importing;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One group of interchange files that import reads together (the organization tree; members to come), run in the
 * order of INTERCHANGE.md inside the import's single transaction.
 */
interface ImportStep {

	/**
	 * Reads and checks this step's files in the folder, then applies their valid rows in the caller's transaction.
	 * Every problem goes to the report; the caller rolls everything back when there is any.
	 */
	void run(Path dir, ImportReport report, Consumer<String> progress);

}
