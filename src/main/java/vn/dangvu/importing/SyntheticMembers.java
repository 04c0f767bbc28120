package vn.dangvu.importing;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dangvu.importing.SyntheticOrganization.Kind;
import vn.dangvu.importing.SyntheticTree.ProvinceTree;
import vn.dangvu.member.AdmissionRules;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;

/**
 * The members of one province, generated one grassroots organization at a time: each admission of the
 * organization's history becomes a person (file data drawn by era, region and kind of organization) and a life in the
 * Party, simulated year by year until death, exit or the end of 2025 — probation and recognition (R-ADM-4),
 * transfers, discipline (R-DIS-1), exemption, removal and re-admission (R-READ-1), badges at their milestones
 * (R-BADGE-1, R-BADGE-3, R-BADGE-4) and the yearly assessment (R-ASM-2, R-ASM-3).
 *
 * <p>An organization admits in proportion to the members it should have at the end ({@link SyntheticOrganization#weight})
 * and to the era's admission rate ({@link #admissionRate}); someone admitted before any of its cells existed is
 * admitted in one of the province's oldest cells and transferred in once the organization is established.
 */
final class SyntheticMembers {

	/**
	 * Admissions a year per member at the end (PRODUCT.md: 1,403 of ~50,000 in 2020; DOMAIN.md §8.1). The rate of
	 * each era is relative to it: Cần Thơ admitted ~2,100 a year in 2017–2019 (DOMAIN.md §8.2), far fewer in the
	 * decades when the Party was smaller.
	 */
	static final double ADMISSIONS_PER_MEMBER = 0.028;

	/** The first year of the annual assessment with the four grades (R-ASM-1; the earlier grades map onto them). */
	static final int FIRST_ASSESSED_YEAR = 2016;

	/** Excellent members, as a share of those rated good or better (R-ASM-2 keeps it ≤ 20 % of the good ones). */
	private static final double EXCELLENT_SHARE = 0.15;

	/** The admission rate of each era relative to today's, at these years (linear in between). */
	private static final int[] RATE_YEARS = { 1960, 1970, 1980, 1990, 1995, 2000, 2005, 2010, 2015, 2019, 2020, 2025 };

	private static final double[] RATE_VALUES = { 0.18, 0.18, 0.18, 0.30, 0.40, 0.80, 1.10, 1.35, 1.55, 1.55, 1.05,
			1.0 };

	/** Badge milestones (R-BADGE-1): before QĐ 29 (25/7/2016) every ten years only. */
	private static final int[] MILESTONES_BEFORE_2016 = { 30, 40, 50, 60, 70, 80 };

	private static final int[] MILESTONES = { 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90 };

	private static final LocalDate QD_29 = LocalDate.of(2016, 7, 25);

	private static final LocalDate QD_24 = LocalDate.of(2021, 7, 30);

	/** Award dates (R-BADGE-3). */
	private static final List<MonthDay> AWARD_DAYS = List.of(MonthDay.of(2, 3), MonthDay.of(5, 19), MonthDay.of(9, 2),
			MonthDay.of(11, 7));

	private static final LocalDate END = SyntheticTree.END;

	/** A member as generated: the row of members.csv and the ledger of member_events.csv. */
	record GeneratedMember(String memberNo, String fullName, boolean female, LocalDate birthDate, String ethnicity,
			String religion, String education, String professionalLevel, String politicalTheory, String cardNo,
			List<LedgerEvent> events) {

		/** The cells in the column order of {@link MemberFiles#MEMBERS}. */
		List<String> cells() {
			return Arrays.asList(memberNo, fullName, female ? "FEMALE" : "MALE", birthDate.toString(),
					ethnicity, religion, education, professionalLevel, politicalTheory, cardNo);
		}

	}

	private final ProvinceTree province;

	private final long seed;

	private final Map<SyntheticOrganization, List<SyntheticOrganization>> residentialByDistrict = new LinkedHashMap<>();

	private final List<Map.Entry<String, Double>> minorities;

	private final Map<String, Double> religions;

	private int memberSerial;

	private int cardSerial;

	SyntheticMembers(ProvinceTree province, long seed) {
		this.province = province;
		this.seed = seed;
		this.minorities = province.profile.minorityList();
		this.religions = province.profile.region().religions();
		for (SyntheticOrganization unit : province.residentialUnits) {
			residentialByDistrict.computeIfAbsent(unit.grassroots.district, d -> new ArrayList<>()).add(unit);
		}
	}

	/** The relative admission rate of the year (1 = today's). */
	static double admissionRate(int year) {
		if (year <= RATE_YEARS[0]) {
			return RATE_VALUES[0];
		}
		for (int i = 1; i < RATE_YEARS.length; i++) {
			if (year <= RATE_YEARS[i]) {
				double t = (year - RATE_YEARS[i - 1]) / (double) (RATE_YEARS[i] - RATE_YEARS[i - 1]);
				return RATE_VALUES[i - 1] + t * (RATE_VALUES[i] - RATE_VALUES[i - 1]);
			}
		}
		return RATE_VALUES[RATE_VALUES.length - 1];
	}

	/** Everyone the grassroots organization admitted in its history, in order of admission. */
	List<GeneratedMember> of(SyntheticOrganization home) {
		SeededRandom random = SeededRandom.of(seed, SeededRandom.key(home.code), 2);
		List<Life> lives = new ArrayList<>();
		int lastYear = home.dissolved ? home.endsOn.getYear() - 1 : END.getYear();
		for (int year = SyntheticTree.FIRST_ADMISSIONS.getYear(); year <= lastYear; year++) {
			int count = random.poisson(home.weight * ADMISSIONS_PER_MEMBER * admissionRate(year));
			List<LocalDate> decisions = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				decisions.add(random.dateBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
			}
			decisions.sort(Comparator.naturalOrder());
			for (LocalDate decision : decisions) {
				// R-ADM-3: the ceremony within 30 working days; one after the end of the history has not happened yet
				LocalDate ceremony = decision.plusDays(random.between(7, 35));
				if (ceremony.isAfter(END)) {
					continue;
				}
				Life life = new Life(random, home);
				life.live(decision, ceremony);
				lives.add(life);
			}
		}
		rateExcellent(random, lives);
		return lives.stream().map(Life::member).toList();
	}

	/**
	 * R-ASM-2: in each year, the excellent members of the organization are at most 20 % of those rated good; here
	 * {@link #EXCELLENT_SHARE} of those rated good or better, chosen by merit.
	 */
	private void rateExcellent(SeededRandom random, List<Life> lives) {
		Map<Integer, List<Candidate>> byYear = new LinkedHashMap<>();
		for (Life life : lives) {
			for (Candidate c : life.candidates) {
				byYear.computeIfAbsent(c.year, y -> new ArrayList<>()).add(c);
			}
		}
		for (List<Candidate> candidates : byYear.values()) {
			int n = candidates.size();
			int excellent = (int) Math.floor(n * EXCELLENT_SHARE);
			while (excellent > 0 && excellent > 0.2 * (n - excellent)) {
				excellent--;
			}
			candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.merit));
			for (int i = 0; i < excellent; i++) {
				Candidate c = candidates.get(i);
				LedgerEvent good = c.life.events.get(c.index);
				c.life.events.set(c.index, new LedgerEvent(good.type(), good.effectiveOn(), good.orgCode(),
						good.decisionNo(), good.decisionDate(), "EXCELLENT"));
			}
		}
	}

	/** A GOOD grade that may become EXCELLENT. */
	private record Candidate(Life life, int index, int year, double merit) {
	}

	private enum Status {
		PROBATIONARY, OFFICIAL, OUTSIDE, DIED
	}

	/** What can happen to a member, in the order same-day incidents are applied. */
	private enum Incident {
		RECOGNITION, READMISSION, HOME_TRANSFER, CLOSING_TRANSFER, RETIREMENT_TRANSFER, TRANSFER, EXEMPTION,
		EXEMPTION_END, DISCIPLINE, BADGE, REMOVAL, LEFT, EXPULSION, DEATH
	}

	private record Planned(LocalDate date, Incident incident) {
	}

	/** One person's file and life in the Party. */
	private final class Life {

		private final SeededRandom random;

		private final SyntheticOrganization home;

		final List<LedgerEvent> events = new ArrayList<>();

		final List<Candidate> candidates = new ArrayList<>();

		private final String memberNo;

		private boolean female;

		private LocalDate birth;

		private String fullName;

		private String ethnicity;

		private String religion;

		private String education;

		private String professionalLevel;

		private String politicalTheory;

		private String cardNo;

		private Status status;

		/** The unit entered last; its members may since have moved by merge ({@link #current}). */
		private SyntheticOrganization unit;

		private LocalDate last;

		private LocalDate ceremony;

		private LocalDate probationEnd;

		/** R-AGE-1: the first admission decision, shifted by the periods outside the Party. */
		private LocalDate partyStart;

		private int awarded;

		private LocalDate disciplinedOn;

		private String disciplineForm;

		private boolean disciplinedInProbation;

		private boolean exempted;

		private boolean exemptedYoung;

		private boolean readmitted;

		private LocalDate removedOn;

		private LocalDate readmissionDecision;

		private LocalDate readmissionCeremony;

		private LocalDate homeTransferOn;

		private LocalDate closingTransferOn;

		private LocalDate retirementOn;

		private int notCompletedRun;

		private boolean removalDue;

		Life(SeededRandom random, SyntheticOrganization home) {
			this.random = random;
			this.home = home;
			this.memberNo = province.code() + zeroPadded(++memberSerial, 7);
		}

		GeneratedMember member() {
			return new GeneratedMember(memberNo, fullName, female, birth, ethnicity, religion, education,
					professionalLevel, politicalTheory, cardNo, events);
		}

		void live(LocalDate decision, LocalDate ceremonyDate) {
			person(decision);
			ceremony = ceremonyDate;
			unit = admissionUnit(home, decision, ceremony);
			add(MemberEventType.ADMITTED, ceremony, unit.code, decisionNo(unit, decision), decision, null);
			LocalDate opens = home.units.stream().map(u -> u.establishedOn).min(Comparator.naturalOrder()).orElse(END);
			if (unit.grassroots != home && opens.isAfter(decision)) {
				// admitted elsewhere before the organization existed: transferred in once it does
				LocalDate on = max(ceremony.plusDays(60), opens.plusDays(random.between(0, 365)));
				homeTransferOn = on.isAfter(END) ? null : on;
			}
			status = Status.PROBATIONARY;
			probationEnd = AdmissionRules.officialFrom(ceremony);
			partyStart = decision;
			last = ceremony;
			entered(unit);
			if (home.kind != Kind.COMMUNE) {
				retirementOn = birth.plusYears(female ? 55 : 60).plusDays(random.between(0, 150));
			}
			for (int year = ceremony.getYear(); year <= END.getYear(); year++) {
				if (!year(year)) {
					return;
				}
			}
		}

		/** The file: gender, age at admission (R-ADM-1, mostly 20–35), name, ethnicity, religion, education. */
		private void person(LocalDate decision) {
			int year = decision.getYear();
			female = random.chance(Math.min(0.40, 0.12 + 0.28 * (year - 1960) / 65.0));
			long ageMonths = admissionAgeMonths();
			birth = decision.minusMonths(ageMonths).minusDays(random.nextInt(28));
			while (AdmissionRules.ageInMonths(birth, decision) < 18 * 12 + 1) {
				birth = birth.minusDays(10);
			}
			while (AdmissionRules.ageInMonths(birth, decision) > 59 * 12 + 6) {
				birth = birth.plusDays(10);
			}
			ethnicity = ethnicity();
			fullName = VietnameseNames.person(random, female, birth.getYear(), province.profile.region().south,
					ethnicity);
			religion = religion();
			education = education();
			professionalLevel = professionalLevel();
			politicalTheory = politicalTheory();
		}

		private long admissionAgeMonths() {
			double u = random.nextDouble();
			int years;
			if (u < 0.07) {
				years = 18 + random.nextInt(2);
			}
			else if (u < 0.82) {
				// 20–35, most around 24–28
				years = 20 + (random.nextInt(9) + random.nextInt(9));
			}
			else if (u < 0.96) {
				years = 36 + random.nextInt(10);
			}
			else {
				years = 46 + random.nextInt(13);
			}
			return years * 12L + random.nextInt(12);
		}

		private String ethnicity() {
			double x = random.nextDouble() * 100;
			for (Map.Entry<String, Double> minority : minorities) {
				x -= minority.getValue();
				if (x < 0) {
					return minority.getKey();
				}
			}
			return "Kinh";
		}

		private String religion() {
			if (ethnicity.equals("Khmer") && random.chance(0.35)) {
				return "Phật giáo";
			}
			if (ethnicity.equals("Chăm") && random.chance(0.2)) {
				return "Hồi giáo";
			}
			double x = random.nextDouble() * 100;
			for (Map.Entry<String, Double> religion : religions.entrySet()) {
				x -= religion.getValue();
				if (x < 0) {
					return religion.getKey();
				}
			}
			return null;
		}

		private String education() {
			int born = birth.getYear();
			boolean north = !province.profile.region().south;
			double u = random.nextDouble();
			if (born >= 1975) {
				return u < 0.97 ? "12/12" : "9/12";
			}
			if (born >= 1955) {
				return u < 0.82 ? "12/12" : (north ? "10/10" : "9/12");
			}
			return u < 0.45 ? (north ? "10/10" : "12/12") : u < 0.75 ? "12/12" : (north ? "7/10" : "9/12");
		}

		private String professionalLevel() {
			String[] levels = { "NONE", "VOCATIONAL", "COLLEGE", "BACHELOR", "MASTER", "DOCTOR" };
			double[] weights = switch (home.kind) {
				case AGENCY -> new double[] { 1, 5, 7, 60, 24, 3 };
				case ENTERPRISE -> new double[] { 3, 25, 20, 44, 7, 1 };
				case ARMED -> new double[] { 1, 15, 20, 54, 9, 1 };
				default -> new double[] { 25, 20, 12, 38, 4.7, 0.3 };
			};
			if (birth.getYear() < 1960) {
				// few of the older generations studied beyond school, and hardly anyone to a master's degree
				weights[0] += 30;
				weights[1] += 10;
				weights[3] /= 2;
				weights[4] = birth.getYear() < 1950 ? 0 : weights[4] / 4;
				weights[5] = 0;
			}
			return levels[random.weighted(weights)];
		}

		private String politicalTheory() {
			String[] levels = { "NONE", "ELEMENTARY", "INTERMEDIATE", "ADVANCED" };
			double[] weights = switch (home.kind) {
				case AGENCY -> new double[] { 5, 35, 45, 15 };
				case ARMED -> new double[] { 3, 40, 45, 12 };
				case ENTERPRISE -> new double[] { 20, 60, 17, 3 };
				default -> new double[] { 15, 60, 22, 3 };
			};
			return levels[random.weighted(weights)];
		}

		// ---- the years

		/** One year of the life; false when nothing more will happen. */
		private boolean year(int year) {
			List<Planned> planned = new ArrayList<>();
			if (status == Status.OUTSIDE) {
				if (readmissionCeremony == null) {
					return false;
				}
				if (readmissionCeremony.getYear() == year) {
					planned.add(new Planned(readmissionCeremony, Incident.READMISSION));
				}
			}
			else {
				plan(year, planned);
			}
			planned.sort(Comparator.comparing(Planned::date).thenComparing(Planned::incident));
			for (Planned p : planned) {
				if (status == Status.DIED || (status == Status.OUTSIDE && p.incident() != Incident.READMISSION)) {
					break;
				}
				if (!p.date().isAfter(END)) {
					happen(p);
				}
			}
			if (status == Status.PROBATIONARY || status == Status.OFFICIAL) {
				assess(year);
			}
			return status != Status.DIED && (status != Status.OUTSIDE || readmissionCeremony != null);
		}

		private void plan(int year, List<Planned> planned) {
			if (status == Status.PROBATIONARY && probationEnd.getYear() == year) {
				planned.add(new Planned(probationEnd, Incident.RECOGNITION));
			}
			if (homeTransferOn != null && homeTransferOn.getYear() == year) {
				planned.add(new Planned(homeTransferOn, Incident.HOME_TRANSFER));
			}
			if (closingTransferOn != null && closingTransferOn.getYear() == year) {
				planned.add(new Planned(closingTransferOn, Incident.CLOSING_TRANSFER));
			}
			if (retirementOn != null && retirementOn.getYear() == year) {
				planned.add(new Planned(retirementOn, Incident.RETIREMENT_TRANSFER));
			}
			if (year >= partyStart.getYear() + nextMilestone()) {
				for (MonthDay day : AWARD_DAYS) {
					planned.add(new Planned(day.atYear(year), Incident.BADGE));
				}
			}
			if (removalDue) {
				planned.add(new Planned(randomDate(LocalDate.of(year, 2, 1), LocalDate.of(year, 6, 30)),
						Incident.REMOVAL));
				removalDue = false;
			}
			int age = year - birth.getYear();
			if (random.chance(deathProbability(age, female))) {
				planned.add(new Planned(randomDate(year), Incident.DEATH));
			}
			// the other incidents of a year exclude each other: one draw
			boolean official = status == Status.OFFICIAL;
			double[] p = new double[Incident.values().length];
			p[Incident.REMOVAL.ordinal()] = (age < 40 ? 0.0025 : age < 60 ? 0.0012 : 0.0004) * (official ? 1 : 2);
			p[Incident.LEFT.ordinal()] = 0.00015;
			p[Incident.EXPULSION.ordinal()] = official ? 0.00012 : 0;
			p[Incident.DISCIPLINE.ordinal()] = official ? 0.003 : 0.002;
			p[Incident.TRANSFER.ordinal()] = exempted ? 0 : age < 58 ? 0.018 : 0.004;
			p[Incident.EXEMPTION.ordinal()] = exempted ? 0
					: age >= 75 ? 0.08 : age >= 70 ? 0.04 : age >= 60 ? 0.006 : 0.0015;
			p[Incident.EXEMPTION_END.ordinal()] = exempted && exemptedYoung ? 0.35 : 0;
			double u = random.nextDouble();
			for (int i = 0; i < p.length; i++) {
				u -= p[i];
				if (u < 0) {
					planned.add(new Planned(randomDate(year), Incident.values()[i]));
					break;
				}
			}
		}

		private void happen(Planned p) {
			LocalDate date = p.date();
			switch (p.incident()) {
				case RECOGNITION -> recognition(date);
				case READMISSION -> readmission();
				case BADGE -> badge(date);
				case HOME_TRANSFER -> {
					SyntheticOrganization current = current(date);
					if (current == null || current.grassroots != home) {
						transfer(date, unitFor(home, date, date, current));
					}
				}
				case CLOSING_TRANSFER -> {
					SyntheticOrganization current = current(date);
					if (current != null && current.dissolved) {
						transfer(date, residentialUnit(current.grassroots.district, date));
					}
				}
				case RETIREMENT_TRANSFER -> {
					SyntheticOrganization current = current(date);
					if (current != null && current.grassroots.kind != Kind.COMMUNE && random.chance(0.75)) {
						transfer(date, residentialUnit(current.grassroots.district, date));
					}
				}
				default -> {
					if (!date.isAfter(last)) {
						return; // random incidents follow the last event, never share its day
					}
					incident(p.incident(), date);
				}
			}
		}

		private void incident(Incident incident, LocalDate date) {
			switch (incident) {
				case DEATH -> {
					add(MemberEventType.DIED, date, null, null, null, null);
					status = Status.DIED;
				}
				case REMOVAL -> {
					// R-REM-1
					add(MemberEventType.REMOVED, date, null, decisionNo(current(date), date), date, null);
					status = Status.OUTSIDE;
					removedOn = date;
					readmissionCeremony = null;
					if (!readmitted && random.chance(0.12)) {
						planReadmission(date);
					}
				}
				case LEFT -> {
					add(MemberEventType.LEFT, date, null, decisionNo(current(date), date), date, null);
					status = Status.OUTSIDE;
					readmissionCeremony = null;
				}
				case EXPULSION -> {
					if (status != Status.OFFICIAL) {
						return; // R-DIS-1: a probationary member is not expelled
					}
					add(MemberEventType.EXPELLED, date, null, decisionNo(current(date), date), date, null);
					status = Status.OUTSIDE;
					readmissionCeremony = null;
				}
				case DISCIPLINE -> {
					// R-DIS-1: probationary members are only reprimanded or warned
					String form = status == Status.PROBATIONARY ? (random.chance(0.7) ? "REPRIMAND" : "WARNING")
							: new String[] { "REPRIMAND", "WARNING", "DISMISSAL" }[random
								.weighted(new double[] { 0.62, 0.28, 0.10 })];
					add(MemberEventType.DISCIPLINED, date, null, random.between(1, 300) + "-QĐ/UBKT", date, form);
					disciplinedOn = date;
					disciplineForm = form;
					disciplinedInProbation |= status == Status.PROBATIONARY;
				}
				case TRANSFER -> {
					SyntheticOrganization current = current(date);
					SyntheticOrganization to = random.chance(0.5) && current != null
							? unitFor(current.grassroots, date, date, current)
							: anyUnit(date, current);
					transfer(date, to);
				}
				case EXEMPTION -> {
					add(MemberEventType.EXEMPTED, date, null, null, null, null);
					exempted = true;
					exemptedYoung = date.getYear() - birth.getYear() < 70;
				}
				case EXEMPTION_END -> {
					add(MemberEventType.EXEMPTION_ENDED, date, null, null, null, null);
					exempted = false;
				}
				default -> throw new IllegalStateException(incident.name());
			}
		}

		/** R-ADM-4: official exactly 12 months after the ceremony; a few are not recognized. */
		private void recognition(LocalDate date) {
			if (status != Status.PROBATIONARY) {
				return;
			}
			LocalDate decision = date.plusDays(random.between(5, 40));
			if (random.chance(0.025 + (disciplinedInProbation ? 0.3 : 0))) {
				if (!decision.isAfter(END)) {
					add(MemberEventType.NOT_RECOGNIZED, decision, null, decisionNo(current(decision), decision),
							decision, null);
					status = Status.OUTSIDE;
					readmissionCeremony = null;
				}
				return;
			}
			decision = min(decision, END);
			add(MemberEventType.RECOGNIZED, date, null, decisionNo(current(date), decision), decision, null);
			status = Status.OFFICIAL;
			if (cardNo == null) {
				cardNo = zeroPadded(province.profile.number(), 2) + zeroPadded(++cardSerial, 7);
			}
		}

		/**
		 * R-READ-1: once in a life, at least 36 months after the removal, within the age limit of R-ADM-1; not when
		 * the person dies before (deaths outside the Party are not recorded).
		 */
		private void planReadmission(LocalDate removed) {
			LocalDate decision = removed.plusMonths(36).plusDays(random.between(1, 2000));
			LocalDate ceremonyDate = decision.plusDays(random.between(7, 35));
			if (ceremonyDate.isAfter(END) || AdmissionRules.ageInMonths(birth, decision) > 59 * 12 + 6) {
				return;
			}
			for (int year = removed.getYear(); year < decision.getYear(); year++) {
				if (random.chance(deathProbability(year - birth.getYear(), female))) {
					return;
				}
			}
			readmissionDecision = decision;
			readmissionCeremony = ceremonyDate;
		}

		private void readmission() {
			SyntheticOrganization previous = unit.holdingOn(readmissionDecision);
			SyntheticOrganization admitting = admissionUnit(previous == null ? home : previous.grassroots,
					readmissionDecision, readmissionCeremony);
			add(MemberEventType.READMITTED, readmissionCeremony, admitting.code,
					decisionNo(admitting, readmissionDecision), readmissionDecision, null);
			// R-AGE-1: the time outside does not count
			partyStart = partyStart.plusDays(ChronoUnit.DAYS.between(removedOn, readmissionDecision));
			status = Status.PROBATIONARY;
			ceremony = readmissionCeremony;
			probationEnd = AdmissionRules.officialFrom(ceremony);
			readmitted = true;
			readmissionCeremony = null;
			exempted = false;
			disciplinedInProbation = false;
			notCompletedRun = 0;
			unit = admitting;
			entered(admitting);
		}

		/**
		 * R-BADGE-1, R-BADGE-3, R-BADGE-4: on an award day, an official member whose party age has reached a
		 * milestone above the last one awarded gets the highest such milestone, unless a recent discipline blocks it.
		 */
		private void badge(LocalDate date) {
			if (status != Status.OFFICIAL || blockedByDiscipline(date)) {
				return;
			}
			long months = ChronoUnit.MONTHS.between(partyStart, date);
			int best = 0;
			for (int milestone : date.isBefore(QD_29) ? MILESTONES_BEFORE_2016 : MILESTONES) {
				if (milestone > awarded && months >= 12L * milestone) {
					best = milestone;
				}
			}
			if (best > 0) {
				add(MemberEventType.BADGE_AWARDED, date, null, random.between(1, 999) + "-QĐ/TU",
						date.minusDays(random.between(7, 25)), String.valueOf(best));
				awarded = best;
			}
		}

		private int nextMilestone() {
			for (int milestone : MILESTONES) {
				if (milestone > awarded) {
					return milestone;
				}
			}
			return Integer.MAX_VALUE / 2;
		}

		/** R-BADGE-4 by version (DOMAIN.md §3.3): the waiting period after a discipline. */
		private boolean blockedByDiscipline(LocalDate date) {
			if (disciplinedOn == null) {
				return false;
			}
			int months = switch (disciplineForm) {
				case "REPRIMAND" -> date.isBefore(QD_29) ? 3 : date.isBefore(QD_24) ? 0 : 6;
				case "WARNING" -> date.isBefore(QD_24) ? 6 : 9;
				default -> 12;
			};
			return date.isBefore(disciplinedOn.plusMonths(months));
		}

		/**
		 * The grade of the year (R-ASM-3: not for exempted members nor those admitted less than 6 months before the
		 * end of the year); a discipline in the year means not completed; two years not completed in a row lead to
		 * removal the next year (R-REM-1).
		 */
		private void assess(int year) {
			LocalDate on = LocalDate.of(year, 12, 31);
			if (year < FIRST_ASSESSED_YEAR || exempted || ceremony.plusMonths(6).isAfter(on)) {
				return;
			}
			String grade;
			if (disciplinedOn != null && disciplinedOn.getYear() == year) {
				grade = "NOT_COMPLETED";
			}
			else {
				int age = year - birth.getYear();
				double completed = age < 55 ? 0.045 : age < 70 ? 0.06 : 0.09;
				double u = random.nextDouble();
				grade = u < 0.004 ? "NOT_COMPLETED" : u < 0.004 + completed ? "COMPLETED" : "GOOD";
			}
			add(MemberEventType.ASSESSED, on, null, null, null, grade);
			if (grade.equals("GOOD")) {
				double merit = random.nextDouble() + ("ADVANCED".equals(politicalTheory) ? 0.2 : 0)
						+ ("MASTER".equals(professionalLevel) || "DOCTOR".equals(professionalLevel) ? 0.15 : 0);
				candidates.add(new Candidate(this, events.size() - 1, year, merit));
			}
			notCompletedRun = grade.equals("NOT_COMPLETED") ? notCompletedRun + 1 : 0;
			if (notCompletedRun >= 2) {
				removalDue = true;
				notCompletedRun = 0;
			}
		}

		// ---- units

		/** The unit the member belongs to on the date (the one entered, or where a merge took its members). */
		private SyntheticOrganization current(LocalDate date) {
			return unit == null ? null : unit.holdingOn(date);
		}

		private void transfer(LocalDate date, SyntheticOrganization to) {
			SyntheticOrganization current = current(date);
			if (to == null || to == current || date.isBefore(last) || status == Status.DIED
					|| status == Status.OUTSIDE) {
				return;
			}
			add(MemberEventType.TRANSFERRED, date, to.code, null, null, null);
			unit = to;
			entered(to);
		}

		/** A member entering a unit that will be dissolved transfers out shortly before. */
		private void entered(SyntheticOrganization to) {
			closingTransferOn = to.dissolved ? max(last.plusDays(1), to.endsOn.minusDays(random.between(5, 60))) : null;
		}

		/** A unit of the organization for an admission, else one of the province's oldest cells. */
		private SyntheticOrganization admissionUnit(SyntheticOrganization grassroots, LocalDate decision,
				LocalDate ceremonyDate) {
			SyntheticOrganization unit = unitFor(grassroots, decision, ceremonyDate, null);
			if (unit == null && grassroots != home) {
				unit = unitFor(home, decision, ceremonyDate, null);
			}
			if (unit == null) {
				List<SyntheticOrganization> founding = province.foundingUnits.stream()
					.filter(u -> u.existsThrough(decision, ceremonyDate))
					.toList();
				if (founding.isEmpty()) {
					throw new IllegalStateException("no cell of " + province.code() + " exists on " + decision);
				}
				unit = random.pick(founding);
			}
			return unit;
		}

		private void add(MemberEventType type, LocalDate on, String orgCode, String decisionNo, LocalDate decisionDate,
				String detail) {
			events.add(new LedgerEvent(type, on, orgCode, decisionNo, decisionDate, detail));
			if (last == null || on.isAfter(last)) {
				last = on;
			}
		}

		private String decisionNo(SyntheticOrganization unit, LocalDate date) {
			String issuer = unit == null ? "TU" : date.isBefore(SyntheticTree.REORGANIZATION) ? unit.grassroots.issuer
					: "ĐU";
			return random.between(1, 1999) + "-QĐ/" + issuer;
		}

		private LocalDate randomDate(int year) {
			return randomDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 30));
		}

		private LocalDate randomDate(LocalDate from, LocalDate to) {
			return random.dateBetween(from, min(to, END));
		}

		/** A unit of the organization, other than {@code except}, that exists and takes members in on both dates. */
		private SyntheticOrganization unitFor(SyntheticOrganization grassroots, LocalDate from, LocalDate to,
				SyntheticOrganization except) {
			List<SyntheticOrganization> candidates = new ArrayList<>();
			for (SyntheticOrganization u : grassroots.units) {
				if (u != except && u.existsOn(from) && u.acceptsOn(to)) {
					candidates.add(u);
				}
			}
			if (candidates.isEmpty()) {
				// merged away: its members' unit now
				for (SyntheticOrganization u : grassroots.units) {
					SyntheticOrganization holding = u.holdingOn(to);
					if (holding != null && holding != except && holding.existsOn(from) && holding.acceptsOn(to)
							&& !candidates.contains(holding)) {
						candidates.add(holding);
					}
				}
			}
			return candidates.isEmpty() ? null : random.pick(candidates);
		}

		/** Any unit of the province that takes members in on the date. */
		private SyntheticOrganization anyUnit(LocalDate date, SyntheticOrganization except) {
			for (int attempt = 0; attempt < 20; attempt++) {
				SyntheticOrganization u = random.pick(province.units);
				if (u != except && u.acceptsOn(date)) {
					return u;
				}
			}
			return null;
		}

		/** A residential cell of the district (where members who retire or whose enterprise closes go). */
		private SyntheticOrganization residentialUnit(SyntheticOrganization district, LocalDate date) {
			List<SyntheticOrganization> near = residentialByDistrict.get(district);
			for (int attempt = 0; attempt < 40; attempt++) {
				List<SyntheticOrganization> pool = near != null && attempt < 20 ? near : province.residentialUnits;
				SyntheticOrganization u = random.pick(pool);
				if (u.acceptsOn(date)) {
					return u;
				}
			}
			return province.residentialUnits.stream().filter(u -> u.acceptsOn(date)).findFirst().orElse(null);
		}

	}

	/** Yearly probability of death at an age (Gompertz; about a Vietnamese life table). */
	private static double deathProbability(int age, boolean female) {
		int a = Math.max(0, Math.min(age, DEATH.length - 1));
		return female ? DEATH[a] * 0.7 : DEATH[a];
	}

	private static final double[] DEATH = new double[131];

	static {
		for (int age = 0; age < DEATH.length; age++) {
			DEATH[age] = Math.min(0.6, StrictMath.exp(-10.3 + 0.092 * age));
		}
	}

	private static String zeroPadded(int number, int width) {
		String digits = Integer.toString(number);
		return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
