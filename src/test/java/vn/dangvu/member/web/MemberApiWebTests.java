package vn.dangvu.member.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.dangvu.MockMvcSecurityContext;
import vn.dangvu.common.Decision;
import vn.dangvu.member.FieldProblem;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.MemberRejectedException;
import vn.dangvu.member.Members;
import vn.dangvu.member.PoliticalTheory;
import vn.dangvu.member.ProfessionalLevel;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.Restructurings;

/**
 * The member API of INTERCHANGE.md ("HTTP API"): the exact JSON shapes with ISO dates, search ignoring diacritics,
 * problem details for what is not there or refused, and no answer without credentials. Synthetic names.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MockMvcSecurityContext.class)
class MemberApiWebTests {

	static final LocalDate START = LocalDate.of(2000, 1, 1);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	void tree(String p) {
		Decision d = new Decision("1-QĐ/TU", START, null);
		restructurings.apply(new EstablishOrganization(p, "Đảng bộ tỉnh Thử Nghiệm " + p, OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, START, d), "test");
		restructurings.apply(new EstablishOrganization(p + ".C1", "Chi bộ khu phố 1", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.RESIDENTIAL, p, START, d), "test");
		restructurings.apply(new EstablishOrganization(p + ".C2", "Chi bộ khu phố 2", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.RESIDENTIAL, p, START, d), "test");
	}

	void member(String no, String name, Gender gender, String cell) {
		members.register(new MemberFile(no, name, gender, LocalDate.of(1990, 4, 1), "Kinh", null, null,
				ProfessionalLevel.BACHELOR, PoliticalTheory.ELEMENTARY, null, null, null, null, null, null));
		members.record(no, new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(2015, 3, 20), cell, "12-QĐ/ĐU",
				LocalDate.of(2015, 3, 2), null), "canbo");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void answersAMemberWithTheLedgerInTheShapeOfInterchange() {
		tree("A");
		member("A-001", "Nguyễn Thị Mỹ Hạnh", Gender.FEMALE, "A.C1");
		members.record("A-001", new LedgerEvent(MemberEventType.RECOGNIZED, LocalDate.of(2016, 3, 20), null, null, null,
				null), "canbo");
		long transfer = members.record("A-001", new LedgerEvent(MemberEventType.TRANSFERRED, LocalDate.of(2018, 1, 1),
				"A.C2", "7-QĐ/ĐU", LocalDate.of(2017, 12, 20), null), "canbo").eventId();
		members.voidEvent("A-001", transfer, "Ghi nhầm", "canbo");
		members.record("A-001", new LedgerEvent(MemberEventType.DISCIPLINED, LocalDate.of(2019, 5, 1), null, null, null,
				"REPRIMAND"), "canbo");
		long months = ChronoUnit.MONTHS.between(LocalDate.of(2015, 3, 2), LocalDate.now());

		assertThat(mvc.get().uri("/api/v1/members/A-001")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"memberNo": "A-001", "fullName": "Nguyễn Thị Mỹ Hạnh", "gender": "FEMALE", "birthDate": "1990-04-01",
					 "status": "OFFICIAL", "orgCode": "A.C1", "partyAgeMonths": %d,
					 "events": [
					   {"type": "ADMITTED", "effectiveOn": "2015-03-20", "orgCode": "A.C1", "decisionNo": "12-QĐ/ĐU",
					    "decisionDate": "2015-03-02", "detail": null, "voided": false},
					   {"type": "RECOGNIZED", "effectiveOn": "2016-03-20", "orgCode": null, "decisionNo": null,
					    "decisionDate": null, "detail": null, "voided": false},
					   {"type": "TRANSFERRED", "effectiveOn": "2018-01-01", "orgCode": "A.C2", "decisionNo": "7-QĐ/ĐU",
					    "decisionDate": "2017-12-20", "detail": null, "voided": true},
					   {"type": "DISCIPLINED", "effectiveOn": "2019-05-01", "orgCode": null, "decisionNo": null,
					    "decisionDate": null, "detail": "REPRIMAND", "voided": false}]}
					""".formatted(months));
		// a probationary member has no party age yet
		assertThat(mvc.get().uri("/api/v1/members/A-001?asOf=2015-06-01")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"status": "PROBATIONARY", "partyAgeMonths": null}
					""");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void listsTheMembersOfASubtreeSearchedIgnoringDiacritics() {
		tree("L");
		member("L-001", "Trần Văn Bình", Gender.MALE, "L.C1");
		member("L-002", "Nguyễn Thị Ánh", Gender.FEMALE, "L.C2");
		member("L-003", "Đặng Văn An", Gender.MALE, "L.C2");

		assertThat(mvc.get().uri("/api/v1/members?org=L&page=0&size=50")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"total": 3, "items": [
					  {"memberNo": "L-003", "fullName": "Đặng Văn An", "status": "PROBATIONARY", "orgCode": "L.C2"},
					  {"memberNo": "L-002", "fullName": "Nguyễn Thị Ánh", "status": "PROBATIONARY", "orgCode": "L.C2"},
					  {"memberNo": "L-001", "fullName": "Trần Văn Bình", "status": "PROBATIONARY", "orgCode": "L.C1"}]}
					""");
		assertThat(mvc.get().uri("/api/v1/members?org=L&q=dang")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"total": 1, "items": [
					  {"memberNo": "L-003", "fullName": "Đặng Văn An", "status": "PROBATIONARY", "orgCode": "L.C2"}]}
					""");
		assertThat(mvc.get().uri("/api/v1/members?org=L.C2&page=1&size=1")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"total": 2, "items": [
					  {"memberNo": "L-002", "fullName": "Nguyễn Thị Ánh", "status": "PROBATIONARY", "orgCode": "L.C2"}]}
					""");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void answersAProblemDetailForAnUnknownMemberOrOrganization() {
		assertThat(mvc.get().uri("/api/v1/members/KHONG-CO")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"type": "https://dangvu.vn/problems/member-not-found", "status": 404,
					 "title": "Không tìm thấy đảng viên", "detail": "Không có hồ sơ đảng viên số KHONG-CO."}
					""");
		assertThat(mvc.get().uri("/api/v1/members?org=KHONG.CO")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"type": "https://dangvu.vn/problems/organization-not-found", "status": 404}
					""");
		assertThat(mvc.get().uri("/api/v1/members/X?asOf=31-12-2014")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	/** No call of the API writes yet; the problem a refusal will answer is fixed here. */
	@Test
	void answersARefusalAs422WithTheRuleId() {
		ProblemDetail problem = new MemberApiAdvice().memberRejected(MemberRejectedException.because(new FieldProblem(
				"effective_on", "R-ADM-4", "Ngày công nhận đảng viên chính thức phải là ngày đủ 12 tháng dự bị.")));
		assertThat(problem.getStatus()).isEqualTo(422);
		assertThat(problem.getType()).hasToString("https://dangvu.vn/problems/member-rejected");
		assertThat(problem.getProperties()).containsEntry("ruleId", "R-ADM-4");
		assertThat(problem.getDetail()).isEqualTo(
				"Ngày công nhận đảng viên chính thức phải là ngày đủ 12 tháng dự bị. (R-ADM-4)");
	}

	@Test
	void answers401WithoutCredentials() {
		assertThat(mvc.get().uri("/api/v1/members/A-001")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/api/v1/members?org=A")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

}
