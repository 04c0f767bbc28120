package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.dangvu.TestDatabases;
import vn.dangvu.member.MemberQuery;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberRow;
import vn.dangvu.member.MemberStatus;

/**
 * members.csv and member_events.csv: every bad row reported at its line and column with the rule, nothing written;
 * historical records that today's rules forbid kept with a warning; a second import changes nothing; export gives
 * back the same files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MemberImportIntegrationTests {

	static final String ORGANIZATIONS = """
			code,name,type,field,parent_code,established_on
			HT,Đảng bộ tỉnh Hòa Thuận,PROVINCE,OTHER,,1960-01-01
			HT.P1,Đảng bộ phường An Lạc,GRASSROOTS_COMMITTEE,WARD,HT,1960-01-01
			HT.P1.C1,Chi bộ khu phố 1,CELL,RESIDENTIAL,HT.P1,1960-01-01
			HT.P1.C2,Chi bộ khu phố 2,CELL,RESIDENTIAL,HT.P1,1990-01-01
			""";

	static final String RESTRUCTURINGS = """
			decision_no,decision_date,effective_on,operation,subject_codes,target_code,new_name,new_type,new_parent_code
			7-QĐ/ĐU,2020-06-01,2020-07-01,MERGE,HT.P1.C1,HT.P1.C2,,,
			""";

	static final String MEMBERS = """
			member_no,full_name,gender,birth_date,ethnicity,religion,education,professional_level,political_theory,card_no
			HT001,Nguyễn Thị Mỹ Hạnh,FEMALE,1950-02-28,Kinh,,12/12,BACHELOR,INTERMEDIATE,79001234
			HT002,"Trần Văn Bình, Jr",MALE,1930-05-01,Khmer,Phật giáo,7/10,NONE,NONE,
			HT003,Lê Thị Cúc,FEMALE,1980-01-01,Kinh,,12/12,COLLEGE,ELEMENTARY,
			""";

	static final String EVENTS = """
			member_no,event,effective_on,org_code,decision_no,decision_date,detail
			HT001,ADMITTED,1972-03-20,HT.P1.C1,12-QĐ/ĐU,1972-03-02,
			HT001,RECOGNIZED,1973-03-20,,,,
			HT001,BADGE_AWARDED,2002-09-02,,,,30
			HT001,ASSESSED,2019-12-31,,,,GOOD
			HT002,ADMITTED,1992-01-10,HT.P1.C2,3-QĐ/ĐU,1992-01-02,
			HT002,RECOGNIZED,1993-02-10,,,,
			HT002,DIED,2021-04-30,,,,
			HT003,ADMITTED,2010-05-19,HT.P1.C1,5-QĐ/ĐU,2010-05-10,
			HT003,RECOGNIZED,2011-05-19,,,,
			HT003,TRANSFERRED,2015-01-05,HT.P1.C2,,,
			""";

	@TempDir
	Path dir;

	@TempDir
	Path out;

	@Autowired
	DirectoryImport imports;

	@Autowired
	DirectoryExport exports;

	@Autowired
	MemberRoster roster;

	@Autowired
	DSLContext dsl;

	void write(String file, String content) throws IOException {
		Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
	}

	/** Of every table: the first load drops the foreign keys of other tables that refer to the member tables too. */
	private List<String> keysAndIndexes() {
		return TestDatabases.keysAndIndexes(dsl, "%");
	}

	@Test
	void reportsEveryBadMemberRowWithItsRuleAndWritesNothingThenImportsTheGoodFilesOnceAndExportsThemBack()
			throws IOException {
		var keysAndIndexes = keysAndIndexes();
		write("organizations.csv", ORGANIZATIONS);
		write("restructurings.csv", RESTRUCTURINGS);
		write("members.csv", MEMBERS + """
				HT004,Phạm Văn Dũng,MALE,2015-01-01,Kinh,,,,,
				HT005,Hoàng Thị Em,NU,1990-01-01,Kinh,,,,,
				HT006,Võ Văn Phúc,MALE,1990-13-01,Kinh,,,,,
				HT003,Lê Thị Cúc,FEMALE,1980-01-01,Kinh,,12/12,COLLEGE,ELEMENTARY,
				""");
		write("member_events.csv", EVENTS + """
				HT002,TRANSFERRED,2021-06-01,HT.P1.C1,,,
				HT003,EXEMPTION_ENDED,2016-01-01,,,,
				HT007,ADMITTED,2015-01-01,HT.P1.C1,,,
				HT003,ADMITTED,2030-01-01,HT.P1.C1,,,
				""");

		ImportReport report = imports.importDirectory(dir, false);

		assertThat(report.errors()).extracting(ImportError::toString)
			.anySatisfy(e -> assertThat(e).startsWith("members.csv:5: birth_date:"))
			.anySatisfy(e -> assertThat(e).startsWith("members.csv:6: gender:"))
			.anySatisfy(e -> assertThat(e).startsWith("members.csv:7: birth_date:"))
			.anySatisfy(e -> assertThat(e).startsWith("members.csv:8: member_no:"))
			.anySatisfy(e -> assertThat(e).startsWith("member_events.csv:12: event:").contains("từ trần"))
			.anySatisfy(e -> assertThat(e).startsWith("member_events.csv:13: event:").contains("R-EXM-1"))
			.anySatisfy(e -> assertThat(e).startsWith("member_events.csv:14: member_no:"))
			.anySatisfy(e -> assertThat(e).startsWith("member_events.csv:15:"));
		assertThat(roster.find("HT001", LocalDate.of(2020, 1, 1))).isEmpty();

		write("members.csv", MEMBERS);
		write("member_events.csv", EVENTS);
		ImportReport good = imports.importDirectory(dir, false);
		assertThat(good.errors()).isEmpty();
		// HT002 was admitted at 61 without a recorded provincial consent (R-ADM-1) and recognized a month late
		// (R-ADM-4): today's rules forbid both, the records attest them — kept, with warnings
		assertThat(good.warnings()).extracting(ImportError::toString)
			.containsExactly("member_events.csv:6: decision_date: Người trên 60 tuổi chỉ được kết nạp khi có văn bản đồng "
					+ "ý của ban thường vụ tỉnh ủy, thành ủy; hãy ghi quyết định đó. (R-ADM-1)",
					"member_events.csv:7: effective_on: " + "Ngày công nhận đảng viên chính thức phải là ngày đủ 12 "
					+ "tháng dự bị (10/01/1993). (R-ADM-4)");
		assertThat(good.imported("members.csv")).isEqualTo(3);
		assertThat(good.imported("member_events.csv")).isEqualTo(10);
		// the first load dropped the member tables' indexes and keys and built them again after the rows
		assertThat(keysAndIndexes()).isEqualTo(keysAndIndexes);

		// the merge of 1/7/2020 moved HT001 into HT.P1.C2; HT002 died on 30/4/2021
		assertThat(roster.find("HT001", LocalDate.of(2020, 7, 1)).orElseThrow().orgCode()).isEqualTo("HT.P1.C2");
		assertThat(roster.find("HT001", LocalDate.of(2020, 6, 30)).orElseThrow().orgCode()).isEqualTo("HT.P1.C1");
		assertThat(roster.find("HT002", LocalDate.of(2021, 4, 30)).orElseThrow().status()).isEqualTo(MemberStatus.DIED);
		assertThat(roster.list(MemberQuery.of("HT", LocalDate.of(2021, 12, 31))).total()).isEqualTo(2);
		assertThat(roster.find("HT001", LocalDate.of(2002, 3, 2)).orElseThrow().partyAgeMonths()).isEqualTo(360L);
		// the scale-out key (ARCHITECTURE.md data principle 8) on every row loaded
		assertThat(dsl.fetch("""
				select province_code from member union select province_code from member_event
				union select province_code from member_period
				union select province_code from member_name_word""").getValues(0, String.class)).containsExactly("HT");
		// the header search finds the members loaded, by the words of their names (V31) or their card number
		assertThat(roster.search("hanh nguyen", "HT", 10)).extracting(MemberRow::memberNo).containsExactly("HT001");
		assertThat(roster.search("79001234", "HT", 10)).extracting(MemberRow::memberNo).containsExactly("HT001");
		assertThat(roster.search("cuc le", "HT", 10)).extracting(MemberRow::memberNo).containsExactly("HT003");
		// the words copied with the files are those V31 splits from the names in SQL: "Trần Văn Bình, Jr" has "jr"
		List<String> words = TestDatabases.nameWords(dsl);
		assertThat(words).hasSize(4 + 4 + 3);
		TestDatabases.refillNameWordsAsV31(dsl);
		assertThat(TestDatabases.nameWords(dsl)).isEqualTo(words);
		assertThat(roster.search("jr binh", "HT", 10)).extracting(MemberRow::memberNo).containsExactly("HT002");

		ImportReport again = imports.importDirectory(dir, false);
		assertThat(again.errors()).isEmpty();
		assertThat(again.imported("members.csv")).isZero();
		assertThat(again.alreadyPresent("member_events.csv")).isEqualTo(10);

		exports.export(out, null);
		assertThat(Files.readString(out.resolve("members.csv"))).isEqualTo(MEMBERS);
		assertThat(Files.readString(out.resolve("member_events.csv"))).isEqualTo(EVENTS);
	}

}
