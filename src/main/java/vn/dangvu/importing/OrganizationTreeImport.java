package vn.dangvu.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.common.Decision;
import vn.dangvu.organization.EstablishedOrganization;
import vn.dangvu.organization.EstablishmentBatch;
import vn.dangvu.organization.NewOrganization;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.RestructuringBatch;
import vn.dangvu.organization.RestructuringCommand;
import vn.dangvu.organization.RestructuringCommand.ChangeOrganizationType;
import vn.dangvu.organization.RestructuringCommand.DissolveOrganization;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.RestructuringCommand.MergeOrganizations;
import vn.dangvu.organization.RestructuringCommand.MoveOrganization;
import vn.dangvu.organization.RestructuringCommand.RenameOrganization;
import vn.dangvu.organization.RestructuringOperation;
import vn.dangvu.organization.RestructuringRefusedException;
import vn.dangvu.organization.Restructurings;

/**
 * Imports organizations.csv and restructurings.csv. Both files are read and checked first (cells, codes unique,
 * parents known, the columns each operation needs); then the organizations are established, parents before
 * children, and the restructurings applied in file order, each through the tree's own rules. A row the rules refuse
 * becomes an error of that row and the import goes on, so that one run reports every problem.
 */
@Component
@Order(1)
class OrganizationTreeImport implements ImportStep {

	/**
	 * organizations.csv carries no decision, yet every establishment is recorded on one: it gets this number ("not
	 * known") dated on the day the organization was established.
	 */
	static final String UNKNOWN_DECISION_NO = "—";

	static final String RECORDED_BY = "import";

	private static final int PROGRESS_EVERY = 1000;

	private final Organizations organizations;

	private final Restructurings restructurings;

	/** Each row runs in a savepoint, so that a refused row leaves nothing behind and the next rows still run. */
	private final TransactionTemplate savepoint;

	OrganizationTreeImport(Organizations organizations, Restructurings restructurings,
			PlatformTransactionManager transactionManager) {
		this.organizations = organizations;
		this.restructurings = restructurings;
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@Override
	public void run(Path dir, ImportReport report, Consumer<String> progress) {
		new Run(report, progress).run(dir);
	}

	/** One import of one folder, with what it has learned so far. */
	private final class Run {

		private final ImportReport report;

		private final Consumer<String> progress;

		/** The valid rows of organizations.csv, in file order. */
		private final List<OrganizationRow> organizationRows = new ArrayList<>();

		/** Every code organizations.csv names, with the line that names it first. */
		private final Map<String, Long> codesInFile = new HashMap<>();

		/** The valid rows of restructurings.csv, in file order. */
		private final List<RestructuringRow> restructuringRows = new ArrayList<>();

		/** Merge targets that restructurings.csv creates. */
		private final Set<String> newTargets = new HashSet<>();

		/** The lines of the merge rows that create their target (later merges into it find it existing). */
		private final Set<Long> creatingRows = new HashSet<>();

		/** Targets named by merge rows with errors: some may be organizations those rows would have created. */
		private final List<String> targetsOfWrongMerges = new ArrayList<>();

		/**
		 * Codes whose row had an error (or depends on one that had): rows naming them are left out without a second
		 * error, which would only repeat the first.
		 */
		private final Set<String> failed = new HashSet<>();

		/** Organizations waiting for their parent to be established, by the parent's code; values index the rows. */
		private final Map<String, List<Integer>> waiting = new HashMap<>();

		private int established;

		private int restructured;

		private Map<String, EstablishedOrganization> inDatabase;

		private Set<RestructuringRow.Key> recorded;

		Run(ImportReport report, Consumer<String> progress) {
			this.report = report;
			this.progress = progress;
		}

		void run(Path dir) {
			Path organizationsFile = dir.resolve(OrganizationFiles.ORGANIZATIONS.fileName());
			Path restructuringsFile = dir.resolve(OrganizationFiles.RESTRUCTURINGS.fileName());
			if (!Files.isRegularFile(organizationsFile)) {
				report.add(ImportError.inFile(OrganizationFiles.ORGANIZATIONS.fileName(),
						"Không có tệp này trong thư mục " + dir + "; tệp này bắt buộc."));
				return;
			}
			boolean readable = InterchangeCsv.read(organizationsFile, OrganizationFiles.ORGANIZATIONS, report,
					this::readOrganization);
			if (Files.isRegularFile(restructuringsFile)) {
				readable &= InterchangeCsv.read(restructuringsFile, OrganizationFiles.RESTRUCTURINGS, report,
						this::readRestructuring);
			}
			if (!readable) {
				return; // a wrong header or an unreadable file: its rows mean nothing yet
			}
			RecordedTree tree = RecordedTree.read(organizations);
			inDatabase = tree.establishedByCode();
			recorded = tree.restructuringKeys();
			checkRestructurings();
			checkOrganizations();
			establishOrganizations();
			applyRestructurings();
			reportUnreachable();
		}

		// ---- reading: each row on its own

		private void readOrganization(CsvRow row) {
			OrganizationRow organization = OrganizationFiles.organization(row, report);
			String code = row.text("code");
			if (code == null) {
				return;
			}
			Long firstLine = codesInFile.putIfAbsent(code, row.line());
			if (firstLine != null) {
				report.add(row.error("code", "Mã " + code + " đã có ở dòng " + firstLine + " của tệp."));
			}
			else if (organization == null) {
				failed.add(code);
			}
			else {
				organizationRows.add(organization);
			}
		}

		private void readRestructuring(CsvRow row) {
			RestructuringRow restructuring = OrganizationFiles.restructuring(row, report);
			if (restructuring != null) {
				restructuringRows.add(restructuring);
			}
			else if ("MERGE".equals(row.text("operation")) && row.text("target_code") != null) {
				targetsOfWrongMerges.add(row.text("target_code"));
			}
		}

		// ---- checks across rows, files and the database

		private void checkRestructurings() {
			for (String target : targetsOfWrongMerges) {
				if (!inDatabase.containsKey(target) && !codesInFile.containsKey(target)) {
					// never created: what the file puts under it is left out without errors of its own
					newTargets.add(target);
					failed.add(target);
				}
			}
			Map<RestructuringRow.Key, Long> seen = new HashMap<>();
			List<RestructuringRow> valid = new ArrayList<>();
			for (RestructuringRow row : restructuringRows) {
				Long earlier = seen.putIfAbsent(row.key(), row.line());
				if (earlier != null) {
					report.add(error(row, "subject_codes", "Thay đổi này trùng với dòng " + earlier
							+ " (cùng thao tác, số quyết định, ngày hiệu lực và tổ chức)."));
					continue;
				}
				if (row.operation() == RestructuringOperation.MERGE && !recorded.contains(row.key())
						&& !checkMergeTarget(row)) {
					continue;
				}
				valid.add(row);
			}
			restructuringRows.clear();
			restructuringRows.addAll(valid);
		}

		/** A merge target is existing or created; a created one needs its name, type and (unless a province) parent. */
		private boolean checkMergeTarget(RestructuringRow row) {
			String target = row.targetCode();
			boolean exists = inDatabase.containsKey(target) || codesInFile.containsKey(target)
					|| newTargets.contains(target);
			long errorsBefore = report.errorCount();
			if (exists) {
				for (String column : OrganizationFiles.NEW_TARGET_COLUMNS) {
					if (cell(row, column) != null) {
						report.add(error(row, column, "Tổ chức nhận sáp nhập " + target
								+ " đã có nên không được tạo mới; hãy để trống new_name, new_type, new_parent_code."));
					}
				}
			}
			else {
				newTargets.add(target);
				creatingRows.add(row.line());
				for (String column : OrganizationFiles.NEW_TARGET_COLUMNS) {
					boolean rootProvince = column.equals("new_parent_code")
							&& row.newType() == OrganizationType.PROVINCE;
					if (cell(row, column) == null && !rootProvince) {
						report.add(error(row, column, "Tổ chức nhận sáp nhập " + target
								+ " chưa có nên sẽ được tạo mới: cần new_name, new_type và new_parent_code"
								+ " (new_parent_code để trống chỉ khi new_type là PROVINCE)."));
					}
				}
				if (report.errorCount() > errorsBefore) {
					failed.add(target);
				}
			}
			return report.errorCount() == errorsBefore;
		}

		private void checkOrganizations() {
			List<OrganizationRow> toEstablish = new ArrayList<>();
			for (OrganizationRow row : organizationRows) {
				EstablishedOrganization existing = inDatabase.get(row.code());
				if (existing != null) {
					List<ImportError> differences = differences(row, existing);
					if (differences.isEmpty()) {
						report.countAlreadyPresent(OrganizationFiles.ORGANIZATIONS.fileName());
					}
					else {
						differences.forEach(report::add);
						failed.add(row.code());
					}
					continue;
				}
				String parent = row.parentCode();
				if (parent != null && !codesInFile.containsKey(parent) && !inDatabase.containsKey(parent)
						&& !newTargets.contains(parent)) {
					report.add(error(row, "parent_code", "Không có tổ chức mã " + parent
							+ " trong organizations.csv, trong cơ sở dữ liệu, hay được tạo khi sáp nhập trong restructurings.csv."));
					failed.add(row.code());
					continue;
				}
				toEstablish.add(row);
			}
			organizationRows.clear();
			organizationRows.addAll(toEstablish);
		}

		/** An organization already in the database must have been established exactly as the row says. */
		private List<ImportError> differences(OrganizationRow row, EstablishedOrganization existing) {
			List<ImportError> errors = new ArrayList<>();
			String already = "Tổ chức " + row.code() + " đã có trong cơ sở dữ liệu với ";
			if (!existing.name().equals(row.name())) {
				errors.add(error(row, "name", already + "tên \"" + existing.name() + "\"."));
			}
			if (existing.type() != row.type()) {
				errors.add(error(row, "type", already + "loại " + existing.type() + "."));
			}
			if (existing.field() != row.field()) {
				errors.add(error(row, "field", already + "lĩnh vực " + existing.field() + "."));
			}
			if (!Objects.equals(existing.parentCode(), row.parentCode())) {
				errors.add(error(row, "parent_code", already + (existing.parentCode() == null
						? "không có tổ chức cấp trên." : "tổ chức cấp trên " + existing.parentCode() + ".")));
			}
			if (!existing.establishedOn().equals(row.establishedOn())) {
				errors.add(error(row, "established_on", already + "ngày thành lập " + existing.establishedOn() + "."));
			}
			return errors;
		}

		// ---- applying

		/**
		 * Establishes the organizations, each as soon as its parent is there, taking the earliest row in the file
		 * first: a file already written parents first (as export writes it) is established in its own order, so that
		 * exporting again lists the organizations in the same order. An organization under a merge target that
		 * restructurings.csv creates waits for that merge.
		 */
		private void establishOrganizations() {
			PriorityQueue<Integer> ready = new PriorityQueue<>();
			for (int i = 0; i < organizationRows.size(); i++) {
				String parent = organizationRows.get(i).parentCode();
				if (parent == null || inDatabase.containsKey(parent)) {
					ready.add(i);
				}
				else {
					waiting.computeIfAbsent(parent, p -> new ArrayList<>()).add(i);
				}
			}
			// checked one by one by the rules of an establishment, written together (COPY)
			EstablishmentBatch batch = restructurings.establishmentBatch(RECORDED_BY);
			establish(ready, batch);
			batch.write();
		}

		/**
		 * Establishes the ready rows and, as each is established, the rows waiting for it: into the batch, or one by
		 * one when {@code batch} is null (those under a merge target, once the merge created it).
		 */
		private void establish(PriorityQueue<Integer> ready, EstablishmentBatch batch) {
			while (!ready.isEmpty()) {
				OrganizationRow row = organizationRows.get(ready.poll());
				Decision decision = new Decision(UNKNOWN_DECISION_NO, row.establishedOn(), null);
				var command = new EstablishOrganization(row.code(), row.name(), row.type(), row.field(),
						row.parentCode(), row.establishedOn(), decision);
				if (batch == null ? apply(command, row) : add(batch, command, row)) {
					report.countImported(OrganizationFiles.ORGANIZATIONS.fileName());
					if (++established % PROGRESS_EVERY == 0) {
						progress.accept(OrganizationFiles.ORGANIZATIONS.fileName() + ": " + established + "/"
								+ organizationRows.size() + " tổ chức");
					}
					ready.addAll(waiting.getOrDefault(row.code(), List.of()));
					waiting.remove(row.code());
				}
				else {
					failed.add(row.code());
				}
			}
		}

		/**
		 * Applies the rows in file order: each in a savepoint of its own, but a run of moves, or of renames and changes
		 * of type, with nothing else between them (the thousands of a reorganization's day) checked row by row and
		 * written together.
		 */
		private void applyRestructurings() {
			List<RestructuringRow> run = new ArrayList<>();
			for (RestructuringRow row : restructuringRows) {
				if (recorded.contains(row.key())) {
					report.countAlreadyPresent(OrganizationFiles.RESTRUCTURINGS.fileName());
					continue;
				}
				boolean createsTarget = row.operation() == RestructuringOperation.MERGE
						&& creatingRows.contains(row.line());
				if (row.codes().stream().anyMatch(failed::contains)) {
					if (createsTarget) {
						failed.add(row.targetCode());
					}
					continue;
				}
				if (batched(row.operation())) {
					if (!run.isEmpty() && !sameBatch(run.get(0).operation(), row.operation())) {
						applyRun(run);
					}
					run.add(row);
					continue;
				}
				applyRun(run);
				if (!apply(command(row), row)) {
					if (createsTarget) {
						failed.add(row.targetCode());
					}
					continue;
				}
				countRestructured();
				if (createsTarget) {
					PriorityQueue<Integer> ready = new PriorityQueue<>(waiting.getOrDefault(row.targetCode(), List.of()));
					waiting.remove(row.targetCode());
					establish(ready, null);
				}
			}
			applyRun(run);
		}

		/** Applies a run of moves, or of renames and changes of type, together (a refused row is reported); empties it. */
		private void applyRun(List<RestructuringRow> rows) {
			if (rows.isEmpty()) {
				return;
			}
			List<String> codes = rows.stream().flatMap(row -> row.codes().stream()).toList();
			RestructuringBatch batch = rows.get(0).operation() == RestructuringOperation.MOVE
					? restructurings.moveBatch(codes, RECORDED_BY)
					: restructurings.attributeChangeBatch(codes, RECORDED_BY);
			for (RestructuringRow row : rows) {
				try {
					batch.add(command(row));
					countRestructured();
				}
				catch (RestructuringRefusedException refused) {
					report.add(new ImportError(OrganizationFiles.RESTRUCTURINGS.fileName(), row.line(),
							restructuringColumn(row.operation()).apply(refused.field()), refused.getMessage()));
				}
			}
			batch.write();
			rows.clear();
		}

		/** Moves run together; renames and changes of type run together; nothing else runs in a batch. */
		private static boolean batched(RestructuringOperation operation) {
			return operation == RestructuringOperation.MOVE || operation == RestructuringOperation.RENAME
					|| operation == RestructuringOperation.CHANGE_TYPE;
		}

		private static boolean sameBatch(RestructuringOperation first, RestructuringOperation next) {
			return (first == RestructuringOperation.MOVE) == (next == RestructuringOperation.MOVE);
		}

		private void countRestructured() {
			report.countImported(OrganizationFiles.RESTRUCTURINGS.fileName());
			if (++restructured % PROGRESS_EVERY == 0) {
				progress.accept(OrganizationFiles.RESTRUCTURINGS.fileName() + ": " + restructured + "/"
						+ restructuringRows.size() + " thay đổi");
			}
		}

		private RestructuringCommand command(RestructuringRow row) {
			Decision decision = new Decision(row.decisionNo(), row.decisionDate(), null);
			String subject = row.subjectCodes().get(0);
			LocalDate on = row.effectiveOn();
			return switch (row.operation()) {
				case RENAME -> new RenameOrganization(subject, row.newName(), on, decision);
				case MOVE -> new MoveOrganization(subject, row.newParentCode(), on, decision);
				case CHANGE_TYPE -> new ChangeOrganizationType(subject, row.newType(), on, decision);
				case DISSOLVE -> new DissolveOrganization(subject, on, decision);
				case MERGE -> {
					if (!creatingRows.contains(row.line())) {
						yield new MergeOrganizations(row.subjectCodes(), row.targetCode(), null, null, on, decision);
					}
					// the file gives no field for a created target: it works in the field of the first subject
					OrganizationField field = organizations.find(subject, on)
						.map(OrganizationView::field)
						.orElse(OrganizationField.OTHER);
					yield new MergeOrganizations(row.subjectCodes(), row.targetCode(),
							new NewOrganization(row.targetCode(), row.newName(), row.newType(), field),
							row.newParentCode(), on, decision);
				}
				default -> throw new IllegalStateException("not a restructurings.csv operation: " + row.operation());
			};
		}

		private boolean apply(RestructuringCommand command, RestructuringRow row) {
			return apply(command, OrganizationFiles.RESTRUCTURINGS.fileName(), row.line(),
					restructuringColumn(row.operation()));
		}

		private boolean apply(EstablishOrganization command, OrganizationRow row) {
			return apply(command, OrganizationFiles.ORGANIZATIONS.fileName(), row.line(),
					OrganizationTreeImport::organizationColumn);
		}

		/** Adds the establishment to the batch; a refusal becomes an error of the row, as {@link #apply} makes it. */
		private boolean add(EstablishmentBatch batch, EstablishOrganization command, OrganizationRow row) {
			try {
				batch.add(command);
				return true;
			}
			catch (RestructuringRefusedException refused) {
				report.add(new ImportError(OrganizationFiles.ORGANIZATIONS.fileName(), row.line(),
						organizationColumn(refused.field()), refused.getMessage()));
				return false;
			}
		}

		/** Applies the command in a savepoint; a refusal becomes an error of the row, in the column it concerns. */
		private boolean apply(RestructuringCommand command, String file, long line, Function<String, String> column) {
			try {
				savepoint.executeWithoutResult(status -> restructurings.applyImported(command, RECORDED_BY));
				return true;
			}
			catch (RestructuringRefusedException refused) {
				report.add(new ImportError(file, line, column.apply(refused.field()), refused.getMessage()));
				return false;
			}
		}

		/**
		 * Organizations still waiting for a parent that never came: under a row that failed (already reported), or
		 * in a loop of parents within the file.
		 */
		private void reportUnreachable() {
			List<OrganizationRow> left = waiting.values()
				.stream()
				.flatMap(List::stream)
				.sorted()
				.map(organizationRows::get)
				.toList();
			boolean spread = true;
			while (spread) {
				spread = false;
				for (OrganizationRow row : left) {
					if (failed.contains(row.parentCode()) && failed.add(row.code())) {
						spread = true;
					}
				}
			}
			for (OrganizationRow row : left) {
				if (!failed.contains(row.code())) {
					report.add(error(row, "parent_code", "Tổ chức cấp trên " + row.parentCode()
							+ " không được lập trước tổ chức này: các tổ chức trong tệp trực thuộc lẫn nhau thành vòng."));
				}
			}
		}

		private ImportError error(OrganizationRow row, String column, String reason) {
			return new ImportError(OrganizationFiles.ORGANIZATIONS.fileName(), row.line(), column, reason);
		}

		private ImportError error(RestructuringRow row, String column, String reason) {
			return new ImportError(OrganizationFiles.RESTRUCTURINGS.fileName(), row.line(), column, reason);
		}

	}

	private static String cell(RestructuringRow row, String column) {
		return switch (column) {
			case "new_name" -> row.newName();
			case "new_type" -> row.newType() == null ? null : row.newType().name();
			case "new_parent_code" -> row.newParentCode();
			default -> throw new IllegalArgumentException(column);
		};
	}

	/** The column of organizations.csv that a refusal of an establishment concerns. */
	private static String organizationColumn(String field) {
		return "parentCode".equals(field) ? "parent_code" : "code";
	}

	/** The column of restructurings.csv that a refusal concerns (the command's field names are the form's). */
	private static Function<String, String> restructuringColumn(RestructuringOperation operation) {
		return field -> switch (field == null ? "" : field) {
			case "code", "subjectCodes" -> "subject_codes";
			case "targetCode" -> "target_code";
			case "newName" -> "new_name";
			case "newType" -> "new_type";
			case "newParentCode", "parentCode" -> "new_parent_code";
			case "effectiveOn" -> "effective_on";
			default -> operation == RestructuringOperation.MERGE ? "target_code" : "subject_codes";
		};
	}

}
