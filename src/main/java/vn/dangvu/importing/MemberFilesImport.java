package vn.dangvu.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dangvu.member.HistoryImport;
import vn.dangvu.member.HistoryProblem;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.MemberHistories;
import vn.dangvu.member.MemberHistory;
import vn.dangvu.member.MemberRoster;

/**
 * Imports members.csv and member_events.csv, after the tree. Cells are checked row by row; then each member's
 * history — the events of the file added to those already recorded — is judged by the lifecycle rules as accepted
 * history, so that every problem is reported at its file, line and column. Files and events already recorded are
 * recognized and left alone; the rest is loaded in bulk, only when the whole import has no error.
 */
@Component
@Order(2)
class MemberFilesImport implements ImportStep {

	private final MemberHistories histories;

	private final MemberRoster roster;

	MemberFilesImport(MemberHistories histories, MemberRoster roster) {
		this.histories = histories;
		this.roster = roster;
	}

	@Override
	public void run(Path dir, ImportReport report, Consumer<String> progress) {
		Path membersFile = dir.resolve(MemberFiles.MEMBERS.fileName());
		Path eventsFile = dir.resolve(MemberFiles.EVENTS.fileName());
		if (!Files.isRegularFile(membersFile) && !Files.isRegularFile(eventsFile)) {
			return;
		}
		Map<String, MemberFile> files = new LinkedHashMap<>();
		Map<String, Long> fileLines = new HashMap<>();
		Map<String, List<LedgerEvent>> events = new LinkedHashMap<>();
		Map<LedgerEvent, Long> eventLines = new IdentityHashMap<>();
		boolean readable = true;
		if (Files.isRegularFile(membersFile)) {
			readable = InterchangeCsv.read(membersFile, MemberFiles.MEMBERS, report, row -> {
				MemberFile file = MemberFiles.member(row, report);
				if (file == null) {
					return;
				}
				if (fileLines.containsKey(file.memberNo())) {
					report.add(row.error("member_no", "Số hồ sơ " + file.memberNo() + " đã có ở dòng "
							+ fileLines.get(file.memberNo()) + "."));
					return;
				}
				files.put(file.memberNo(), file);
				fileLines.put(file.memberNo(), row.line());
			});
		}
		List<CsvRow> eventRows = new ArrayList<>();
		if (Files.isRegularFile(eventsFile)) {
			readable &= InterchangeCsv.read(eventsFile, MemberFiles.EVENTS, report, row -> {
				LedgerEvent event = MemberFiles.event(row, report);
				if (event != null) {
					String memberNo = row.text("member_no");
					events.computeIfAbsent(memberNo, k -> new ArrayList<>()).add(event);
					eventLines.put(event, row.line());
					eventRows.add(row);
				}
			});
		}
		if (!readable) {
			return;
		}
		progress.accept("Đã đọc " + files.size() + " hồ sơ và " + eventLines.size() + " sự kiện đảng viên");
		List<MemberHistory> list = new ArrayList<>();
		for (var entry : files.entrySet()) {
			list.add(new MemberHistory(entry.getValue(), events.getOrDefault(entry.getKey(), List.of())));
		}
		for (var entry : events.entrySet()) {
			if (files.containsKey(entry.getKey())) {
				continue;
			}
			var recorded = roster.find(entry.getKey(), LocalDate.now());
			if (recorded.isEmpty()) {
				for (LedgerEvent e : entry.getValue()) {
					report.add(new ImportError(MemberFiles.EVENTS.fileName(), eventLines.get(e), "member_no",
							"Không có hồ sơ đảng viên số " + entry.getKey() + " trong members.csv hay trong cơ sở dữ liệu."));
				}
				continue;
			}
			list.add(new MemberHistory(recorded.get().file(), entry.getValue()));
		}
		HistoryImport result = histories.importHistories(list, report.succeeded(), progress);
		for (HistoryProblem problem : result.problems()) {
			ImportError error = problem.event() == null
					? new ImportError(MemberFiles.MEMBERS.fileName(), fileLines.getOrDefault(problem.memberNo(), 0L),
							problem.problem().field(), problem.problem().describe())
					: new ImportError(MemberFiles.EVENTS.fileName(), eventLines.getOrDefault(problem.event(), 0L),
							problem.problem().field(), problem.problem().describe());
			if (problem.warning()) {
				report.warn(error);
			}
			else {
				report.add(error);
			}
		}
		report.count(MemberFiles.MEMBERS.fileName(), result.newFiles(), result.presentFiles());
		report.count(MemberFiles.EVENTS.fileName(), result.newEvents(), result.presentEvents());
	}

}
