package vn.dangvu.member.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

import vn.dangvu.MockMvcSecurityContext;
import vn.dangvu.common.Decision;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberEventView;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.MemberView;
import vn.dangvu.member.Members;
import vn.dangvu.member.PoliticalTheory;
import vn.dangvu.member.ProfessionalLevel;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.RestructuringCommand.RenameOrganization;
import vn.dangvu.organization.Restructurings;

/**
 * The member pages through MockMvc: the list with its filters, paging and Excel export, the header search, the
 * member's page, recording and voiding events, the member file form. Each test builds a tree of its own codes through
 * {@link Restructurings} and members through {@link Members}, so the tests share the class's database. Synthetic names.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MockMvcSecurityContext.class)
@WithMockUser(username = "canbo.tochuc", roles = "ADMIN")
class MemberWebTests {

	static final LocalDate START = LocalDate.of(2000, 1, 1);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	@Autowired
	MemberRoster roster;

	@Autowired
	ConfigurableTransactionManager transactions;

	/** A province {@code p} with a ward committee and two cells under it. */
	void tree(String p) {
		Decision d = new Decision("1-QĐ/TU", START, null);
		restructurings.apply(new EstablishOrganization(p, "Đảng bộ tỉnh Thử Nghiệm " + p, OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, START, d), "test");
		restructurings.apply(new EstablishOrganization(p + ".W", "Đảng bộ phường An Hòa " + p,
				OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD, p, START, d), "test");
		restructurings.apply(new EstablishOrganization(p + ".W.C1", "Chi bộ khu phố 1", OrganizationType.CELL,
				OrganizationField.RESIDENTIAL, p + ".W", START, d), "test");
		restructurings.apply(new EstablishOrganization(p + ".W.C2", "Chi bộ khu phố 2", OrganizationType.CELL,
				OrganizationField.RESIDENTIAL, p + ".W", START, d), "test");
	}

	static MemberFile file(String no, String name, Gender gender, String ethnicity) {
		return new MemberFile(no, name, gender, LocalDate.of(1990, 4, 1), ethnicity, null, "12/12",
				ProfessionalLevel.BACHELOR, PoliticalTheory.ELEMENTARY, null, null, null, null, null, null);
	}

	/** Admitted in the cell: ceremony 20/03/2015 on the decision of 02/03/2015. */
	void admitted(String no, String cell) {
		members.record(no, new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2015, 3, 20), cell, "12-QĐ/ĐU",
				LocalDate.of(2015, 3, 2), null), "canbo");
	}

	void recognized(String no) {
		members.record(no, new LedgerEvent(MemberEventType.RECOGNIZED, LocalDate.of(2016, 3, 20), null, "5-QĐ/ĐU",
				LocalDate.of(2016, 3, 25), null), "canbo");
	}

	/** Six members of {@code p}: three women (one Khmer), three men, in cells 1 and 2. */
	void sixMembers(String p) {
		tree(p);
		String[][] people = { { "1", "Trần Văn Bình", "MALE", "Kinh" }, { "2", "Nguyễn Thị Ánh", "FEMALE", "Kinh" },
				{ "3", "Lê Văn An", "MALE", "Kinh" }, { "4", "Đặng Thị An", "FEMALE", "Khmer" },
				{ "5", "Phạm Minh Đức", "MALE", "Kinh" }, { "6", "Hoàng Thị Dung", "FEMALE", "Kinh" } };
		for (String[] m : people) {
			String no = p + "-00" + m[0];
			members.register(file(no, m[1], Gender.valueOf(m[2]), m[3]));
			admitted(no, p + ".W.C" + (Integer.parseInt(m[0]) % 2 + 1));
		}
	}

	MockMvcRequestBuilder event(String memberNo, String type, String effectiveOn) {
		return mvc.post().uri("/members/{no}/events", memberNo).with(csrf()).param("type", type)
			.param("effectiveOn", effectiveOn);
	}

	@Test
	void listsTheMembersOfASubtreeInVietnameseNameOrder() {
		sixMembers("L");
		members.register(file("LX-001", "Ngô Văn Khác", Gender.MALE, "Kinh"));

		assertThat(mvc.get().uri("/members?org=L&asOf=2020-01-01")).hasStatusOk()
			.hasViewName("member/list")
			.bodyText()
			.contains("Danh sách đảng viên — Đảng bộ tỉnh Thử Nghiệm L", ": 6 người.")
			.containsSubsequence("Đặng Thị An", "Lê Văn An", "Nguyễn Thị Ánh", "Trần Văn Bình", "Hoàng Thị Dung",
					"Phạm Minh Đức")
			.contains("01/04/1990", "Đảng viên dự bị", "Chi bộ khu phố 1", "Khmer", "Nữ")
			.doesNotContain("Ngô Văn Khác");
		// before the ceremony there was no member yet
		assertThat(mvc.get().uri("/members?org=L&asOf=2015-03-19")).hasStatusOk()
			.bodyText()
			.contains("Không có ai khớp với bộ lọc.");
		// sorted by file number
		assertThat(mvc.get().uri("/members?org=L&asOf=2020-01-01&sort=MEMBER_NO")).hasStatusOk()
			.bodyText()
			.containsSubsequence("Trần Văn Bình", "Nguyễn Thị Ánh", "Lê Văn An", "Đặng Thị An");
	}

	@Test
	void filtersAndPagesWithLinksThatKeepTheFilters() {
		sixMembers("F");
		assertThat(mvc.get().uri("/members?org=F&asOf=2020-01-01&gender=FEMALE")).hasStatusOk()
			.bodyText()
			.containsSubsequence("Đặng Thị An", "Nguyễn Thị Ánh", "Hoàng Thị Dung")
			.doesNotContain("Trần Văn Bình", "Lê Văn An", "Phạm Minh Đức");
		assertThat(mvc.get().uri("/members?org=F&asOf=2020-01-01&ethnicMinority=true")).hasStatusOk()
			.bodyText()
			.contains("Đặng Thị An")
			.doesNotContain("Nguyễn Thị Ánh");
		assertThat(mvc.get().uri("/members?org=F.W.C1&asOf=2020-01-01&q=nguyen")).hasStatusOk()
			.bodyText()
			.contains("Nguyễn Thị Ánh")
			.doesNotContain("Đặng Thị An");

		assertThat(mvc.get().uri("/members?org=F&asOf=2020-01-01&size=4&page=1")).hasStatusOk()
			.bodyText()
			.contains("Hoàng Thị Dung", "Phạm Minh Đức", "Dòng 5–6 trong 6")
			.doesNotContain("Trần Văn Bình");
		// the links to the other pages keep every filter
		assertThat(mvc.get().uri("/members?org=F&asOf=2020-01-01&gender=FEMALE&size=2")).hasStatusOk()
			.bodyText()
			.contains("Dòng 1–2 trong 3")
			.contains("href=\"/members?org=F&amp;asOf=2020-01-01&amp;gender=FEMALE&amp;page=1&amp;size=2\"")
			.contains("href=\"/members/export.xlsx?org=F&amp;asOf=2020-01-01&amp;gender=FEMALE\"");
	}

	@Test
	void answersOnlyTheResultsToHtmxAndRefusesAFilterNoFormSends() {
		sixMembers("H");
		assertThat(mvc.get().uri("/members?org=H&asOf=2020-01-01&sort=BIRTH_DATE").header("HX-Request", "true"))
			.hasStatusOk()
			.bodyText()
			.startsWith("<section id=\"results\"")
			.contains("Đặng Thị An")
			.doesNotContain("<html");
		assertThat(mvc.get().uri("/members?status=NOBODY")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/members?org=KHONG.CO")).hasStatusOk()
			.bodyText()
			.contains("Không có tổ chức mã KHONG.CO vào ngày");
	}

	@Test
	void exportsExactlyTheFilteredListAsAnExcelWorkbook() throws IOException {
		sixMembers("X");
		MvcTestResult result = mvc.get().uri("/members/export.xlsx?org=X&asOf=2020-01-01&gender=FEMALE").exchange();
		assertThat(result).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			.hasHeader("Content-Disposition", "attachment; filename=\"danh-sach-dang-vien-X-2020-01-01.xlsx\"");
		byte[] xlsx = result.getResponse().getContentAsByteArray();
		assertThat(new String(xlsx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
		assertThat(text(xlsx))
			.contains("Danh sách đảng viên — Đảng bộ tỉnh Thử Nghiệm X (X) — tại ngày 01/01/2020")
			.contains("Người xuất: canbo.tochuc; lúc ")
			.contains("Số hồ sơ", "Họ và tên", "Ngày sinh", "Tình trạng", "Tổ chức đảng")
			.containsSubsequence("Đặng Thị An", "Nguyễn Thị Ánh", "Hoàng Thị Dung")
			.doesNotContain("Trần Văn Bình", "Lê Văn An");
	}

	@Autowired
	MemberListWorkbook workbook;

	/**
	 * Every cell of the rows, read as Excel reads them: the numbers and names, and each birth date a date shown
	 * dd/mm/yyyy, in rows written out one by one (a piece of the list at a time, the last piece partly filled).
	 */
	@Test
	void exportsEachMemberAsARowOfCells() throws IOException {
		sixMembers("XC");
		workbook.flushEvery = 2;
		byte[] xlsx;
		try {
			xlsx = mvc.get().uri("/members/export.xlsx?org=XC&asOf=2020-01-01").exchange().getResponse()
				.getContentAsByteArray();
		}
		finally {
			workbook.flushEvery = MemberListWorkbook.FLUSH;
		}
		List<List<String>> rows = new java.util.ArrayList<>();
		try (ReadableWorkbook read = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx),
				new ReadingOptions(true, false))) {
			read.getFirstSheet().openStream().skip(MemberListWorkbook.HEADER + 1).forEach(row -> {
				Cell birth = row.getCell(MemberListWorkbook.BIRTH_DATE);
				rows.add(List.of(row.getCell(0).asString(), row.getCell(1).asString(), row.getCell(2).asString(),
						birth.asDate().toLocalDate().toString(), birth.getDataFormatString(), row.getCell(8).asString()));
			});
		}
		assertThat(rows).containsExactly(
				List.of("XC-004", "Đặng Thị An", "Nữ", "1990-04-01", "dd/mm/yyyy", "Chi bộ khu phố 1"),
				List.of("XC-003", "Lê Văn An", "Nam", "1990-04-01", "dd/mm/yyyy", "Chi bộ khu phố 2"),
				List.of("XC-002", "Nguyễn Thị Ánh", "Nữ", "1990-04-01", "dd/mm/yyyy", "Chi bộ khu phố 1"),
				List.of("XC-001", "Trần Văn Bình", "Nam", "1990-04-01", "dd/mm/yyyy", "Chi bộ khu phố 2"),
				List.of("XC-006", "Hoàng Thị Dung", "Nữ", "1990-04-01", "dd/mm/yyyy", "Chi bộ khu phố 1"),
				List.of("XC-005", "Phạm Minh Đức", "Nam", "1990-04-01", "dd/mm/yyyy", "Chi bộ khu phố 2"));
	}

	/** A list longer than an Excel sheet holds is refused before the download begins, with the way back to it. */
	@Test
	void refusesToExportAListLongerThanASheet() {
		sixMembers("XL");
		workbook.mostMembers = 2;
		try {
			// the list offers no export and says why
			assertThat(mvc.get().uri("/members?org=XL&asOf=2020-01-01&gender=FEMALE")).hasStatusOk()
				.bodyText()
				.contains("Dài quá 2 dòng, không xuất được Excel: hãy lọc bớt.")
				.doesNotContain("/members/export.xlsx");
			assertThat(mvc.get().uri("/members/export.xlsx?org=XL&asOf=2020-01-01&gender=FEMALE"))
				.hasStatus(422)
				.doesNotContainHeader("Content-Disposition")
				.bodyText()
				.contains("Không xuất được danh sách")
				.contains("Danh sách có 3 đảng viên, nhiều hơn 2 dòng mà một trang tính Excel chứa được.")
				.contains("href=\"/members?org=XL&amp;asOf=2020-01-01&amp;gender=FEMALE\"");
			// within the limit, the same list is exported
			workbook.mostMembers = 3;
			assertThat(mvc.get().uri("/members/export.xlsx?org=XL&asOf=2020-01-01&gender=FEMALE")).hasStatusOk()
				.hasHeader("Content-Disposition", "attachment; filename=\"danh-sach-dang-vien-XL-2020-01-01.xlsx\"");
		}
		finally {
			workbook.mostMembers = MemberListWorkbook.MOST_MEMBERS;
		}
	}

	/**
	 * Every XML part of the workbook, one after the other. Read through the central directory, as Excel does: a
	 * streamed zip leaves the sizes out of its local headers, which {@code ZipInputStream} does not accept.
	 */
	static String text(byte[] xlsx) throws IOException {
		Path file = Files.createTempFile("members", ".xlsx");
		try {
			Files.write(file, xlsx);
			StringBuilder text = new StringBuilder();
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
					text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
				}
			}
			// fastexcel writes every character beyond ASCII as a character reference
			return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);")
				.matcher(text)
				.replaceAll(m -> java.util.regex.Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
		}
		finally {
			Files.delete(file);
		}
	}

	@Test
	void theHeaderSearchSuggestsMembersIgnoringDiacritics() {
		tree("S");
		members.register(file("S-001", "Nguyễn Thị Mỹ Hạnh", Gender.FEMALE, "Kinh"));
		admitted("S-001", "S.W.C1");

		assertThat(mvc.get().uri("/members/search?text=nguyen thi my").header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("Nguyễn Thị Mỹ Hạnh", "S-001", "Chi bộ khu phố 1", "href=\"/members/S-001\"")
			.doesNotContain("<html");
		assertThat(mvc.get().uri("/members/search?text=khong co ai nhu vay").header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("Không tìm thấy ai khớp với “khong co ai nhu vay”.");
		assertThat(mvc.get().uri("/members/search?text=hanh")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/members?q=hanh");
	}

	@Test
	void showsTheFileStatePartyAgeAndTimelineOfAMember() {
		tree("P");
		members.register(new MemberFile("P-001", "Võ Thị Hồng Nhung", Gender.FEMALE, LocalDate.of(1988, 9, 2), "Kinh",
				"Phật giáo", "12/12", ProfessionalLevel.MASTER, PoliticalTheory.INTERMEDIATE, "79001234", "079188001234",
				"Cần Thơ", "Vĩnh Long", "Phường An Hòa", "Giáo viên"));
		admitted("P-001", "P.W.C1");
		recognized("P-001");
		long months = ChronoUnit.MONTHS.between(LocalDate.of(2015, 3, 2), LocalDate.now());

		assertThat(mvc.get().uri("/members/P-001")).hasStatusOk()
			.hasViewName("member/member")
			.bodyText()
			.contains("Võ Thị Hồng Nhung", "Đảng viên chính thức", "Chi bộ khu phố 1", "href=\"/organizations/P.W.C1")
			.contains((months / 12) + " năm " + (months % 12) + " tháng")
			.contains("02/09/1988", "Phật giáo", "Thạc sĩ", "Trung cấp", "79001234", "Cần Thơ", "Giáo viên")
			// the national ID in full: the member page is the one place that shows it, to users in scope
			.contains("079188001234")
			.containsSubsequence("20/03/2015", "Kết nạp", "Số 12-QĐ/ĐU ngày 02/03/2015", "canbo", "20/03/2016",
					"Công nhận đảng viên chính thức", "Số 5-QĐ/ĐU ngày 25/03/2016");
		assertThat(mvc.get().uri("/members/P-001?asOf=2015-06-01")).hasStatusOk()
			.bodyText()
			.contains("Tình trạng tại ngày 01/06/2015", "Đảng viên dự bị", "Chưa tính");
	}

	/** The timeline names each event's organization as it was named on the event's day, its code under the name. */
	@Test
	void theTimelineNamesEachEventsOrganizationOnTheEventsDay() {
		tree("TL");
		members.register(file("TL-001", "Lý Thị Thu", Gender.FEMALE, "Kinh"));
		admitted("TL-001", "TL.W.C1");
		LocalDate renamed = LocalDate.of(2018, 3, 1);
		restructurings.apply(new RenameOrganization("TL.W.C1", "Chi bộ tổ dân phố 1", renamed,
				new Decision("4-QĐ/ĐU", renamed, null)), "test");
		members.record("TL-001", new LedgerEvent(MemberEventType.TRANSFERRED, LocalDate.of(2019, 1, 2), "TL.W.C2",
				null, null, null), "canbo");

		assertThat(mvc.get().uri("/members/TL-001")).hasStatusOk()
			.bodyText()
			.containsSubsequence("20/03/2015", "Kết nạp", "href=\"/organizations/TL.W.C1?asOf=2015-03-20\">Chi bộ khu phố 1</a>",
					"TL.W.C1", "02/01/2019", "href=\"/organizations/TL.W.C2?asOf=2019-01-02\">Chi bộ khu phố 2</a>",
					"TL.W.C2")
			// renamed since the admission: the timeline keeps the name of its day
			.doesNotContain("Chi bộ tổ dân phố 1");
	}

	@Test
	void readsAMemberPageInOneReadOnlyTransaction() {
		tree("RT");
		members.register(file("RT-001", "Lâm Thị Thu", Gender.FEMALE, "Kinh"));
		admitted("RT-001", "RT.W.C1");
		// the transactions the request begins on its own thread (the audit record is written by its writer thread)
		Thread request = Thread.currentThread();
		List<Boolean> begun = new CopyOnWriteArrayList<>();
		TransactionExecutionListener counting = new TransactionExecutionListener() {
			@Override
			public void afterBegin(TransactionExecution transaction, Throwable failure) {
				if (Thread.currentThread() == request) {
					begun.add(transaction.isReadOnly());
				}
			}
		};
		transactions.getTransactionExecutionListeners().add(counting);
		try {
			assertThat(mvc.get().uri("/members/RT-001?asOf=2016-01-01")).hasStatusOk()
				.bodyText()
				.contains("Lâm Thị Thu", "Chi bộ khu phố 1", "Đảng viên dự bị");
		}
		finally {
			transactions.getTransactionExecutionListeners().remove(counting);
		}
		assertThat(begun).containsExactly(true);
	}

	@Test
	void answersAVietnamese404ForAnUnknownMemberNumber() {
		assertThat(mvc.get().uri("/members/KHONG-CO")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Không tìm thấy", "Không có hồ sơ đảng viên số KHONG-CO.", "canbo.tochuc");
		assertThat(mvc.get().uri("/members/KHONG-CO/edit")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void recordsAnAdmissionThenARecognitionThroughTheForm() {
		tree("R");
		members.register(file("R-001", "Lý Thị Thu", Gender.FEMALE, "Kinh"));

		// the page only read shows the link that opens the form, not the form
		String today = LocalDate.now().toString();
		assertThat(mvc.get().uri("/members/R-001")).hasStatusOk()
			.bodyText()
			.contains("<a class=\"button\" href=\"/members/R-001?asOf=" + today + "&amp;newEvent=true#event-form\" "
					+ "hx-get=\"/members/R-001?asOf=" + today + "&amp;newEvent=true\"", "Mở biểu mẫu ghi sự kiện")
			.doesNotContain("<option value=\"ADMITTED\"", "name=\"decisionNo\"");
		// opened, a new file offers only the admission, with the cell and the provincial consent inputs
		assertThat(mvc.get().uri("/members/R-001?newEvent=true")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"ADMITTED\" selected=\"selected\">Kết nạp</option>")
			.doesNotContain("value=\"RECOGNIZED\"", "Mở biểu mẫu ghi sự kiện")
			.contains("Mã tổ chức đảng (chi bộ kết nạp, tổ chức tiếp nhận)", "name=\"provincialConsent\"");

		// recorded, the page again with the form open for the next event
		assertThat(event("R-001", "ADMITTED", "2015-03-20").param("orgCode", "R.W.C1")
			.param("decisionNo", "12-QĐ/ĐU")
			.param("decisionDate", "02/03/2015")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/members/R-001?newEvent=true")
			.flash()
			.containsEntry("done", "Đã ghi: Kết nạp ngày 20/03/2015.");

		// the recognition is offered next, on the end of the 12 months
		assertThat(mvc.get().uri("/members/R-001?newEvent=true")).hasStatusOk()
			.bodyText()
			.contains("Đảng viên dự bị", "<option value=\"RECOGNIZED\" selected=\"selected\">",
					"Ngày đủ 12 tháng dự bị: 20/03/2016 (R-ADM-4).", "value=\"2016-03-20\"");

		assertThat(event("R-001", "RECOGNIZED", "2016-03-20").param("decisionNo", "5-QĐ/ĐU")
			.param("decisionDate", "2016-03-25")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("done", "Đã ghi: Công nhận đảng viên chính thức ngày 20/03/2016.");

		MemberView member = roster.find("R-001", LocalDate.now()).orElseThrow();
		assertThat(member.status()).isEqualTo(MemberStatus.OFFICIAL);
		assertThat(member.orgCode()).isEqualTo("R.W.C1");
		assertThat(member.events()).extracting(MemberEventView::recordedBy).containsOnly("canbo.tochuc");
		assertThat(mvc.get().uri("/members/R-001")).hasStatusOk().bodyText().contains("Đảng viên chính thức");
	}

	@Test
	void showsARefusedFormAgainWithWhatWasPostedAndMarksOnlyTheWrongInputs() {
		tree("Q");
		members.register(file("Q-001", "Trịnh Thị Quyên", Gender.FEMALE, "Kinh"));
		String tooLong = "Q".repeat(101);

		assertThat(event("Q-001", "ADMITTED", "2015-03-20").param("orgCode", tooLong)
			.param("decisionNo", "12-QĐ/ĐU")
			.param("decisionDate", "2015-03-02")).hasStatusOk()
			.hasViewName("member/member")
			.bodyText()
			.contains("Chưa ghi được: hãy xem các mục được đánh dấu.")
			.contains("<input type=\"text\" id=\"orgCode\" name=\"orgCode\" value=\"" + tooLong + "\" class=\"invalid\">")
			.contains("<input type=\"text\" id=\"decisionNo\" name=\"decisionNo\" value=\"12-QĐ/ĐU\">")
			.contains("id=\"decisionDate\" name=\"decisionDate\" value=\"2015-03-02\">");
		assertThat(roster.find("Q-001", LocalDate.now()).orElseThrow().events()).isEmpty();

		// a choice refused by the lifecycle stays chosen; a blank form marks nothing
		admitted("Q-001", "Q.W.C1");
		assertThat(event("Q-001", "BADGE_AWARDED", "2016-01-01").param("badgeYears", "40")).hasStatusOk()
			.bodyText()
			.contains("(LIFECYCLE)", "<option value=\"40\" selected=\"selected\">");
		assertThat(mvc.get().uri("/members/Q-001?newEvent=true")).hasStatusOk()
			.bodyText()
			.contains("name=\"decisionNo\"")
			.doesNotContain("class=\"invalid\"", "field-error", "Chưa ghi được");
	}

	@Test
	void refusesARecognitionBeforeTheEndOfProbationWithTheRuleAndWritesNothing() {
		tree("Y");
		members.register(file("Y-001", "Mai Văn Tùng", Gender.MALE, "Kinh"));
		admitted("Y-001", "Y.W.C1");

		assertThat(event("Y-001", "RECOGNIZED", "2016-03-19")).hasStatusOk()
			.hasViewName("member/member")
			.bodyText()
			.contains("Chưa ghi được: hãy xem các mục được đánh dấu.")
			.contains("<div class=\"field-error\">Ngày công nhận đảng viên chính thức phải là ngày đủ 12 tháng dự bị "
					+ "(20/03/2016). (R-ADM-4)</div>")
			.contains("value=\"2016-03-19\"");
		// an event the status does not allow: the refusal is at the top of the form
		assertThat(event("Y-001", "BADGE_AWARDED", "2016-01-01").param("badgeYears", "30")).hasStatusOk()
			.bodyText()
			.contains("(LIFECYCLE)");
		// no date at all
		assertThat(event("Y-001", "RECOGNIZED", "")).hasStatusOk()
			.bodyText()
			.contains("Chưa nhập ngày hiệu lực, hoặc ngày không hợp lệ");

		MemberView member = roster.find("Y-001", LocalDate.now()).orElseThrow();
		assertThat(member.events()).hasSize(1);
		assertThat(member.status()).isEqualTo(MemberStatus.PROBATIONARY);
	}

	@Test
	void showsTheInputsOfTheChosenEventToHtmx() {
		tree("T");
		members.register(file("T-001", "Đỗ Văn Tâm", Gender.MALE, "Kinh"));
		admitted("T-001", "T.W.C1");
		recognized("T-001");

		assertThat(mvc.get().uri("/members/T-001?type=DISCIPLINED&decisionNo=3-QĐ/UBKT").header("HX-Request", "true"))
			.hasStatusOk()
			.bodyText()
			.startsWith("<section id=\"event-form\"")
			.contains("Hình thức kỷ luật", "Khiển trách", "Cách chức", "value=\"3-QĐ/UBKT\"")
			.doesNotContain("Mã tổ chức đảng", "<html");
		// the link that opens the form gets the form alone, for the next event the ledger allows
		assertThat(mvc.get().uri("/members/T-001?newEvent=true").header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.startsWith("<section id=\"event-form\"")
			.contains("action=\"/members/T-001/events\"",
					"<option value=\"TRANSFERRED\" selected=\"selected\">")
			.doesNotContain("Mở biểu mẫu ghi sự kiện", "<html");
		assertThat(mvc.get().uri("/members/T-001?type=BADGE_AWARDED").header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("Huy hiệu 30 năm tuổi Đảng", "Huy hiệu 90 năm tuổi Đảng");
		assertThat(mvc.post().uri("/members/T-001/events").with(csrf()).param("type", "EXPLODED"))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void voidsAnEventWithAReasonAndKeepsItStruckThrough() {
		tree("V");
		members.register(file("V-001", "Cao Thị Vân", Gender.FEMALE, "Kinh"));
		admitted("V-001", "V.W.C1");
		recognized("V-001");
		long transfer = members.record("V-001", new LedgerEvent(MemberEventType.TRANSFERRED, LocalDate.of(2018, 1, 1),
				"V.W.C2", null, null, null), "canbo").eventId();

		// each event not voided links to the page with the form voiding it open; the page shows one such form at most
		assertThat(mvc.get().uri("/members/V-001?asOf=2020-06-30")).hasStatusOk()
			.bodyText()
			.contains("href=\"/members/V-001?asOf=2020-06-30&amp;void=" + transfer + "#void-form\"")
			.doesNotContain("id=\"void-form\"");
		assertThat(mvc.get().uri("/members/V-001?asOf=2020-06-30&void={id}", transfer)).hasStatusOk()
			.bodyText()
			.contains("<form id=\"void-form\" class=\"void\" method=\"post\"",
					"action=\"/members/V-001/events/" + transfer + "/void\"><input type=\"hidden\" name=\"_csrf\"", "Hủy sự kiện «Chuyển sinh hoạt đảng chính thức» ngày 01/01/2018",
					"href=\"/members/V-001?asOf=2020-06-30\">Thôi, không hủy</a>");
		// an event of another member, or none, or no number at all, opens no form
		assertThat(mvc.get().uri("/members/V-001?void=999999")).hasStatusOk().bodyText()
			.doesNotContain("id=\"void-form\"");
		assertThat(mvc.get().uri("/members/V-001?void=abc")).hasStatusOk().bodyText()
			.contains("Cao Thị Vân")
			.doesNotContain("id=\"void-form\"");

		// a reason is required: the form again, open, with the rule
		assertThat(mvc.post().uri("/members/V-001/events/{id}/void", transfer).with(csrf()).param("reason", " "))
			.hasStatusOk()
			.bodyText()
			.contains("Chưa hủy được sự kiện:", "Cần ghi lý do hủy sự kiện.", "<form id=\"void-form\"");
		assertThat(roster.find("V-001", LocalDate.now()).orElseThrow().orgCode()).isEqualTo("V.W.C2");

		assertThat(mvc.post().uri("/members/V-001/events/{id}/void", transfer).with(csrf())
			.param("reason", "Ghi nhầm tổ chức nhận")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/members/V-001")
			.flash()
			.containsEntry("done", "Đã hủy sự kiện. Lý do: Ghi nhầm tổ chức nhận");

		MemberView member = roster.find("V-001", LocalDate.now()).orElseThrow();
		assertThat(member.orgCode()).isEqualTo("V.W.C1");
		assertThat(member.events()).filteredOn(MemberEventView::voided).extracting(MemberEventView::id)
			.containsExactly(transfer);
		assertThat(mvc.get().uri("/members/V-001")).hasStatusOk()
			.bodyText()
			.contains("class=\"voided\"", "Đã hủy: Ghi nhầm tổ chức nhận", "Chuyển sinh hoạt đảng chính thức")
			.doesNotContain("void=" + transfer);
		// a voided event cannot be chosen again
		assertThat(mvc.get().uri("/members/V-001?void={id}", transfer)).hasStatusOk().bodyText()
			.doesNotContain("id=\"void-form\"");
	}

	@Test
	void showsTheRulesOfANewFileNextToTheInputs() {
		assertThat(mvc.get().uri("/members/new")).hasStatusOk()
			.hasViewName("member/file-form")
			.bodyText()
			.contains("Lập hồ sơ đảng viên", "name=\"memberNo\"", "value=\"Kinh\"", "<option value=\"FEMALE\">Nữ</option>",
					"<option value=\"DOCTOR\">Tiến sĩ</option>", "<option value=\"ADVANCED\">Cao cấp</option>");

		assertThat(mvc.post().uri("/members/new").with(csrf())
			.param("memberNo", "N 1")
			.param("fullName", "")
			.param("gender", "FEMALE")
			.param("birthDate", "31/02/1990")
			.param("ethnicity", "Kinh")
			.param("nationalId", "123")).hasStatusOk()
			.hasViewName("member/file-form")
			.bodyText()
			.contains("Chưa lưu được: hãy sửa các mục được đánh dấu.")
			.contains("<div class=\"field-error\">Số hồ sơ đảng viên bắt buộc")
			.contains("<div class=\"field-error\">Họ và tên bắt buộc (tối đa 200 ký tự).</div>")
			.contains("<div class=\"field-error\">Ngày sinh bắt buộc.</div>")
			.contains("<div class=\"field-error\">Số định danh cá nhân phải gồm đúng 12 chữ số.</div>")
			.contains("value=\"N 1\"");

		assertThat(mvc.post().uri("/members/new").with(csrf())
			.param("memberNo", "N-001")
			.param("fullName", "Bùi  Thị Ngọc Lan")
			.param("gender", "FEMALE")
			.param("birthDate", "15/08/1992")
			.param("ethnicity", "Tày")
			.param("professionalLevel", "BACHELOR")
			.param("nationalId", "001192000777")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/members/N-001?newEvent=true")
			.flash()
			.containsEntry("done", "Đã lập hồ sơ đảng viên số N-001: Bùi Thị Ngọc Lan.");
		assertThat(roster.find("N-001", LocalDate.now()).orElseThrow().file().birthDate())
			.isEqualTo(LocalDate.of(1992, 8, 15));

		assertThat(mvc.post().uri("/members/new").with(csrf())
			.param("memberNo", "N-001")
			.param("fullName", "Bùi Văn Khác")
			.param("gender", "MALE")
			.param("birthDate", "1980-01-01")
			.param("ethnicity", "Kinh")
			.param("nationalId", "001192000777")).hasStatusOk()
			.bodyText()
			.contains("Số hồ sơ N-001 đã có.", "Số định danh 001192000777 đã thuộc hồ sơ khác.");
	}

	@Test
	void correctsAFileKeepingTheNationalIdWhenLeftEmpty() {
		members.register(new MemberFile("E-001", "Trịnh Văn Em", Gender.MALE, LocalDate.of(1985, 5, 5), "Kinh", null,
				null, null, null, null, "001085000555", null, null, null, null));

		assertThat(mvc.get().uri("/members/E-001/edit")).hasStatusOk()
			.bodyText()
			.contains("Sửa hồ sơ: Trịnh Văn Em (số E-001)", "value=\"1985-05-05\"", "Đã có số •••••••••555")
			.doesNotContain("001085000555");

		assertThat(mvc.post().uri("/members/E-001/edit").with(csrf())
			.param("fullName", "Trịnh Văn Em")
			.param("gender", "MALE")
			.param("birthDate", "1985-05-05")
			.param("ethnicity", "Kinh")
			.param("residence", "Khu phố 3, phường An Hòa")
			.param("nationalId", "")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/members/E-001");

		MemberFile file = roster.find("E-001", LocalDate.now()).orElseThrow().file();
		assertThat(file.residence()).isEqualTo("Khu phố 3, phường An Hòa");
		assertThat(file.nationalId()).isEqualTo("001085000555");
	}

}
