package vn.dangvu.common.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dangvu.common.cli.CommandFailedException;

/** {@code backup --out FILE} and {@code restore --in FILE} (README: backups). */
final class BackupCommands {

	private BackupCommands() {
	}

	@Component
	@Command(name = "backup", mixinStandardHelpOptions = true,
			description = "Sao lưu toàn bộ cơ sở dữ liệu vào FILE (SQL nén gzip, một ảnh chụp nhất quán).")
	static class Backup implements Callable<Integer> {

		@Option(names = "--out", required = true, paramLabel = "FILE")
		Path out;

		@Spec
		CommandSpec spec;

		private final DatabaseBackup backups;

		Backup(DatabaseBackup backups) {
			this.backups = backups;
		}

		@Override
		public Integer call() throws Exception {
			// on the primary, not on a read replica: a backup holds everything committed before it starts
			DatabaseBackup.Summary summary = PrimaryReads.call(() -> backups.backup(out));
			spec.commandLine()
				.getOut()
				.println("Đã sao lưu " + summary.totalRows() + " dòng của " + summary.rows().size()
						+ " bảng (lược đồ phiên bản " + summary.schemaVersion() + ") vào " + out + ".");
			return 0;
		}

	}

	@Component
	@Command(name = "restore", mixinStandardHelpOptions = true,
			description = "Khôi phục bản sao lưu FILE vào cơ sở dữ liệu trống: tất cả hoặc không gì cả.")
	static class Restore implements Callable<Integer> {

		@Option(names = "--in", required = true, paramLabel = "FILE")
		Path in;

		@Spec
		CommandSpec spec;

		private final DatabaseBackup backups;

		Restore(DatabaseBackup backups) {
			this.backups = backups;
		}

		@Override
		public Integer call() {
			if (!Files.isRegularFile(in)) {
				throw CommandFailedException.invalidInput("Không có tệp " + in + ".");
			}
			try {
				DatabaseBackup.Summary summary = backups.restore(in);
				spec.commandLine()
					.getOut()
					.println("Đã khôi phục " + summary.totalRows() + " dòng của " + summary.rows().size() + " bảng từ "
							+ in + ".");
				return 0;
			}
			catch (DatabaseBackup.RestoreRefusedException ex) {
				throw CommandFailedException.invalidInput(ex.getMessage());
			}
		}

	}

}
