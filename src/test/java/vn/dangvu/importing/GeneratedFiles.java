package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberLedger;

/**
 * The four files of a generated folder read back, as another tool would read them, with what the checks need: when
 * each organization exists (organizations.csv and the merges and dissolutions of restructurings.csv), every
 * member's ledger, and the year-end figures of PRODUCT.md computed by replaying the ledgers.
 */
final class GeneratedFiles {

	final List<CsvRow> organizations = new ArrayList<>();

	final List<CsvRow> restructurings = new ArrayList<>();

	final Map<String, CsvRow> members = new LinkedHashMap<>();

	final Map<String, List<LedgerEvent>> ledgers = new LinkedHashMap<>();

	/** The first day of each organization. */
	final Map<String, LocalDate> establishedOn = new HashMap<>();

	/** The first day each organization no longer exists (merged or dissolved). */
	final Map<String, LocalDate> endsOn = new HashMap<>();

	/** Merged organization → the organization its members moved to. */
	final Map<String, String> mergedInto = new HashMap<>();

	private GeneratedFiles() {
	}

	static GeneratedFiles read(Path dir) {
		GeneratedFiles files = new GeneratedFiles();
		ImportReport report = new ImportReport(false);
		InterchangeCsv.read(dir.resolve("organizations.csv"), OrganizationFiles.ORGANIZATIONS, report,
				files.organizations::add);
		InterchangeCsv.read(dir.resolve("restructurings.csv"), OrganizationFiles.RESTRUCTURINGS, report,
				files.restructurings::add);
		InterchangeCsv.read(dir.resolve("members.csv"), MemberFiles.MEMBERS, report,
				row -> files.members.put(row.text("member_no"), row));
		InterchangeCsv.read(dir.resolve("member_events.csv"), MemberFiles.EVENTS, report,
				row -> files.ledgers.computeIfAbsent(row.text("member_no"), k -> new ArrayList<>())
					.add(new LedgerEvent(MemberEventType.valueOf(row.text("event")),
							LocalDate.parse(row.text("effective_on")), row.text("org_code"), row.text("decision_no"),
							row.text("decision_date") == null ? null : LocalDate.parse(row.text("decision_date")),
							row.text("detail"))));
		assertThat(report.errors()).as("the files read back").isEmpty();
		for (CsvRow row : files.organizations) {
			files.establishedOn.put(row.text("code"), LocalDate.parse(row.text("established_on")));
		}
		for (CsvRow row : files.restructurings) {
			LocalDate on = LocalDate.parse(row.text("effective_on"));
			switch (row.text("operation")) {
				case "MERGE" -> {
					files.establishedOn.putIfAbsent(row.text("target_code"), on);
					for (String subject : row.text("subject_codes").split(";")) {
						files.endsOn.put(subject, on);
						files.mergedInto.put(subject, row.text("target_code"));
					}
				}
				case "DISSOLVE" -> files.endsOn.put(row.text("subject_codes"), on);
				default -> {
				}
			}
		}
		return files;
	}

	boolean existsOn(String code, LocalDate date) {
		LocalDate from = establishedOn.get(code);
		LocalDate to = endsOn.get(code);
		return from != null && !date.isBefore(from) && (to == null || date.isBefore(to));
	}

	/** The organization that holds the members of {@code code} on the date, following merges. */
	String holdingOn(String code, LocalDate date) {
		String holding = code;
		for (int step = 0; endsOn.containsKey(holding) && !date.isBefore(endsOn.get(holding))
				&& mergedInto.containsKey(holding); step++) {
			assertThat(step).as("merges of " + code + " lead somewhere").isLessThan(100);
			holding = mergedInto.get(holding);
		}
		return holding;
	}

	MemberLedger ledger(String memberNo) {
		return MemberLedger.of(ledgers.getOrDefault(memberNo, List.of()));
	}

	/** The year-end figures of PRODUCT.md, for the year, from the ledgers. */
	Figures figures(int year) {
		LocalDate end = LocalDate.of(year, 12, 31);
		long inParty = 0;
		long female = 0;
		long minority = 0;
		long admitted = 0;
		long badges = 0;
		long assessed = 0;
		long goodOrBetter = 0;
		long excellent = 0;
		for (Map.Entry<String, List<LedgerEvent>> entry : ledgers.entrySet()) {
			if (MemberLedger.of(entry.getValue()).stateOn(end).status().isMember()) {
				inParty++;
				CsvRow member = members.get(entry.getKey());
				female += "FEMALE".equals(member.text("gender")) ? 1 : 0;
				minority += "Kinh".equals(member.text("ethnicity")) ? 0 : 1;
			}
			for (LedgerEvent e : entry.getValue()) {
				if (e.effectiveOn().getYear() != year) {
					continue;
				}
				switch (e.type()) {
					case ADMITTED -> admitted++;
					case BADGE_AWARDED -> badges++;
					case ASSESSED -> {
						assessed++;
						goodOrBetter += "GOOD".equals(e.detail()) || "EXCELLENT".equals(e.detail()) ? 1 : 0;
						excellent += "EXCELLENT".equals(e.detail()) ? 1 : 0;
					}
					default -> {
					}
				}
			}
		}
		return new Figures(inParty, admitted, badges, assessed == 0 ? 0 : (double) goodOrBetter / assessed,
				inParty == 0 ? 0 : (double) female / inParty, inParty == 0 ? 0 : (double) minority / inParty,
				goodOrBetter == 0 ? 0 : (double) excellent / goodOrBetter);
	}

	/**
	 * @param inParty members (official or probationary) on 31 December
	 * @param excellentShare excellent among those rated good or better
	 */
	record Figures(long inParty, long admitted, long badges, double goodOrBetterRate, double femaleShare,
			double minorityShare, double excellentShare) {

		@Override
		public String toString() {
			return String.format(java.util.Locale.ROOT,
					"in the Party %d, admitted %d, badges %d, good or better %.4f, women %.3f, ethnic minorities %.3f,"
							+ " excellent/good+ %.3f",
					inParty, admitted, badges, goodOrBetterRate, femaleShare, minorityShare, excellentShare);
		}

	}

}
