package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberStatus;

/**
 * A member import reads its staged files and events back in file order (member.internal.HistoryStage): each file
 * with its own events wherever they stand in member_events.csv, and files without events among them; a first load
 * copies them frozen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class StagedHistoriesIntegrationTests {

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

	/**
	 * The staged files and their events are read back in two streams merged by the file's line (on a first load in
	 * pieces of blocks, the events sorted first, so that the rows can be copied frozen): files without events
	 * before, between and after others, and the events of each member scattered through member_events.csv, each go to
	 * their own member and keep their own line for what is reported.
	 */
	@Test
	void readsEachFileWithItsOwnEventsWhereverTheyStandInTheEventsFile() throws IOException {
		write("organizations.csv", MemberImportIntegrationTests.ORGANIZATIONS);
		write("restructurings.csv", MemberImportIntegrationTests.RESTRUCTURINGS);
		String[] files = MemberImportIntegrationTests.MEMBERS.split("\n");
		write("members.csv", String.join("\n", files[0],
				"HT000,Đỗ Văn Giang,MALE,1985-03-04,Kinh,,12/12,,,", files[1],
				"HT004,Bùi Thị Hoa,FEMALE,1990-07-08,Kinh,,12/12,,,", files[2], files[3],
				"HT005,Phan Văn Khải,MALE,1991-08-09,Kinh,,12/12,,,") + "\n");
		write("member_events.csv", """
				member_no,event,effective_on,org_code,decision_no,decision_date,detail
				HT003,ADMITTED,2010-05-19,HT.P1.C1,5-QĐ/ĐU,2010-05-10,
				HT002,RECOGNIZED,1993-02-10,,,,
				HT001,BADGE_AWARDED,2002-09-02,,,,30
				HT003,TRANSFERRED,2015-01-05,HT.P1.C2,,,
				HT001,ADMITTED,1972-03-20,HT.P1.C1,12-QĐ/ĐU,1972-03-02,
				HT002,DIED,2021-04-30,,,,
				HT001,ASSESSED,2019-12-31,,,,GOOD
				HT003,RECOGNIZED,2011-05-19,,,,
				HT002,ADMITTED,1992-01-10,HT.P1.C2,3-QĐ/ĐU,1992-01-02,
				HT001,RECOGNIZED,1973-03-20,,,,
				""");

		ImportReport report = imports.importDirectory(dir, false);

		assertThat(report.errors()).isEmpty();
		// HT002's admission and recognition, at their own lines of the shuffled file
		assertThat(report.warnings()).extracting(ImportError::toString).containsExactlyInAnyOrder(
				"member_events.csv:10: decision_date: Người trên 60 tuổi chỉ được kết nạp khi có văn bản đồng ý của ban "
						+ "thường vụ tỉnh ủy, thành ủy; hãy ghi quyết định đó. (R-ADM-1)",
				"member_events.csv:3: effective_on: Ngày công nhận đảng viên chính thức phải là ngày đủ 12 tháng dự bị "
						+ "(10/01/1993). (R-ADM-4)");
		assertThat(report.imported("members.csv")).isEqualTo(6);
		assertThat(report.imported("member_events.csv")).isEqualTo(10);
		assertThat(dsl.fetch("""
				select m.member_no, count(e.id) from member m left join member_event e on e.member_id = m.id
				group by m.member_no order by m.member_no""").map(r -> r.get(0, String.class) + "=" + r.get(1, Long.class)))
			.containsExactly("HT000=0", "HT001=4", "HT002=3", "HT003=3", "HT004=0", "HT005=0");
		// a first load: the member tables emptied anew and their rows copied frozen, every page all-visible at once (as
		// the load's ANALYZE counted them), with no vacuum after it
		assertThat(dsl.fetch("""
				select relname, relpages, relallvisible from pg_class
				where relname in ('member', 'member_event', 'member_period') and relkind = 'r' order by relname""")
			.map(r -> r.get(0, String.class) + " " + r.get(1, Integer.class) + "/" + r.get(2, Integer.class)))
			.containsExactly("member 1/1", "member_event 1/1", "member_period 1/1");
		assertThat(roster.find("HT001", LocalDate.of(2020, 7, 1)).orElseThrow().orgCode()).isEqualTo("HT.P1.C2");
		assertThat(roster.find("HT002", LocalDate.of(2021, 4, 30)).orElseThrow().status()).isEqualTo(MemberStatus.DIED);
		assertThat(roster.find("HT003", LocalDate.of(2015, 1, 5)).orElseThrow().orgCode()).isEqualTo("HT.P1.C2");

		exports.export(out, null);
		assertThat(Files.readString(out.resolve("member_events.csv"))).isEqualTo(MemberImportIntegrationTests.EVENTS);
	}

}
