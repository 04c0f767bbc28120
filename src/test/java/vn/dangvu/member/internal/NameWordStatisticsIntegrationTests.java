package vn.dangvu.member.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.Members;
import vn.dangvu.member.PoliticalTheory;
import vn.dangvu.member.ProfessionalLevel;

/**
 * The name words' statistics as PostgreSQL keeps them: a common word's share of the name words, and the name words a
 * member has, once the tables are analyzed; without statistics every word counts the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class NameWordStatisticsIntegrationTests {

	@Autowired
	DSLContext dsl;

	@Autowired
	Members members;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void readsACommonWordsShareAndTheWordsOfANameFromTheAnalyzedTables() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			status.setRollbackOnly(); // the files go with the test; the statistics PostgreSQL keeps are its own
			// 40 names of three words, "Nguyễn" in all of them: more words than one in a name, and a common word
			for (int i = 0; i < 40; i++) {
				members.register(new MemberFile("NWS" + i, "Nguyễn " + (i % 2 == 0 ? "Văn" : "Thị") + " Tên" + i,
						Gender.FEMALE, LocalDate.of(1990, 1, 1), "Kinh", null, "12/12", ProfessionalLevel.BACHELOR,
						PoliticalTheory.ELEMENTARY, null, null, null, null, null, null));
			}
			dsl.execute("analyze member, member_name_word");
			double words = dsl.fetchSingle("select count(*) from member_name_word").get(0, Long.class);
			double names = dsl.fetchSingle("select count(*) from member").get(0, Long.class);
			double nguyen = dsl.fetchSingle("select count(*) from member_name_word where word = 'nguyen'")
				.get(0, Long.class);

			NameWordStatistics.Snapshot snapshot = new NameWordStatistics(dsl).snapshot();
			assertThat(snapshot.wordsPerName()).as("name words a member has").isCloseTo(words / names, within(1e-4));
			assertThat(snapshot.wordsPerName()).isGreaterThan(2);
			assertThat(snapshot.share("nguyen", false)).as("the share of 'nguyen'").isCloseTo(nguyen / words,
					within(1e-4));
		});
	}

}
