package vn.dangvu.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import vn.dangvu.importing.InterchangeCsv.RowWriter;
import vn.dangvu.importing.SyntheticMembers.GeneratedMember;
import vn.dangvu.importing.SyntheticTree.ProvinceTree;
import vn.dangvu.member.LedgerEvent;

/**
 * Writes the four interchange files of a synthetic party organization (INTERCHANGE.md): the tree and its history
 * first, then the members, one grassroots organization at a time straight to disk, so that memory stays the same
 * whatever the scale. The same scale and seed give byte-identical files.
 */
final class SyntheticParty {

	/** What was written. */
	record Summary(int organizations, int restructurings, long members, long events) {
	}

	private SyntheticParty() {
	}

	static Summary write(SyntheticScale scale, long seed, Path dir, Consumer<String> progress) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Không tạo được thư mục " + dir + ": " + ex.getMessage(), ex);
		}
		progress.accept("Đang lập cây tổ chức (" + scale.name() + ", hạt giống " + seed + ")…");
		SyntheticTree tree = SyntheticTree.plan(scale, seed);
		List<OrganizationRow> organizations = tree.organizationRows();
		OrganizationFiles.write(dir, organizations, tree.restructuringRows());
		progress.accept("Đã ghi " + organizations.size() + " tổ chức và " + tree.restructuringRows().size()
				+ " thay đổi; đang tạo đảng viên…");

		int grassrootsTotal = tree.provinces().stream().mapToInt(p -> p.grassroots.size()).sum();
		int done = 0;
		int nextReport = 5;
		long members = 0;
		long events = 0;
		try (RowWriter memberRows = InterchangeCsv.open(dir.resolve(MemberFiles.MEMBERS.fileName()),
				MemberFiles.MEMBERS);
				RowWriter eventRows = InterchangeCsv.open(dir.resolve(MemberFiles.EVENTS.fileName()),
						MemberFiles.EVENTS)) {
			for (ProvinceTree province : tree.provinces()) {
				SyntheticMembers generator = new SyntheticMembers(province, seed);
				for (SyntheticOrganization grassroots : province.grassroots) {
					for (GeneratedMember member : generator.of(grassroots)) {
						memberRows.write(member.cells());
						for (LedgerEvent event : member.events()) {
							eventRows.write(MemberFiles.eventRow(member.memberNo(), event));
						}
						members++;
						events += member.events().size();
					}
					done++;
					if (done * 100L >= (long) nextReport * grassrootsTotal) {
						progress.accept("Đảng viên: " + (done * 100L / grassrootsTotal) + " % (" + done + "/"
								+ grassrootsTotal + " tổ chức cơ sở, " + members + " đảng viên, " + events + " sự kiện)");
						nextReport = (int) (done * 100L / grassrootsTotal) / 5 * 5 + 5;
					}
				}
			}
		}
		return new Summary(organizations.size(), tree.restructuringRows().size(), members, events);
	}

}
