package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.jooq.DSLContext;
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

	/**
	 * The pairs (ancestor, descendant, depth) whose days differ between organization_closure and the closure derived
	 * from organization_version (every ancestor of each organization, the days being the intersection of the periods
	 * along the chain): the days of a pair as one multirange, since a rename splits a period but not the closure row.
	 */
	static final String CLOSURE_DIFFERENCES = """
			with recursive chain (descendant_id, ancestor_id, depth, valid_from, valid_to) as (
			    select organization_id, organization_id, 0, valid_from, valid_to from organization_version
			  union all
			    select c.descendant_id, v.parent_id, c.depth + 1, greatest(c.valid_from, v.valid_from),
			           least(c.valid_to, v.valid_to)
			    from chain c join organization_version v on v.organization_id = c.ancestor_id
			    where v.parent_id is not null and v.valid_from < c.valid_to and c.valid_from < v.valid_to
			), derived as (
			    select ancestor_id, descendant_id, depth, range_agg(daterange(valid_from, valid_to)) as days
			    from chain group by ancestor_id, descendant_id, depth
			), kept as (
			    select ancestor_id, descendant_id, depth, range_agg(daterange(valid_from, valid_to)) as days
			    from organization_closure group by ancestor_id, descendant_id, depth
			)
			select count(*) from derived d full join kept k using (ancestor_id, descendant_id, depth)
			where d.days is distinct from k.days
			""";
	@Autowired
	DirectoryImport imports;

	@Autowired
	Organizations organizations;

	@Autowired
	DSLContext dsl;

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
		// the closure kept by the runs of moves, the merges and the rest equals the one derived from the periods anew
		assertThat(dsl.fetchSingle(CLOSURE_DIFFERENCES).get(0, Long.class)).isZero();
		assertThat(dsl.fetchSingle("select count(*) from organization_closure").get(0, Long.class))
			.isGreaterThan(summary.organizations());
	}

}
