package vn.dangvu.member;

import java.util.List;

/** What importing member histories found, and did unless there were errors. */
public record HistoryImport(List<HistoryProblem> problems, int newFiles, int presentFiles, int newEvents,
		int presentEvents) {

	public boolean hasErrors() {
		return problems.stream().anyMatch(p -> !p.warning());
	}

}
