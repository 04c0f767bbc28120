package vn.dangvu.badge;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import vn.dangvu.common.cli.CommandFailedException;
import vn.dangvu.organization.OrganizationNotFoundException;

/** {@code badges eligible} (INTERCHANGE.md). */
@Component
@Command(name = "badges", description = "Huy hiệu Đảng", subcommands = BadgesCommand.Eligible.class)
class BadgesCommand {

	enum Format {
		json, csv
	}

	@Command(name = "eligible", description = "Đảng viên đủ điều kiện xét tặng Huy hiệu Đảng vào một ngày trao")
	static class Eligible implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--org", required = true, paramLabel = "CODE")
		String org;

		@Option(names = "--award-date", required = true, paramLabel = "YYYY-MM-DD")
		LocalDate awardDate;

		@Option(names = "--format", defaultValue = "json", description = "json, csv")
		Format format;

		private final BadgeEligibility eligibility;

		private final JsonMapper json;

		Eligible(BadgeEligibility eligibility, JsonMapper json) {
			this.eligibility = eligibility;
			this.json = json;
		}

		@Override
		public Integer call() throws IOException {
			BadgeEligibilityList list;
			try {
				list = eligibility.eligible(org, awardDate);
			}
			catch (OrganizationNotFoundException ex) {
				throw CommandFailedException.invalidInput(ex.getMessage());
			}
			if (!BadgeEligibility.AWARD_DAYS.contains(java.time.MonthDay.from(awardDate))) {
				spec.commandLine().getErr().println("Cảnh báo: Huy hiệu Đảng thường trao vào 3/2, 19/5, 2/9, 7/11 (R-BADGE-3).");
			}
			if (format == Format.json) {
				spec.commandLine().getOut().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(list));
				return 0;
			}
			StringWriter text = new StringWriter();
			try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
				csv.printRecord("member_no", "full_name", "org_code", "party_age_months", "badge_years");
				for (EligibleMember m : list.eligible()) {
					csv.printRecord(m.memberNo(), m.fullName(), m.orgCode(), m.partyAgeMonths(), m.badgeYears());
				}
			}
			spec.commandLine().getOut().print(text);
			spec.commandLine().getOut().flush();
			return 0;
		}

	}

}
