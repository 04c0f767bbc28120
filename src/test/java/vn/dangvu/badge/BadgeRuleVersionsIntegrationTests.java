package vn.dangvu.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.dangvu.access.AuditKind;
import vn.dangvu.access.AuditQuery;
import vn.dangvu.access.AuditTrail;
import vn.dangvu.common.Decision;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LedgerEvent;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberFile;
import vn.dangvu.member.Members;
import vn.dangvu.organization.OrganizationField;
import vn.dangvu.organization.OrganizationType;
import vn.dangvu.organization.RestructuringCommand.EstablishOrganization;
import vn.dangvu.organization.Restructurings;

/**
 * R-BADGE-4 as dated versions in the database: the migration seeds the versions the code applied, an administrator's
 * version changes eligibility from its start date only, versions are append-only and checked, and each addition is in
 * the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BadgeRuleVersionsIntegrationTests {

	@Autowired
	BadgeRuleVersions rules;

	@Autowired
	BadgeEligibility eligibility;

	@Autowired
	Restructurings restructurings;

	@Autowired
	Members members;

	@Autowired
	AuditTrail audit;

	@Autowired
	DSLContext dsl;

	static AddDisciplineVersion version(String from, String source, Integer reprimand, Integer warning,
			Integer dismissal) {
		return new AddDisciplineVersion(from == null ? null : LocalDate.parse(from), source, reprimand, warning, dismissal);
	}

	@Test
	void theMigrationSeedsExactlyTheVersionsTheCodeApplied() {
		assertThat(rules.discipline().versions()).first().isEqualTo(DisciplineRules.SEEDED.versions().get(0));
		assertThat(rules.discipline().versions().subList(0, 3)).isEqualTo(DisciplineRules.SEEDED.versions());
	}

	@Test
	void aVersionAddedByTheAdministratorChangesEligibilityFromItsStartDateOnly() {
		LocalDate start = LocalDate.of(1980, 1, 1);
		Decision d = new Decision("1", start, null);
		restructurings.apply(new EstablishOrganization("QV", "Đảng bộ tỉnh Quy Văn", OrganizationType.PROVINCE,
				OrganizationField.OTHER, null, start, d), "t");
		restructurings.apply(new EstablishOrganization("QV.C", "Chi bộ phường Đông Hòa", OrganizationType.GRASSROOTS_CELL,
				OrganizationField.WARD, "QV", start, d), "t");
		members.register(new MemberFile("Q1", "Đỗ Thị Quyên", Gender.FEMALE, LocalDate.of(1955, 4, 1), "Kinh", null, null,
				null, null, null, null, null, null, null, null));
		members.record("Q1", new LedgerEvent(MemberEventType.ADMITTED, LocalDate.of(1990, 1, 10), "QV.C", "KN",
				LocalDate.of(1990, 1, 1), null), "t");
		members.record("Q1", new LedgerEvent(MemberEventType.RECOGNIZED, LocalDate.of(1991, 1, 10), null, null, null, null),
				"t");
		members.record("Q1", new LedgerEvent(MemberEventType.DISCIPLINED, LocalDate.of(2025, 1, 15), null, "KL-1",
				LocalDate.of(2025, 1, 15), "REPRIMAND"), "t");
		// QĐ 24: a reprimand of 15/1/2025 blocks 6 months, to 14/7/2025
		assertThat(eligibility.eligible("QV", LocalDate.of(2025, 7, 15)).eligible()).extracting(EligibleMember::memberNo)
			.containsExactly("Q1");

		// a later regulation, from 19/5/2026 in this test: a reprimand blocks 24 months
		DisciplineWaiting added = rules.add(version("2026-05-19", " QĐ 999-QĐ/TW ", 24, 24, 24), "quantri");
		assertThat(added.source()).isEqualTo("QĐ 999-QĐ/TW");
		assertThat(eligibility.eligible("QV", LocalDate.of(2026, 5, 18)).eligible()).extracting(EligibleMember::memberNo)
			.containsExactly("Q1");
		assertThat(eligibility.eligible("QV", LocalDate.of(2026, 5, 19)).eligible()).isEmpty();
		assertThat(eligibility.eligible("QV", LocalDate.of(2027, 1, 15)).eligible()).extracting(EligibleMember::memberNo)
			.containsExactly("Q1");
		// the dates before it keep the version they had
		assertThat(eligibility.eligible("QV", LocalDate.of(2025, 7, 15)).eligible()).hasSize(1);

		assertThat(audit.find(new AuditQuery(null, AuditKind.BADGE_RULE_ADDED, "R-BADGE-4", null, null, null, 0, 10))
			.items()).singleElement().satisfies(r -> {
				assertThat(r.username()).isEqualTo("quantri");
				assertThat(r.after()).contains("QĐ 999-QĐ/TW").contains("2026-05-19");
			});

		// a version starts after the latest one: the one just added
		assertThatThrownBy(() -> rules.add(version("2026-05-19", "QĐ 1000-QĐ/TW", 6, 9, 12), "quantri"))
			.isInstanceOf(BadgeRuleRejectedException.class)
			.hasMessageContaining("19/05/2026")
			.extracting("field", "ruleId").containsExactly("validFrom", "R-BADGE-4");
		// versions are append-only in the database too
		assertThatThrownBy(() -> dsl.execute("update badge_discipline_rule set reprimand_months = 1"))
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> dsl.execute("delete from badge_discipline_rule")).rootCause()
			.hasMessageContaining("append-only");
		assertThat(rules.discipline().versions()).hasSize(4);
	}

	@Test
	void refusesAVersionWithoutItsRegulationOrWithALighterFormBlockingLongerThanAHeavierOne() {
		assertThatThrownBy(() -> rules.add(version(null, "QĐ 1", 6, 9, 12), "q")).extracting("field").isEqualTo("validFrom");
		assertThatThrownBy(() -> rules.add(version("2040-01-01", " ", 6, 9, 12), "q")).extracting("field")
			.isEqualTo("source");
		assertThatThrownBy(() -> rules.add(version("2040-01-01", "QĐ 1", 9, 6, 12), "q")).extracting("field")
			.isEqualTo("warningMonths");
		assertThatThrownBy(() -> rules.add(version("2040-01-01", "QĐ 1", 6, null, 12), "q")).extracting("field")
			.isEqualTo("warningMonths");
		assertThatThrownBy(() -> rules.add(version("2040-01-01", "QĐ 1", null, 6, null), "q")).extracting("field")
			.isEqualTo("dismissalMonths");
		assertThatThrownBy(() -> rules.add(version("2040-01-01", "QĐ 1", 0, 6, 12), "q")).extracting("field")
			.isEqualTo("reprimandMonths");
		assertThatThrownBy(() -> rules.add(version("2040-01-01", "QĐ 1", null, null, 121), "q"))
			.isInstanceOf(BadgeRuleRejectedException.class).hasMessageContaining("từ 1 đến 120");
		// nothing was written
		assertThat(rules.discipline().versions()).allMatch(v -> v.from().isBefore(LocalDate.of(2040, 1, 1)));
	}

}
