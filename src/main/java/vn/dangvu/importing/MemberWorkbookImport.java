package vn.dangvu.importing;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.common.web.CallerScope;
import vn.dangvu.member.HistoryImport;
import vn.dangvu.member.HistoryProblem;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberHistories;
import vn.dangvu.member.MemberHistory;
import vn.dangvu.member.MemberRoster;

/**
 * Importing an Excel list of members: a preview that lists every bad row (row, column, reason, with the rule) before
 * anything is written, then the import of all rows — refused while any row is bad — or, when the officer asks for
 * it, of exactly the good rows. The cells name the organizations a row admits into, which no guard of the request
 * sees: a row naming an organization outside the caller's scope, or a recorded member the caller may not change, is
 * a bad row.
 */
@Service
public class MemberWorkbookImport {

	/** One row as the preview shows it. */
	public record PreviewRow(int row, String memberNo, String fullName, List<ImportError> errors,
			List<ImportError> warnings) {

		public boolean valid() {
			return errors.isEmpty();
		}

	}

	/** The preview of a workbook. */
	public record Preview(String fileName, List<PreviewRow> rows) {

		public long valid() {
			return rows.stream().filter(PreviewRow::valid).count();
		}

		public long invalid() {
			return rows.size() - valid();
		}

	}

	/** What was imported. */
	public record Imported(int files, int events, int skippedRows) {
	}

	private final MemberHistories histories;

	private final MemberRoster roster;

	MemberWorkbookImport(MemberHistories histories, MemberRoster roster) {
		this.histories = histories;
		this.roster = roster;
	}

	public void template(OutputStream out) {
		MemberWorkbook.template(out);
	}

	/** Checks the workbook for a caller of the scope; writes nothing. */
	@Transactional(readOnly = true)
	public Preview preview(byte[] bytes, String fileName, CallerScope scope) {
		return check(bytes, fileName, scope).preview();
	}

	/**
	 * Imports the workbook for a caller of the scope: every row, refused (nothing written) while any row is bad; or
	 * with {@code onlyValid} the rows without errors.
	 */
	@Transactional
	public Imported commit(byte[] bytes, String fileName, boolean onlyValid, CallerScope scope) {
		Checked checked = check(bytes, fileName, scope);
		Preview preview = checked.preview();
		if (preview.rows().isEmpty() || (!onlyValid && preview.invalid() > 0) || preview.valid() == 0) {
			throw new IllegalStateException("Tệp còn dòng lỗi; không có gì được ghi.");
		}
		List<MemberHistory> good = new ArrayList<>();
		for (PreviewRow row : preview.rows()) {
			if (row.valid()) {
				good.add(checked.histories.get(row.row()));
			}
		}
		HistoryImport result = histories.importHistories(good, true, message -> {
		});
		if (result.hasErrors()) {
			// the good rows depend on a bad one (a duplicate number, a shared card): nothing is written
			throw new IllegalStateException("Các dòng hợp lệ phụ thuộc vào dòng lỗi; không có gì được ghi.");
		}
		return new Imported(result.newFiles(), result.newEvents(), (int) preview.invalid());
	}

	private record Checked(Preview preview, Map<Integer, MemberHistory> histories) {
	}

	private Checked check(byte[] bytes, String fileName, CallerScope scope) {
		List<MemberWorkbook.ReadRow> read = MemberWorkbook.read(bytes, fileName);
		Map<Integer, MemberHistory> byRow = new LinkedHashMap<>();
		Map<String, Integer> rowOfMember = new HashMap<>();
		Map<LedgerEvent, Integer> rowOfEvent = new IdentityHashMap<>();
		Map<Integer, List<ImportError>> errors = new HashMap<>();
		Map<Integer, List<ImportError>> warnings = new HashMap<>();
		List<MemberHistory> toCheck = new ArrayList<>();
		for (MemberWorkbook.ReadRow row : read) {
			errors.computeIfAbsent(row.row(), k -> new ArrayList<>()).addAll(row.errors());
			if (row.history() == null) {
				continue;
			}
			Integer earlier = rowOfMember.putIfAbsent(row.memberNo(), row.row());
			if (earlier != null) {
				errors.get(row.row()).add(new ImportError(fileName, row.row(), MemberWorkbook.Column.MEMBER_NO.header,
						"Số hồ sơ " + row.memberNo() + " đã có ở dòng " + earlier + "."));
				continue;
			}
			byRow.put(row.row(), row.history());
			row.history().events().forEach(e -> rowOfEvent.put(e, row.row()));
			toCheck.add(row.history());
		}
		if (!scope.unrestricted()) {
			outsideScope(fileName, byRow, scope, errors);
		}
		HistoryImport checked = histories.importHistories(toCheck, false, message -> {
		});
		for (HistoryProblem p : checked.problems()) {
			Integer row = p.event() != null ? rowOfEvent.get(p.event()) : rowOfMember.get(p.memberNo());
			if (row == null) {
				continue;
			}
			ImportError error = new ImportError(fileName, row, column(p), p.problem().describe());
			(p.warning() ? warnings : errors).computeIfAbsent(row, k -> new ArrayList<>()).add(error);
		}
		List<PreviewRow> rows = new ArrayList<>();
		for (MemberWorkbook.ReadRow row : read) {
			rows.add(new PreviewRow(row.row(), row.memberNo(), row.fullName(), errors.getOrDefault(row.row(), List.of()),
					warnings.getOrDefault(row.row(), List.of())));
		}
		return new Checked(new Preview(fileName, rows), byRow);
	}

	/**
	 * The rows a caller who is not an administrator may not import: one admitting into an organization outside their
	 * scope, or one of a recorded member they may not change.
	 */
	private void outsideScope(String fileName, Map<Integer, MemberHistory> byRow, CallerScope scope,
			Map<Integer, List<ImportError>> errors) {
		Set<String> recorded = roster
			.recorded(byRow.values().stream().map(h -> h.file().memberNo()).filter(Objects::nonNull).toList());
		byRow.forEach((row, history) -> {
			String memberNo = history.file().memberNo();
			if (recorded.contains(memberNo) && !scope.mayWriteMember(memberNo)) {
				errors.get(row).add(new ImportError(fileName, row, MemberWorkbook.Column.MEMBER_NO.header,
						"Hồ sơ " + memberNo + " đã có và nằm ngoài phạm vi được giao cho tài khoản của bạn."));
			}
			history.events()
				.stream()
				.map(LedgerEvent::orgCode)
				.filter(Objects::nonNull)
				.distinct()
				.filter(code -> !scope.mayWriteOrganization(code))
				.forEach(code -> errors.get(row).add(new ImportError(fileName, row, MemberWorkbook.Column.ORG_CODE.header,
						"Tổ chức " + code + " nằm ngoài phạm vi được giao cho tài khoản của bạn.")));
		});
	}

	/** The template's column for a problem of the domain (named by the interchange columns). */
	private static String column(HistoryProblem p) {
		String field = p.problem().field();
		if (p.event() != null && p.event().type() == vn.dangvu.member.MemberEventType.RECOGNIZED) {
			return MemberWorkbook.Column.OFFICIAL_ON.header;
		}
		return switch (field == null ? "" : field) {
			case "member_no" -> MemberWorkbook.Column.MEMBER_NO.header;
			case "full_name" -> MemberWorkbook.Column.FULL_NAME.header;
			case "birth_date" -> MemberWorkbook.Column.BIRTH_DATE.header;
			case "ethnicity" -> MemberWorkbook.Column.ETHNICITY.header;
			case "card_no" -> MemberWorkbook.Column.CARD_NO.header;
			case "national_id" -> MemberWorkbook.Column.NATIONAL_ID.header;
			case "org_code" -> MemberWorkbook.Column.ORG_CODE.header;
			case "decision_date" -> MemberWorkbook.Column.ADMISSION_DECISION_DATE.header;
			case "effective_on" -> MemberWorkbook.Column.CEREMONY.header;
			default -> null;
		};
	}

}
