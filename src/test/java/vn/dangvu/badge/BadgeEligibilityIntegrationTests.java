package vn.dangvu.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.dangvu.importing.DirectoryImport;

/** The eligibility list of a subtree: official members only, the highest new milestone, sorted by organization then name. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BadgeEligibilityIntegrationTests {

	@Autowired
	DirectoryImport imports;

	@Autowired
	BadgeEligibility eligibility;

	@Test
	void listsTheMembersOfTheSubtreeEligibleOnTheAwardDate(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("organizations.csv"), """
				code,name,type,field,parent_code,established_on
				Q,Đảng bộ tỉnh Quảng,PROVINCE,OTHER,,1950-01-01
				Q.1,Chi bộ phường Một,GRASSROOTS_CELL,WARD,Q,1950-01-01
				Q.2,Chi bộ phường Hai,GRASSROOTS_CELL,WARD,Q,1950-01-01
				""", StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("members.csv"), """
				member_no,full_name,gender,birth_date,ethnicity,religion,education,professional_level,political_theory,card_no
				B1,Trần Văn Bình,MALE,1950-01-01,Kinh,,,,,
				B2,Lê Thị An,FEMALE,1950-01-01,Kinh,,,,,
				B3,Đặng Văn An,MALE,1950-01-01,Kinh,,,,,
				B4,Phạm Văn Cư,MALE,1940-01-01,Kinh,,,,,
				B5,Võ Văn Dự,MALE,1950-01-01,Kinh,,,,,
				""", StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("member_events.csv"), """
				member_no,event,effective_on,org_code,decision_no,decision_date,detail
				B1,ADMITTED,1980-03-01,Q.2,1,1980-02-01,
				B1,RECOGNIZED,1981-03-01,,,,
				B2,ADMITTED,1980-03-01,Q.1,1,1980-02-01,
				B2,RECOGNIZED,1981-03-01,,,,
				B3,ADMITTED,1980-03-01,Q.1,1,1980-02-01,
				B3,RECOGNIZED,1981-03-01,,,,
				B4,ADMITTED,1970-03-01,Q.1,1,1970-02-01,
				B4,RECOGNIZED,1971-03-01,,,,
				B4,BADGE_AWARDED,2000-03-03,,,,30
				B4,BADGE_AWARDED,2010-03-03,,,,40
				B4,BADGE_AWARDED,2015-03-03,,,,45
				B5,ADMITTED,1980-03-01,Q.1,1,1980-02-01,
				B5,RECOGNIZED,1981-03-01,,,,
				B5,REMOVED,2000-01-01,,,,
				""", StandardCharsets.UTF_8);
		assertThat(imports.importDirectory(dir, false).errors()).isEmpty();

		BadgeEligibilityList list = eligibility.eligible("Q", LocalDate.of(2021, 2, 3));

		// 41 years since 1/2/1980 → the 40-year badge; B4: 51 years, 45 already awarded → 50; B5 left the Party
		assertThat(list.eligible()).extracting(EligibleMember::memberNo, EligibleMember::badgeYears)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("B3", 40), org.assertj.core.groups.Tuple.tuple("B2", 40),
					org.assertj.core.groups.Tuple.tuple("B4", 50), org.assertj.core.groups.Tuple.tuple("B1", 40));
		assertThat(list.eligible().get(0).partyAgeMonths()).isEqualTo(492);
	}

}
