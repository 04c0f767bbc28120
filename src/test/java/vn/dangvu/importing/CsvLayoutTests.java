package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvLayoutTests {

	final CsvLayout organizations = OrganizationFiles.ORGANIZATIONS;

	@Test
	void acceptsTheColumnsInAnyOrder() {
		assertThat(organizations.checkHeader(
				List.of("established_on", "parent_code", "field", "type", "name", "code")))
			.isEmpty();
	}

	@Test
	void acceptsColumnNamesWithSurroundingSpaces() {
		assertThat(organizations.checkHeader(
				List.of(" code", "name ", "type", "field", "parent_code", "established_on")))
			.isEmpty();
	}

	@Test
	void reportsEveryMissingColumnOnLineOne() {
		assertThat(organizations.checkHeader(List.of("code", "name", "type", "field")))
			.extracting(ImportError::toString)
			.containsExactly("organizations.csv:1: parent_code: Thiếu cột này trong dòng tiêu đề.",
					"organizations.csv:1: established_on: Thiếu cột này trong dòng tiêu đề.");
	}

	@Test
	void reportsAnOptionalColumnMissingToo() {
		// INTERCHANGE.md: exactly these column names, the optional ones included
		assertThat(organizations.checkHeader(List.of("code", "name", "type", "field", "established_on")))
			.extracting(ImportError::column)
			.containsExactly("parent_code");
	}

	@Test
	void reportsUnknownColumnsNamingTheExpectedOnes() {
		List<ImportError> errors = organizations.checkHeader(
				List.of("code", "name", "type", "field", "parent_code", "established_on", "note"));
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).toString()).startsWith("organizations.csv:1: note: Cột không có trong định dạng")
			.contains("code, name, type, field, parent_code, established_on");
	}

	@Test
	void columnNamesAreCaseSensitive() {
		assertThat(organizations.checkHeader(List.of("CODE", "name", "type", "field", "parent_code", "established_on")))
			.extracting(ImportError::column)
			.containsExactly("CODE", "code");
	}

	@Test
	void reportsARepeatedColumn() {
		assertThat(organizations.checkHeader(
				List.of("code", "name", "type", "field", "parent_code", "established_on", "name")))
			.extracting(ImportError::toString)
			.containsExactly("organizations.csv:1: name: Cột được nêu hai lần.");
	}

	@Test
	void restructuringsHaveTheColumnsOfInterchangeInItsOrder() {
		assertThat(OrganizationFiles.RESTRUCTURINGS.columns()).containsExactly("decision_no", "decision_date",
				"effective_on", "operation", "subject_codes", "target_code", "new_name", "new_type", "new_parent_code");
		assertThat(OrganizationFiles.RESTRUCTURINGS.checkHeader(List.of("decision_no", "decision_date",
				"effective_on", "operation", "subject_codes")))
			.extracting(ImportError::column)
			.containsExactly("target_code", "new_name", "new_type", "new_parent_code");
	}

}
