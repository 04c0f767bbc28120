package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangvu.member.ListScopeChecks.listed;

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

import vn.dangvu.member.ListScopeChecks;
import vn.dangvu.member.MemberQuery;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberRow;

/**
 * An import writes the strays (V33) of the members it loads: the periods in a province the member has left since are
 * in the strays' table, and the list of that province as of then finds the member.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class StraysImportIntegrationTests {

	@TempDir
	Path dir;

	@Autowired
	DirectoryImport imports;

	@Autowired
	MemberRoster roster;

	@Autowired
	DSLContext dsl;

	void write(String file, String content) throws IOException {
		Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
	}

	@Test
	void theMembersLoadedBringTheirPeriodsInAProvinceTheyHaveLeft() throws IOException {
		write("organizations.csv", """
				code,name,type,field,parent_code,established_on
				QA,Đảng bộ tỉnh Quảng An,PROVINCE,OTHER,,1960-01-01
				QA.P1,Đảng bộ phường Một,GRASSROOTS_COMMITTEE,WARD,QA,1960-01-01
				QA.P1.C1,Chi bộ khu phố 1,CELL,RESIDENTIAL,QA.P1,1960-01-01
				QB,Đảng bộ tỉnh Quảng Bình Tây,PROVINCE,OTHER,,1960-01-01
				QB.P1,Đảng bộ phường Hai,GRASSROOTS_COMMITTEE,WARD,QB,1960-01-01
				QB.P1.C1,Chi bộ khu phố 2,CELL,RESIDENTIAL,QB.P1,1960-01-01
				""");
		write("members.csv", """
				member_no,full_name,gender,birth_date,ethnicity,religion,education,professional_level,political_theory,card_no
				QA001,Đỗ Văn Khoa,MALE,1980-01-01,Kinh,,12/12,BACHELOR,ELEMENTARY,
				QA002,Bùi Thị Lan,FEMALE,1982-01-01,Kinh,,12/12,BACHELOR,ELEMENTARY,
				""");
		write("member_events.csv", """
				member_no,event,effective_on,org_code,decision_no,decision_date,detail
				QA001,ADMITTED,2010-05-19,QA.P1.C1,5-QĐ/ĐU,2010-05-10,
				QA001,RECOGNIZED,2011-05-19,,,,
				QA001,TRANSFERRED,2020-01-05,QB.P1.C1,,,
				QA002,ADMITTED,2012-05-19,QA.P1.C1,6-QĐ/ĐU,2012-05-10,
				QA002,RECOGNIZED,2013-05-19,,,,
				""");

		assertThat(imports.importDirectory(dir, false).errors()).isEmpty();

		// QA001's two periods in QA (probationary, official) belong to QB's member: strays of QA
		assertThat(dsl.fetch("select org_code, org_province_code from member_period_stray order by valid_from")
			.map(r -> r.get(0) + "/" + r.get(1))).containsExactly("QA.P1.C1/QA", "QA.P1.C1/QA");
		ListScopeChecks.assertStraysEqualARebuild(dsl);
		assertThat(listed(roster, MemberQuery.of("QA", LocalDate.of(2015, 12, 31))).items()).extracting(MemberRow::memberNo)
			.containsExactly("QA001", "QA002");
		assertThat(listed(roster, MemberQuery.of("QA", LocalDate.of(2020, 12, 31))).items()).extracting(MemberRow::memberNo)
			.containsExactly("QA002");
		assertThat(listed(roster, MemberQuery.of("QB", LocalDate.of(2020, 12, 31))).items()).extracting(MemberRow::memberNo)
			.containsExactly("QA001");
	}

}
