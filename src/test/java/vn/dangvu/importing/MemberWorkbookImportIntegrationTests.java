package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.dangvu.common.Decision;
import vn.dangvu.common.web.CallerScope;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.Organizations;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.Restructurings;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MemberWorkbookImportIntegrationTests {

	static final String[] GOOD = { "XL001", "Trần Thị Hoa", "Nữ", "15/04/1990", "Kinh", "", "12/12", "Đại học", "Sơ cấp",
			"", "", "XL.C", "12-QĐ/ĐU", "02/03/2015", "20/03/2015", "20/03/2016" };

	static final String[] BAD = { "XL002", "Lê Văn Hùng", "Ông", "31/02/1990", "Kinh", "", "", "Tiến sỹ", "", "", "",
			"XL.C", "", "", "20/03/2015", "" };

	static final String[] YOUNG = { "XL003", "Phạm Minh Tú", "Nam", "01/01/2000", "Kinh", "", "", "", "", "", "",
			"KHONGCO", "", "01/03/2015", "10/03/2015", "" };

	@Autowired
	MemberWorkbookImport imports;

	@Autowired
	MemberRoster roster;

	@Autowired
	Restructurings restructurings;

	@Autowired
	Organizations organizations;

	@BeforeEach
	void tree() {
		if (!organizations.exists("XL")) {
			LocalDate start = LocalDate.of(1990, 1, 1);
			Decision d = new Decision("1", start, null);
			restructurings.apply(new EstablishOrganization("XL", "Đảng bộ tỉnh Xuân Lộc", OrganizationType.PROVINCE,
					OrganizationField.OTHER, null, start, d), "t");
			restructurings.apply(new EstablishOrganization("XL.C", "Chi bộ ấp Một", OrganizationType.GRASSROOTS_CELL,
					OrganizationField.COMMUNE, "XL", start, d), "t");
		}
	}

	@Test
	void previewsEveryBadRowAndImportsOnlyTheGoodOnesWhenAsked() {
		byte[] file = MemberWorkbookFixtures.workbook(GOOD, BAD, YOUNG);

		MemberWorkbookImport.Preview preview = imports.preview(file, "ds.xlsx", CallerScope.everything());

		assertThat(preview.valid()).isEqualTo(1);
		assertThat(preview.invalid()).isEqualTo(2);
		assertThat(preview.rows().get(1).errors()).extracting(ImportError::toString)
			.containsExactlyInAnyOrder("ds.xlsx:3: Giới tính (Nam/Nữ): Giới tính phải là Nam hoặc Nữ.",
					"ds.xlsx:3: Ngày sinh (dd/MM/yyyy): Ngày không hợp lệ: \"31/02/1990\" (cần dạng dd/MM/yyyy, ví dụ 31/01/2020).",
					"ds.xlsx:3: Trình độ chuyên môn: Giá trị không hợp lệ: \"Tiến sỹ\"; dùng một trong: cao đẳng, chưa qua đào tạo, "
							+ "thạc sĩ, tiến sĩ, trung cấp, đại học.");
		assertThat(preview.rows().get(2).errors()).extracting(ImportError::toString)
			.anySatisfy(e -> assertThat(e).startsWith("ds.xlsx:4: Mã chi bộ kết nạp:").contains("KHONGCO"))
			.anySatisfy(e -> assertThat(e).startsWith("ds.xlsx:4: Ngày quyết định kết nạp:").contains("16 tuổi"));
		assertThat(roster.find("XL001", LocalDate.now())).isEmpty(); // the preview writes nothing

		assertThatThrownBy(() -> imports.commit(file, "ds.xlsx", false, CallerScope.everything()))
			.isInstanceOf(IllegalStateException.class);
		assertThat(roster.find("XL001", LocalDate.now())).isEmpty();

		MemberWorkbookImport.Imported done = imports.commit(file, "ds.xlsx", true, CallerScope.everything());
		assertThat(done).isEqualTo(new MemberWorkbookImport.Imported(1, 2, 2));
		assertThat(roster.find("XL001", LocalDate.of(2020, 1, 1)).orElseThrow().status()).isEqualTo(MemberStatus.OFFICIAL);
		assertThat(roster.find("XL002", LocalDate.now())).isEmpty();
	}

	/**
	 * An officer of one cell imports into that cell only: the organization of a row is in a cell of the workbook,
	 * where the guard of the request does not look.
	 */
	@Test
	void refusesRowsOutsideTheCallersScope() {
		if (!organizations.exists("XL.D")) {
			LocalDate start = LocalDate.of(1990, 1, 1);
			restructurings.apply(new EstablishOrganization("XL.D", "Chi bộ ấp Hai", OrganizationType.GRASSROOTS_CELL,
					OrganizationField.COMMUNE, "XL", start, new Decision("2", start, null)), "t");
		}
		String[] inScope = GOOD.clone();
		inScope[0] = "XS001";
		String[] outside = GOOD.clone();
		outside[0] = "XS002";
		outside[11] = "XL.D";
		byte[] file = MemberWorkbookFixtures.workbook(inScope, outside);

		MemberWorkbookImport.Preview preview = imports.preview(file, "ds.xlsx", cellOfficer("XL.C"));

		assertThat(preview.rows().get(0).errors()).isEmpty();
		assertThat(preview.rows().get(1).errors()).extracting(ImportError::toString)
			.containsExactly("ds.xlsx:3: Mã chi bộ kết nạp: Tổ chức XL.D nằm ngoài phạm vi được giao cho tài khoản của bạn.");
		assertThatThrownBy(() -> imports.commit(file, "ds.xlsx", false, cellOfficer("XL.C")))
			.isInstanceOf(IllegalStateException.class);
		assertThat(imports.commit(file, "ds.xlsx", true, cellOfficer("XL.C")).files()).isEqualTo(1);
		assertThat(roster.find("XS002", LocalDate.now())).isEmpty();

		// a recorded member of another cell is not changed by a row that admits them into one's own
		String[] again = outside.clone();
		again[11] = "XL.C";
		imports.commit(MemberWorkbookFixtures.workbook(outside), "ds.xlsx", false, CallerScope.everything());
		assertThat(imports.preview(MemberWorkbookFixtures.workbook(again), "ds.xlsx", cellOfficer("XL.C"))
			.rows()
			.get(0)
			.errors()).extracting(ImportError::toString)
			.contains("ds.xlsx:2: Số hồ sơ: Hồ sơ XS002 đã có và nằm ngoài phạm vi được giao cho tài khoản của bạn.");
	}

	/** The scope of an officer of one cell: its members and nothing else. */
	static CallerScope cellOfficer(String cell) {
		return new CallerScope() {

			@Override
			public boolean unrestricted() {
				return false;
			}

			@Override
			public java.util.Optional<String> homeOrganization() {
				return java.util.Optional.of(cell);
			}

			@Override
			public boolean mayWriteOrganization(String code) {
				return cell.equals(code);
			}

			@Override
			public boolean mayWriteMember(String memberNo) {
				return memberNo.startsWith("XS001");
			}

		};
	}

}
