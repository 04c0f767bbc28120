package vn.dangvu.importing;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dangvu.common.cli.CommandFailedException;
import vn.dangvu.member.ScaleOutKeys;

/** {@code import --dir DIR [--dry-run]} (INTERCHANGE.md). */
@Component
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Nhập organizations.csv, restructurings.csv từ thư mục DIR: tất cả hoặc không gì cả.")
class ImportCommand implements Callable<Integer> {

	private final DirectoryImport imports;

	private final ScaleOutKeys keys;

	@Option(names = "--dir", required = true, paramLabel = "DIR", description = "Thư mục chứa các tệp CSV.")
	Path dir;

	@Option(names = "--dry-run", description = "Chỉ kiểm tra và báo cáo, không ghi gì.")
	boolean dryRun;

	@Spec
	CommandSpec spec;

	ImportCommand(DirectoryImport imports, ScaleOutKeys keys) {
		this.imports = imports;
		this.keys = keys;
	}

	/** Rows written from which the import says that autovacuum has minutes of work after it (the city: 668,069). */
	static final long LARGE_LOAD_ROWS = 500_000;

	/**
	 * What a large load leaves behind: autovacuum vacuums and analyzes the loaded tables for minutes after it (the
	 * nation: about ten), and every page is slower meanwhile — the database page tells when it is over.
	 */
	static Optional<String> maintenanceNote(boolean dryRun, long rowsWritten) {
		return dryRun || rowsWritten < LARGE_LOAD_ROWS ? Optional.empty()
				: Optional.of("Lưu ý: autovacuum của PostgreSQL sẽ dọn và thống kê lại các bảng vừa nạp trong vài phút; "
						+ "trong lúc đó các trang chậm hơn. Trang Cơ sở dữ liệu (/system/database) cho biết khi nào xong.");
	}

	@Override
	public Integer call() {
		if (!Files.isDirectory(dir)) {
			throw CommandFailedException.invalidInput("Không có thư mục " + dir + ".");
		}
		PrintWriter err = spec.commandLine().getErr();
		long start = System.nanoTime();
		// each progress line with the time since the start, so that a long import shows what each phase took
		ImportReport report = imports.importDirectory(dir, dryRun, line -> {
			long seconds = (System.nanoTime() - start) / 1_000_000_000L;
			err.printf("[%d:%02d] %s%n", seconds / 60, seconds % 60, line);
			err.flush();
		});
		if (!report.succeeded()) {
			report.errors().forEach(err::println);
			if (report.errorsLeftOut() != null) {
				err.println(report.errorsLeftOut());
			}
			throw CommandFailedException.invalidInput(report.failureSummary());
		}
		// restructurings imported over members already recorded leave their events' key to follow: done before the
		// command ends, rather than by a background thread the end of the process would stop
		int followed = dryRun ? 0 : keys.follow();
		if (followed > 0) {
			err.println("Đã cập nhật khóa phân vùng cho các sự kiện của " + followed + " đảng viên.");
		}
		report.warnings().forEach(w -> err.println("Cảnh báo: " + w));
		if (report.warningsLeftOut() != null) {
			err.println("Cảnh báo: " + report.warningsLeftOut());
		}
		maintenanceNote(dryRun, report.importedByFile().values().stream().mapToLong(Integer::longValue).sum())
			.ifPresent(err::println);
		spec.commandLine().getOut().println(report.summary()
				+ (report.warningTotal() == 0 ? "" : " " + report.warningTotal() + " cảnh báo (xem stderr)."));
		return 0;
	}

}
