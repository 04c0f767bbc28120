package vn.dangvu.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import vn.dangvu.common.cli.CommandFailedException;
import vn.dangvu.organization.OrganizationNotFoundException;

/** {@code report summary} (INTERCHANGE.md). */
@Component
@Command(name = "report", description = "Báo cáo, thống kê", subcommands = ReportCommand.Summary.class)
class ReportCommand {

	/** The formats the summary can be written in. */
	enum Format {
		json, xlsx, pdf
	}

	@Command(name = "summary", description = "Báo cáo tổng hợp của một tổ chức và các tổ chức trực thuộc trong một kỳ")
	static class Summary implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--org", required = true, paramLabel = "CODE")
		String org;

		@Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD")
		LocalDate from;

		@Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD")
		LocalDate to;

		@Option(names = "--format", defaultValue = "json", description = "json, xlsx, pdf")
		Format format;

		@Option(names = "--out", paramLabel = "FILE", description = "ghi vào tệp thay vì stdout")
		Path out;

		private final SummaryReports reports;

		private final SummaryDocuments documents;

		private final vn.dangvu.organization.Organizations organizations;

		private final JsonMapper json;

		Summary(SummaryReports reports, SummaryDocuments documents, vn.dangvu.organization.Organizations organizations,
				JsonMapper json) {
			this.reports = reports;
			this.documents = documents;
			this.organizations = organizations;
			this.json = json;
		}

		@Override
		public Integer call() throws IOException {
			SummaryReport report;
			try {
				report = reports.summary(org, from, to);
			}
			catch (OrganizationNotFoundException | IllegalArgumentException ex) {
				throw CommandFailedException.invalidInput(ex.getMessage());
			}
			if (format == Format.json) {
				String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(report);
				if (out == null) {
					spec.commandLine().getOut().println(text);
				}
				else {
					Files.writeString(out, text + "\n");
				}
				return 0;
			}
			String orgName = organizations.findLatest(org, to).map(o -> o.name()).orElse(org);
			String user = System.getProperty("user.name", "");
			OutputStream stream = out == null ? new java.io.FileOutputStream(java.io.FileDescriptor.out)
					: Files.newOutputStream(out);
			try (stream) {
				if (format == Format.xlsx) {
					documents.xlsx(report, null, orgName, user, stream);
				}
				else {
					documents.pdf(report, null, orgName, user, stream);
				}
			}
			return 0;
		}

	}

}
