package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.member.AdmissionRules;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberLedger;
import vn.dangvu.member.MemberState;
import vn.dangvu.member.MemberStatus;

/**
 * The generated city (seed 7), read back from its files: every ledger follows the lifecycle rules, every organization
 * an event names exists on that day, and the 2025 figures are those of the seed city of PRODUCT.md.
 */
class SyntheticPartyTests {

	static final LocalDate END = LocalDate.of(2025, 12, 31);

	static final Set<MonthDay> AWARD_DAYS = Set.of(MonthDay.of(2, 3), MonthDay.of(5, 19), MonthDay.of(9, 2),
			MonthDay.of(11, 7));

	static final Set<String> MILESTONES = Set.of("30", "40", "45", "50", "55", "60", "65", "70", "75", "80", "85",
			"90");

	@TempDir
	static Path cityDir;

	static SyntheticParty.Summary summary;

	static GeneratedFiles city;

	@BeforeAll
	static void generateTheCity() {
		summary = SyntheticParty.write(SyntheticScale.city(), 7, cityDir, message -> {
		});
		city = GeneratedFiles.read(cityDir);
	}

	@Test
	void theSameSeedGivesTheSameBytesAndAnotherSeedOtherFiles(@TempDir Path first, @TempDir Path second,
			@TempDir Path other) throws IOException {
		SyntheticScale small = SyntheticScale.city().scaled(0.05);
		SyntheticParty.write(small, 3, first, message -> {
		});
		SyntheticParty.write(small, 3, second, message -> {
		});
		SyntheticParty.write(small, 4, other, message -> {
		});
		for (String file : List.of("organizations.csv", "restructurings.csv", "members.csv", "member_events.csv")) {
			byte[] bytes = Files.readAllBytes(first.resolve(file));
			assertThat(bytes).as(file).isNotEmpty().isEqualTo(Files.readAllBytes(second.resolve(file)));
			if (!file.equals("organizations.csv")) {
				assertThat(bytes).as(file + " of another seed").isNotEqualTo(Files.readAllBytes(other.resolve(file)));
			}
		}
	}

	@Test
	void writesUtf8WithoutByteOrderMarkWithUnixLineEndsAndTheInterchangeHeaders() throws IOException {
		assertThat(firstLine(cityDir.resolve("members.csv"))).isEqualTo(
				"member_no,full_name,gender,birth_date,ethnicity,religion,education,professional_level,political_theory,card_no");
		assertThat(firstLine(cityDir.resolve("member_events.csv")))
			.isEqualTo("member_no,event,effective_on,org_code,decision_no,decision_date,detail");
		byte[] start = Arrays.copyOf(Files.readAllBytes(cityDir.resolve("organizations.csv")), 3);
		assertThat(start).isNotEqualTo(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		assertThat(Files.readString(cityDir.resolve("restructurings.csv"))).doesNotContain("\r");
	}

	@Test
	void theCityHasTheShapeOfTheSeedCity() {
		Map<String, Integer> byType = new HashMap<>();
		LocalDate end2020 = LocalDate.of(2020, 12, 31);
		for (CsvRow row : city.organizations) {
			if (city.existsOn(row.text("code"), end2020)) {
				byType.merge(row.text("type"), 1, Integer::sum);
			}
		}
		int grassroots = byType.getOrDefault("GRASSROOTS_COMMITTEE", 0) + byType.getOrDefault("GRASSROOTS_CELL", 0);
		assertThat(grassroots).as("grassroots organizations at the end of 2020").isCloseTo(721, within(7));
		assertThat(city.organizations).extracting(row -> row.text("code")).doesNotHaveDuplicates();
		assertThat(byType.get("CELL")).as("cells at the end of 2020").isBetween(2_000, 3_000);
		assertThat(byType.get("UPPER_GRASSROOTS")).as("districts and blocs").isBetween(10, 15);
		assertThat(byType.get("PROVINCE")).isEqualTo(1);
		assertThat(city.restructurings).extracting(r -> r.text("operation"))
			.contains("RENAME", "MOVE", "MERGE", "DISSOLVE", "CHANGE_TYPE");
		// 1/7/2025: no district is left, the communes are directly under the city
		for (CsvRow row : city.organizations) {
			if (row.text("code").matches("CT\\.D\\d\\d")) {
				assertThat(city.existsOn(row.text("code"), END)).as(row.text("code")).isFalse();
			}
		}
	}

	@Test
	void theYearEndFiguresOf2025AreThoseOfTheSeedCity() {
		GeneratedFiles.Figures figures = city.figures(2025);
		assertThat(figures.inParty()).as("members on 31/12/2025").isCloseTo(50_000, within(5_000L));
		assertThat(figures.admitted()).as("admitted in 2025").isCloseTo(1_400, within(350L));
		assertThat(figures.badges()).as("badges in 2025").isCloseTo(1_100, within(330L));
		assertThat(figures.goodOrBetterRate()).as("rated good or better").isCloseTo(0.94, within(0.02));
		assertThat(figures.femaleShare()).as("women").isCloseTo(1 / 3.0, within(0.05));
		assertThat(figures.excellentShare()).as("R-ASM-2: excellent ≤ 20 % of good").isLessThan(1 / 6.0);
		assertThat(summary.members()).isEqualTo(city.members.size());
	}

	@Test
	void everyLedgerFollowsTheLifecycle() {
		assertThat(city.ledgers.keySet()).isEqualTo(city.members.keySet());
		for (Map.Entry<String, List<LedgerEvent>> entry : city.ledgers.entrySet()) {
			List<LedgerEvent> events = entry.getValue();
			MemberLedger ledger = MemberLedger.of(events);
			assertThat(ledger.firstViolation()).as(entry.getKey()).isEmpty();
			assertThat(events.get(0).type()).as(entry.getKey() + " begins with the admission")
				.isEqualTo(MemberEventType.ADMITTED);
			for (int i = 1; i < events.size(); i++) {
				assertThat(events.get(i).effectiveOn()).as(entry.getKey() + ": events in date order in the file")
					.isAfterOrEqualTo(events.get(i - 1).effectiveOn());
			}
			assertThat(events.get(events.size() - 1).effectiveOn()).as(entry.getKey()).isBeforeOrEqualTo(END);
			int died = indexOf(events, MemberEventType.DIED);
			assertThat(died).as(entry.getKey() + ": nothing after the death").isIn(-1, events.size() - 1);
		}
	}

	@Test
	void admissionsAreAt18To60AndRecognitionsExactly12MonthsAfterTheCeremony() {
		for (Map.Entry<String, List<LedgerEvent>> entry : city.ledgers.entrySet()) {
			LocalDate birth = LocalDate.parse(city.members.get(entry.getKey()).text("birth_date"));
			LocalDate ceremony = null;
			for (LedgerEvent e : entry.getValue()) {
				switch (e.type()) {
					case ADMITTED, READMITTED -> {
						assertThat(e.decisionDate()).isNotNull().isBefore(e.effectiveOn());
						assertThat(ChronoUnit.DAYS.between(e.decisionDate(), e.effectiveOn()))
							.as("R-ADM-3: the ceremony soon after the decision")
							.isBetween(7L, 42L);
						assertThat(AdmissionRules.checkAdmissionAge(birth, e.decisionDate(), false))
							.as(entry.getKey() + " R-ADM-1")
							.isEmpty();
						ceremony = e.effectiveOn();
					}
					case RECOGNIZED -> assertThat(AdmissionRules.checkRecognition(ceremony, e.effectiveOn()))
						.as(entry.getKey() + " R-ADM-4")
						.isEmpty();
					default -> {
					}
				}
			}
		}
	}

	@Test
	void disciplineReadmissionBadgesAndAssessmentsFollowTheirRules() {
		for (Map.Entry<String, List<LedgerEvent>> entry : city.ledgers.entrySet()) {
			String memberNo = entry.getKey();
			List<LedgerEvent> events = entry.getValue();
			MemberLedger ledger = MemberLedger.of(events);
			List<LedgerEvent> before = new ArrayList<>();
			LocalDate outsideSince = null;
			int readmissions = 0;
			int lastBadge = 0;
			LocalDate ceremony = null;
			for (LedgerEvent e : events) {
				MemberStatus status = MemberLedger.of(before).stateOn(e.effectiveOn()).status();
				switch (e.type()) {
					case ADMITTED -> ceremony = e.effectiveOn();
					case DISCIPLINED -> {
						assertThat(e.detail()).isIn("REPRIMAND", "WARNING", "DISMISSAL");
						if (status == MemberStatus.PROBATIONARY) {
							assertThat(e.detail()).as(memberNo + " R-DIS-1").isIn("REPRIMAND", "WARNING");
						}
					}
					case EXPELLED -> assertThat(status).as(memberNo + " R-DIS-1").isEqualTo(MemberStatus.OFFICIAL);
					case REMOVED, LEFT, NOT_RECOGNIZED -> outsideSince = e.effectiveOn();
					case READMITTED -> {
						readmissions++;
						assertThat(outsideSince).isNotNull();
						assertThat(ChronoUnit.MONTHS.between(outsideSince, e.decisionDate())).as(memberNo + " R-READ-1")
							.isGreaterThanOrEqualTo(36);
						ceremony = e.effectiveOn();
					}
					case BADGE_AWARDED -> {
						assertThat(AWARD_DAYS).as(memberNo + " R-BADGE-3").contains(MonthDay.from(e.effectiveOn()));
						assertThat(e.detail()).isIn(MILESTONES);
						int years = Integer.parseInt(e.detail());
						assertThat(years).as(memberNo + ": milestones in order").isGreaterThan(lastBadge);
						lastBadge = years;
						OptionalLong partyAge = ledger.partyAgeMonths(e.effectiveOn());
						assertThat(partyAge).as(memberNo + " R-BADGE-1: official on the day").isPresent();
						assertThat(partyAge.getAsLong()).as(memberNo + " R-BADGE-1").isGreaterThanOrEqualTo(12L * years);
					}
					case ASSESSED -> {
						assertThat(MonthDay.from(e.effectiveOn())).isEqualTo(MonthDay.of(12, 31));
						assertThat(e.detail()).isIn("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED");
						MemberState state = MemberLedger.of(before).stateOn(e.effectiveOn());
						assertThat(state.exempted()).as(memberNo + " R-ASM-3: exempted members are not assessed")
							.isFalse();
						assertThat(ceremony.plusMonths(6)).as(memberNo + " R-ASM-3: admitted ≥ 6 months")
							.isBeforeOrEqualTo(e.effectiveOn());
					}
					default -> {
					}
				}
				before.add(e);
			}
			assertThat(readmissions).as(memberNo + " R-READ-1: once only").isLessThanOrEqualTo(1);
		}
	}

	@Test
	void everyOrganizationAnEventNamesExistsThatDayAndHoldsMembers() {
		Map<String, String> typeAtEstablishment = new HashMap<>();
		city.organizations.forEach(row -> typeAtEstablishment.put(row.text("code"), row.text("type")));
		for (Map.Entry<String, List<LedgerEvent>> entry : city.ledgers.entrySet()) {
			for (LedgerEvent e : entry.getValue()) {
				boolean namesOrganization = e.type() == MemberEventType.ADMITTED
						|| e.type() == MemberEventType.READMITTED || e.type() == MemberEventType.TRANSFERRED;
				assertThat(e.orgCode() != null).as(entry.getKey() + " " + e).isEqualTo(namesOrganization);
				if (namesOrganization) {
					assertThat(city.existsOn(e.orgCode(), e.effectiveOn())).as(entry.getKey() + " " + e).isTrue();
					assertThat(typeAtEstablishment.get(e.orgCode())).as(e.orgCode()).isIn("CELL", "GRASSROOTS_CELL");
				}
			}
		}
	}

	@Test
	void noOrganizationIsDissolvedWhileItHasMembers() {
		Map<String, LocalDate> dissolved = new HashMap<>();
		city.restructurings.stream()
			.filter(r -> r.text("operation").equals("DISSOLVE"))
			.forEach(r -> dissolved.put(r.text("subject_codes"), LocalDate.parse(r.text("effective_on"))));
		assertThat(dissolved).isNotEmpty();
		for (Map.Entry<String, List<LedgerEvent>> entry : city.ledgers.entrySet()) {
			MemberLedger ledger = MemberLedger.of(entry.getValue());
			for (Map.Entry<String, LocalDate> d : dissolved.entrySet()) {
				MemberState state = ledger.stateOn(d.getValue());
				if (state.status().isMember()) {
					assertThat(city.holdingOn(state.orgCode(), d.getValue()))
						.as(entry.getKey() + " on " + d.getValue())
						.isNotEqualTo(d.getKey());
				}
			}
		}
	}

	@Test
	void memberFilesAreCompleteSyntheticAndUnique() {
		Pattern memberNo = Pattern.compile("CT\\d{7}");
		Set<String> cards = new HashSet<>();
		for (CsvRow row : city.members.values()) {
			assertThat(row.text("member_no")).matches(memberNo);
			String name = row.text("full_name");
			assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).as(name).isTrue();
			assertThat(name.split(" ")).hasSizeBetween(2, 5);
			assertThat(row.text("gender")).isIn("MALE", "FEMALE");
			assertThat(row.text("ethnicity")).isNotBlank();
			assertThat(row.text("professional_level")).isIn("NONE", "VOCATIONAL", "COLLEGE", "BACHELOR", "MASTER",
					"DOCTOR");
			assertThat(row.text("political_theory")).isIn("NONE", "ELEMENTARY", "INTERMEDIATE", "ADVANCED");
			boolean everOfficial = city.ledgers.get(row.text("member_no"))
				.stream()
				.anyMatch(e -> e.type() == MemberEventType.RECOGNIZED);
			String card = row.text("card_no");
			assertThat(card != null).as(row.text("member_no") + ": a card for official members only")
				.isEqualTo(everOfficial);
			if (card != null) {
				assertThat(cards.add(card)).as("card " + card + " unique").isTrue();
			}
		}
		assertThat(city.members.values()).extracting(r -> r.text("ethnicity")).contains("Kinh", "Khmer", "Hoa");
		assertThat(city.members.values()).extracting(r -> r.text("religion"))
			.contains(null, "Phật giáo", "Hòa Hảo", "Cao Đài", "Công giáo");
	}

	private static String firstLine(Path file) throws IOException {
		try (var reader = Files.newBufferedReader(file)) {
			return reader.readLine();
		}
	}

	private static int indexOf(List<LedgerEvent> events, MemberEventType type) {
		for (int i = 0; i < events.size(); i++) {
			if (events.get(i).type() == type) {
				return i;
			}
		}
		return -1;
	}

}
