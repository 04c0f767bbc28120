package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The note a large import ends with: autovacuum's minutes of work on the loaded tables, and where to watch them. */
class ImportCommandTests {

	@Test
	void aLargeLoadEndsWithTheMaintenanceNote() {
		assertThat(ImportCommand.maintenanceNote(false, 500_000))
			.hasValueSatisfying(note -> assertThat(note).contains("autovacuum", "/system/database"));
		assertThat(ImportCommand.maintenanceNote(false, 5_500_000)).isPresent();
	}

	@Test
	void aSmallerLoadOrADryRunEndsWithout() {
		assertThat(ImportCommand.maintenanceNote(false, 499_999)).isEmpty();
		assertThat(ImportCommand.maintenanceNote(false, 0)).isEmpty();
		assertThat(ImportCommand.maintenanceNote(true, 5_500_000)).isEmpty();
	}

}
