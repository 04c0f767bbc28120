package vn.dangvu.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dangvu.member.HistoryStaging;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.MemberHistories;

/**
 * Imports members.csv and member_events.csv, after the tree, streaming: cells are checked row by row as the files are
 * read, and the valid rows go straight into the staging of the member module ({@link HistoryStaging}), which checks
 * across rows in SQL, judges each member's history — the events of the file added to those already recorded — by the
 * lifecycle rules as accepted history, and loads what is new in bulk while no error has been found. Every problem is
 * reported at its file, line and column; memory does not grow with the files (the report keeps the first errors).
 */
@Component
@Order(2)
class MemberFilesImport implements ImportStep {

	private final MemberHistories histories;

	MemberFilesImport(MemberHistories histories) {
		this.histories = histories;
	}

	@Override
	public void run(Path dir, ImportReport report, Consumer<String> progress) {
		Path membersFile = dir.resolve(MemberFiles.MEMBERS.fileName());
		Path eventsFile = dir.resolve(MemberFiles.EVENTS.fileName());
		if (!Files.isRegularFile(membersFile) && !Files.isRegularFile(eventsFile)) {
			return;
		}
		HistoryStaging staging = histories.stage();
		boolean readable = true;
		if (Files.isRegularFile(membersFile)) {
			readable = InterchangeCsv.read(membersFile, MemberFiles.MEMBERS, report, row -> {
				MemberFile file = MemberFiles.member(row, report);
				if (file != null) {
					staging.file(row.line(), file);
				}
			});
		}
		if (Files.isRegularFile(eventsFile)) {
			readable &= InterchangeCsv.read(eventsFile, MemberFiles.EVENTS, report, row -> {
				LedgerEvent event = MemberFiles.event(row, report);
				if (event != null) {
					staging.event(row.line(), row.text("member_no"), event);
				}
			});
		}
		if (!readable) {
			return;
		}
		progress.accept("Đã đọc " + staging.files() + " hồ sơ và " + staging.events() + " sự kiện đảng viên");
		HistoryStaging.Result result = staging.finish(!report.dryRun() && report.succeeded(), problem -> {
			ImportError error = new ImportError(
					(problem.ofEvent() ? MemberFiles.EVENTS : MemberFiles.MEMBERS).fileName(), problem.line(),
					problem.problem().field(), problem.problem().describe());
			if (problem.warning()) {
				report.warn(error);
			}
			else {
				report.add(error);
			}
		}, progress);
		report.count(MemberFiles.MEMBERS.fileName(), result.newFiles(), result.presentFiles());
		report.count(MemberFiles.EVENTS.fileName(), result.newEvents(), result.presentEvents());
	}

}
