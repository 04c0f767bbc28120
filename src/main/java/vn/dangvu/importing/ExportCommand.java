package vn.dangvu.importing;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dangvu.common.cli.CommandFailedException;
import vn.dangvu.organization.OrganizationNotFoundException;

/** {@code export --dir DIR [--org CODE]} (INTERCHANGE.md). */
@Component
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Xuất organizations.csv, restructurings.csv vào thư mục DIR.")
class ExportCommand implements Callable<Integer> {

	private final DirectoryExport exports;

	@Option(names = "--dir", required = true, paramLabel = "DIR", description = "Thư mục ghi các tệp CSV.")
	Path dir;

	@Option(names = "--org", paramLabel = "CODE", description = "Chỉ các tổ chức từng thuộc tổ chức này.")
	String org;

	@Spec
	CommandSpec spec;

	ExportCommand(DirectoryExport exports) {
		this.exports = exports;
	}

	@Override
	public Integer call() {
		ExportSummary summary;
		try {
			summary = exports.export(dir, org);
		}
		catch (OrganizationNotFoundException ex) {
			throw CommandFailedException.invalidInput(ex.getMessage());
		}
		spec.commandLine().getOut().println("Đã xuất " + summary.organizations() + " tổ chức vào organizations.csv, "
				+ summary.restructurings() + " thay đổi vào restructurings.csv, " + summary.members()
				+ " hồ sơ vào members.csv và " + summary.memberEvents() + " sự kiện vào member_events.csv, thư mục " + dir
				+ ".");
		return 0;
	}

}
