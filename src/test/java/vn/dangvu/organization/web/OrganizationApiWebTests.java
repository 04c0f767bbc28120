package vn.dangvu.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.dangvu.MockMvcSecurityContext;
import vn.dangvu.common.Decision;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.RestructuringCommand.MoveOrganization;
import vn.dangvu.organization.Restructurings;

/**
 * The organization API of INTERCHANGE.md ("HTTP API"): the exact JSON shape with ISO dates, the tree as of a date,
 * problem details for what is not there, and no answer without credentials.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MockMvcSecurityContext.class)
class OrganizationApiWebTests {

	static final LocalDate START = LocalDate.of(2015, 1, 1);

	static final LocalDate MOVED = LocalDate.of(2025, 7, 1);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Restructurings restructurings;

	void establish(String code, String name, OrganizationType type, OrganizationField field, String parent) {
		restructurings.apply(new EstablishOrganization(code, name, type, field, parent, START,
				new Decision("1-QĐ/TU", START, null)), "test");
	}

	/** A province with two districts; a ward moves from the first to the second on 1/7/2025. */
	void tree(String p) {
		establish(p, "Đảng bộ tỉnh Thử Nghiệm", OrganizationType.PROVINCE, OrganizationField.OTHER, null);
		establish(p + ".H1", "Đảng bộ huyện Đông Sơn", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER, p);
		establish(p + ".H2", "Đảng bộ huyện Tây Sơn", OrganizationType.UPPER_GRASSROOTS, OrganizationField.OTHER, p);
		establish(p + ".P", "Đảng bộ phường An Hòa", OrganizationType.GRASSROOTS_COMMITTEE, OrganizationField.WARD,
				p + ".H1");
		restructurings.apply(new MoveOrganization(p + ".P", p + ".H2", MOVED,
				new Decision("15-QĐ/TU", LocalDate.of(2025, 6, 28), null)), "test");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void answersAnOrganizationInTheShapeOfInterchangeWithIsoDates() {
		tree("A");
		assertThat(mvc.get().uri("/api/v1/organizations/A.P?asOf=2025-06-30")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"code": "A.P", "name": "Đảng bộ phường An Hòa", "type": "GRASSROOTS_COMMITTEE", "field": "WARD",
					 "parentCode": "A.H1", "establishedOn": "2015-01-01", "endedOn": null}
					""");
		assertThat(mvc.get().uri("/api/v1/organizations/A.P?asOf=2025-07-01")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.parentCode")
			.isEqualTo("A.H2");
		assertThat(mvc.get().uri("/api/v1/organizations/A")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.parentCode")
			.isNull();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void answersTheChildrenAsOfTheDate() {
		tree("C");
		assertThat(mvc.get().uri("/api/v1/organizations/C.H1/children?asOf=2025-06-30")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					[{"code": "C.P", "name": "Đảng bộ phường An Hòa", "type": "GRASSROOTS_COMMITTEE", "field": "WARD",
					  "parentCode": "C.H1", "establishedOn": "2015-01-01", "endedOn": null}]
					""");
		assertThat(mvc.get().uri("/api/v1/organizations/C.H1/children?asOf=2025-07-01")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("[]");
		assertThat(mvc.get().uri("/api/v1/organizations/C.H2/children?asOf=2025-07-01")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].code")
			.asArray()
			.containsExactly("C.P");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void answersAProblemDetailForAnUnknownCode() {
		assertThat(mvc.get().uri("/api/v1/organizations/KHONG.CO")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"type": "https://dangvu.vn/problems/organization-not-found", "status": 404,
					 "title": "Không tìm thấy tổ chức", "detail": "Không có tổ chức mã KHONG.CO."}
					""");
		assertThat(mvc.get().uri("/api/v1/organizations/KHONG.CO/children")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void answersAProblemDetailForADateTheOrganizationDidNotExist() {
		tree("D");
		assertThat(mvc.get().uri("/api/v1/organizations/D.P?asOf=2014-12-31")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"type": "https://dangvu.vn/problems/organization-not-found", "status": 404,
					 "detail": "Tổ chức mã D.P không tồn tại vào ngày 31/12/2014."}
					""");
		assertThat(mvc.get().uri("/api/v1/organizations/D.P/children?asOf=2014-12-31")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void answersABadRequestForAMalformedDate() {
		assertThat(mvc.get().uri("/api/v1/organizations/X?asOf=31-12-2014")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void answers401WithoutCredentials() {
		assertThat(mvc.get().uri("/api/v1/organizations/X")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/api/v1/organizations/X/children")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

}
