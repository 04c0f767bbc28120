package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

import vn.dangvu.DangVuApplication;
import vn.dangvu.TestDatabases;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.Restructurings;

/**
 * Export, and the round trip of INTERCHANGE.md: export → import into an empty database → export gives the same
 * files. The class's database holds a history recorded through the organization module; the empty database is a
 * second one, with an application context of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportRoundTripIntegrationTests {

	static final String ORGANIZATIONS_CSV = """
			code,name,type,field,parent_code,established_on
			R,Đảng bộ tỉnh R,PROVINCE,OTHER,,2010-01-01
			R.D1,Đảng bộ huyện Một,UPPER_GRASSROOTS,OTHER,R,2010-01-01
			R.D2,Đảng bộ huyện Hai,UPPER_GRASSROOTS,OTHER,R,2010-01-01
			R.D1.W1,"Đảng bộ phường An Hòa, khu 1",GRASSROOTS_COMMITTEE,WARD,R.D1,2011-01-01
			R.D1.W2,"Đảng bộ ""Phường 2\""",GRASSROOTS_COMMITTEE,WARD,R.D1,2011-01-01
			R.D1.W1.C1,Chi bộ khu phố 1,CELL,RESIDENTIAL,R.D1.W1,2011-06-01
			R.D1.W1.C2,Chi bộ khu phố 2,CELL,RESIDENTIAL,R.D1.W1,2011-06-01
			R.D2.E1,Chi bộ Công ty Điện lực,GRASSROOTS_CELL,STATE_ENTERPRISE,R.D2,2012-01-01
			S,Đảng bộ tỉnh S,PROVINCE,OTHER,,2010-01-01
			S.D1,Đảng bộ huyện Ba,UPPER_GRASSROOTS,OTHER,S,2010-01-01
			R.D1.W1A,Đảng bộ phường An Hòa A,GRASSROOTS_COMMITTEE,WARD,R.D1,2018-01-01
			R.D1.W1B,Đảng bộ phường An Hòa B,GRASSROOTS_COMMITTEE,WARD,R.D1,2018-01-01
			RS.N.C9,Chi bộ khu phố 9,CELL,RESIDENTIAL,RS.N,2025-09-01
			""";

	static final String RESTRUCTURINGS_CSV = """
			decision_no,decision_date,effective_on,operation,subject_codes,target_code,new_name,new_type,new_parent_code
			5-QĐ/TU,2015-12-20,2016-01-01,RENAME,R.D1.W2,,Đảng bộ phường Hai,,
			7-QĐ/TU,2017-12-20,2018-01-01,MOVE,R.D1.W1.C1,,,,R.D1.W1A
			7-QĐ/TU,2017-12-20,2018-01-01,MOVE,R.D1.W1.C2,,,,R.D1.W1B
			7-QĐ/TU,2017-12-20,2018-01-01,DISSOLVE,R.D1.W1,,,,
			9-QĐ/TU,2018-12-20,2019-01-01,MOVE,R.D2.E1,,,,R.D1
			10-QĐ/TU,2019-12-20,2020-01-01,CHANGE_TYPE,R.D2,,,GRASSROOTS_COMMITTEE,
			11-QĐ/TU,2020-06-01,2014-01-01,RENAME,R.D1,,Đảng bộ quận Một,,
			12-QĐ/TU,2020-12-20,2021-01-01,MERGE,R.D1.W2,R.D1.W1A,,,
			321-QĐ/TW,2025-06-26,2025-07-01,MERGE,R;S,RS,Đảng bộ tỉnh RS,PROVINCE,
			15-QĐ/TU,2025-06-28,2025-07-01,MERGE,R.D1;S.D1,RS.N,Đảng bộ phường Mới,UPPER_GRASSROOTS,RS
			16-QĐ/TU,2025-07-20,2025-08-01,DISSOLVE,R.D2,,,,
			""";

	@Autowired
	Restructurings restructurings;

	@Autowired
	Organizations organizations;

	@Autowired
	DirectoryExport exports;

	@Autowired
	DirectoryImport imports;

	@TempDir
	Path dir;

	@BeforeAll
	void recordHistory() {
		OrganizationHistoryFixtures.recordHistory(restructurings);
	}

	@Test
	void writesTheTreeAsFirstEstablishedAndEveryLaterChangeInTheOrderRecorded() throws IOException {
		ExportSummary summary = exports.export(dir.resolve("out"), null);

		assertThat(Files.readString(dir.resolve("out/organizations.csv"))).isEqualTo(ORGANIZATIONS_CSV);
		assertThat(Files.readString(dir.resolve("out/restructurings.csv"))).isEqualTo(RESTRUCTURINGS_CSV);
		assertThat(summary).isEqualTo(new ExportSummary(13, 11, 0, 0));
	}

	@Test
	void exportImportIntoAnEmptyDatabaseExportGivesTheSameFiles() throws IOException {
		Path first = dir.resolve("first");
		Path second = dir.resolve("second");
		exports.export(first, null);

		TestDatabases.Database empty = TestDatabases.fresh("roundtrip");
		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(DangVuApplication.class)
			.web(WebApplicationType.NONE)
			.run("--dangvu.db.url=" + empty.url(), "--dangvu.db.user=" + empty.user(),
					"--dangvu.db.password=" + empty.password())) {
			ImportReport report = other.getBean(DirectoryImport.class).importDirectory(first, false);
			assertThat(report.errors()).isEmpty();
			assertThat(report.imported("organizations.csv")).isEqualTo(13);
			assertThat(report.imported("restructurings.csv")).isEqualTo(11);

			other.getBean(DirectoryExport.class).export(second, null);

			// the same tree on every date that matters, not only the same files
			Organizations imported = other.getBean(Organizations.class);
			for (String date : new String[] { "2013-12-31", "2014-01-01", "2017-12-31", "2018-01-01", "2021-01-01",
					"2025-06-30", "2025-07-01", "2025-08-01", "2025-09-01" }) {
				LocalDate day = LocalDate.parse(date);
				for (String root : new String[] { "R", "S", "RS" }) {
					assertThat(imported.subtree(root, day)).as(root + " on " + date)
						.isEqualTo(organizations.subtree(root, day));
				}
			}
		}
		assertThat(Files.readAllBytes(second.resolve("organizations.csv")))
			.isEqualTo(Files.readAllBytes(first.resolve("organizations.csv")));
		assertThat(Files.readAllBytes(second.resolve("restructurings.csv")))
			.isEqualTo(Files.readAllBytes(first.resolve("restructurings.csv")));
	}

	@Test
	void importingTheExportIntoItsOwnDatabaseChangesNothing() throws IOException {
		exports.export(dir, null);
		int restructuringsBefore = organizations.allRestructurings().size();

		ImportReport report = imports.importDirectory(dir, false);

		assertThat(report.errors()).isEmpty();
		assertThat(report.summary())
			.isEqualTo("Đã nhập. organizations.csv: 0 mới, 13 đã có; restructurings.csv: 0 mới, 11 đã có; "
					+ "members.csv: 0 mới, 0 đã có; member_events.csv: 0 mới, 0 đã có.");
		assertThat(organizations.allRestructurings()).hasSize(restructuringsBefore);
	}

	@Test
	void exportsOnlyWhatWasEverInTheSubtreeOfAnOrganization() throws IOException {
		ExportSummary summary = exports.export(dir, "R.D2");

		assertThat(Files.readString(dir.resolve("organizations.csv"))).isEqualTo("""
				code,name,type,field,parent_code,established_on
				R.D2,Đảng bộ huyện Hai,UPPER_GRASSROOTS,OTHER,R,2010-01-01
				R.D2.E1,Chi bộ Công ty Điện lực,GRASSROOTS_CELL,STATE_ENTERPRISE,R.D2,2012-01-01
				""");
		assertThat(Files.readString(dir.resolve("restructurings.csv"))).isEqualTo("""
				decision_no,decision_date,effective_on,operation,subject_codes,target_code,new_name,new_type,new_parent_code
				9-QĐ/TU,2018-12-20,2019-01-01,MOVE,R.D2.E1,,,,R.D1
				10-QĐ/TU,2019-12-20,2020-01-01,CHANGE_TYPE,R.D2,,,GRASSROOTS_COMMITTEE,
				16-QĐ/TU,2025-07-20,2025-08-01,DISSOLVE,R.D2,,,,
				""");
		assertThat(summary).isEqualTo(new ExportSummary(2, 3, 0, 0));
	}

}
