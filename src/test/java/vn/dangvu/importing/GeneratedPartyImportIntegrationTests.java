package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.dangvu.TestDatabases;

/**
 * A generated province with its members imports whole through the streaming import: several chunks of members, read
 * back and written by the connection's background lane, each member's file, events and name words in; a second
 * import of the same files finds every row present.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class GeneratedPartyImportIntegrationTests {

	@Autowired
	DirectoryImport imports;

	@Autowired
	DSLContext dsl;

	@TempDir
	Path generated;

	@Test
	void aGeneratedProvinceWithItsMembersImportsWholeAndAgainAsPresent() throws IOException {
		SyntheticParty.Summary summary = SyntheticParty.write(SyntheticScale.province().scaled(0.03), 5, generated,
				message -> {
				});
		assertThat(summary.members()).isGreaterThan(5_000); // more than two chunks of 2,000 members

		ImportReport report = imports.importDirectory(generated, false);

		assertThat(report.errors()).isEmpty();
		assertThat(report.imported("members.csv")).isEqualTo(summary.members());
		assertThat(report.imported("member_events.csv")).isEqualTo(summary.events());
		assertThat(count("select count(*) from member")).isEqualTo(summary.members());
		assertThat(count("select count(*) from member_event")).isEqualTo(summary.events());
		assertThat(count("select count(*) from member m where not exists "
				+ "(select 1 from member_name_word w where w.member_id = m.id)")).isZero();
		List<String> words = TestDatabases.nameWords(dsl); // copied from Java, as V31 split them in SQL
		TestDatabases.refillNameWordsAsV31(dsl);
		assertThat(TestDatabases.nameWords(dsl)).isEqualTo(words);
		assertThat(count("select count(*) from member m where not exists "
				+ "(select 1 from member_period p where p.member_id = m.id)")).isZero();
		assertThat(count("select count(*) from member_stat_pending")).isZero(); // all in the statistics
		// ids taken ahead follow the file's order: its first and last rows have the smallest and the largest
		List<String> lines = Files.readAllLines(generated.resolve("members.csv"));
		String first = lines.get(1).substring(0, lines.get(1).indexOf(','));
		String last = lines.get(lines.size() - 1).substring(0, lines.get(lines.size() - 1).indexOf(','));
		assertThat(dsl.fetchSingle("select member_no from member order by id limit 1").get(0, String.class))
			.isEqualTo(first);
		assertThat(dsl.fetchSingle("select member_no from member order by id desc limit 1").get(0, String.class))
			.isEqualTo(last);

		ImportReport again = imports.importDirectory(generated, false);

		assertThat(again.errors()).isEmpty();
		assertThat(again.imported("members.csv")).isZero();
		assertThat(again.alreadyPresent("members.csv")).isEqualTo(summary.members());
		assertThat(again.alreadyPresent("member_events.csv")).isEqualTo(summary.events());
		assertThat(count("select count(*) from member_event")).isEqualTo(summary.events());
	}

	private long count(String sql) {
		return dsl.fetchSingle(sql).get(0, Long.class);
	}

}
