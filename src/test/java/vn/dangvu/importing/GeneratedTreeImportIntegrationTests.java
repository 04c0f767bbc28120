package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.Organizations;

/**
 * The generated tree and its history import through the ordinary import, every row accepted by the tree's own rules
 * (a small city and a small province, whose neighbours merge into it on 1/7/2025).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class GeneratedTreeImportIntegrationTests {

	@Autowired
	DirectoryImport imports;

	@Autowired
	Organizations organizations;

	@TempDir
	Path generated;

	@TempDir
	Path tree;

	@Test
	void aGeneratedProvinceImportsWithoutErrors() throws IOException {
		SyntheticParty.Summary summary = SyntheticParty.write(SyntheticScale.province().scaled(0.04), 11, generated,
				message -> {
				});
		for (String file : new String[] { "organizations.csv", "restructurings.csv" }) {
			Files.copy(generated.resolve(file), tree.resolve(file));
		}

		ImportReport report = imports.importDirectory(tree, false);

		assertThat(report.errors()).isEmpty();
		assertThat(report.imported("organizations.csv")).isEqualTo(summary.organizations());
		assertThat(report.imported("restructurings.csv")).isEqualTo(summary.restructurings());
		// the neighbours merged into Cần Thơ on 1/7/2025; the districts are gone, the communes under the city
		LocalDate end = LocalDate.of(2025, 12, 31);
		assertThat(organizations.find("HAG", end)).isEmpty();
		assertThat(organizations.find("CT", end)).isPresent();
		assertThat(organizations.find("CT.D01", end)).isEmpty();
		assertThat(organizations.find("CT.D01", LocalDate.of(2025, 6, 30))).isPresent();
		assertThat(organizations.children("CT", end))
			.anySatisfy(child -> assertThat(child.code()).startsWith("STG.X"))
			.allSatisfy(child -> assertThat(child.type()).isEqualTo(OrganizationType.UPPER_GRASSROOTS));
	}

}
