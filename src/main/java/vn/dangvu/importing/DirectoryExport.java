package vn.dangvu.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.member.MemberHistories;
import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.organization.Organizations;

/**
 * Exports the tree into organizations.csv and restructurings.csv (INTERCHANGE.md), so that importing them into an
 * empty database and exporting again gives the same files.
 */
@Service
public class DirectoryExport {

	private final Organizations organizations;

	private final MemberHistories memberHistories;

	private final ApplicationEventPublisher events;

	DirectoryExport(Organizations organizations, MemberHistories memberHistories, ApplicationEventPublisher events) {
		this.organizations = organizations;
		this.memberHistories = memberHistories;
		this.events = events;
	}

	/**
	 * Writes the files into the folder. With {@code orgCode}, only the organizations that were ever in that
	 * organization's subtree and the restructurings that name one of them; the rows keep their codes as they are, so
	 * the top organization's parent and the ends of moves from or to outside the subtree are named but not included.
	 *
	 * @throws OrganizationNotFoundException when there is no organization {@code orgCode}
	 */
	// one snapshot for both files, however long the export takes
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ExportSummary export(Path dir, String orgCode) {
		RecordedTree tree = RecordedTree.read(organizations);
		List<OrganizationRow> organizationRows = tree.organizations();
		List<RestructuringRow> restructuringRows = tree.restructurings();
		Set<String> codes = orgCode == null ? null : everInSubtree(orgCode, tree);
		if (codes != null) {
			organizationRows = organizationRows.stream().filter(o -> codes.contains(o.code())).toList();
			restructuringRows = restructuringRows.stream()
				.filter(r -> r.codes().stream().anyMatch(codes::contains))
				.toList();
		}
		OrganizationFiles.write(dir, organizationRows, restructuringRows);
		int[] counts = new int[2];
		try (InterchangeCsv.RowWriter files = InterchangeCsv.open(dir.resolve(MemberFiles.MEMBERS.fileName()),
				MemberFiles.MEMBERS);
				InterchangeCsv.RowWriter eventRows = InterchangeCsv.open(dir.resolve(MemberFiles.EVENTS.fileName()),
						MemberFiles.EVENTS)) {
			memberHistories.export(codes, history -> {
				files.write(MemberFiles.memberRow(history.file()));
				counts[0]++;
				for (var event : history.events()) {
					eventRows.write(MemberFiles.eventRow(history.file().memberNo(), event));
					counts[1]++;
				}
			});
		}
		ExportSummary summary = new ExportSummary(organizationRows.size(), restructuringRows.size(), counts[0],
				counts[1]);
		events.publishEvent(new DirectoryExported(dir.toAbsolutePath().normalize().toString(), orgCode, summary));
		return summary;
	}

	/** Everything that was ever in the subtree, at any date (one closure-table query). */
	private Set<String> everInSubtree(String orgCode, RecordedTree tree) {
		if (!tree.establishedByCode().containsKey(orgCode)) {
			throw OrganizationNotFoundException.forCode(orgCode);
		}
		return organizations.codesEverInSubtree(orgCode);
	}

}
