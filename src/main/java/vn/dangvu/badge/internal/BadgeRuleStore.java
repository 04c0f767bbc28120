package vn.dangvu.badge.internal;

import static vn.dangvu.badge.internal.schema.Tables.BADGE_DISCIPLINE_RULE;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The dated versions of the badge rules (R-BADGE-4), append-only. */
@Repository
public class BadgeRuleStore {

	/** A version of the discipline blocks as stored; a null month count: that form does not block. */
	public record StoredDisciplineRule(LocalDate validFrom, String source, Integer reprimandMonths, Integer warningMonths,
			Integer dismissalMonths, String addedBy) {
	}

	private final DSLContext dsl;

	public BadgeRuleStore(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Every version, oldest first. */
	public List<StoredDisciplineRule> disciplineRules() {
		var t = BADGE_DISCIPLINE_RULE;
		return dsl.selectFrom(t)
			.orderBy(t.VALID_FROM)
			.fetch(r -> new StoredDisciplineRule(r.getValidFrom(), r.getSource(), r.getReprimandMonths(),
					r.getWarningMonths(), r.getDismissalMonths(), r.getAddedBy()));
	}

	/**
	 * Serializes the additions: a version is checked against the latest one and added in one transaction, so two
	 * administrators cannot add crossing versions.
	 */
	public void lockForAddition() {
		dsl.execute("lock table badge_discipline_rule in share row exclusive mode");
	}

	public void add(StoredDisciplineRule rule) {
		var t = BADGE_DISCIPLINE_RULE;
		dsl.insertInto(t)
			.set(t.VALID_FROM, rule.validFrom())
			.set(t.SOURCE, rule.source())
			.set(t.REPRIMAND_MONTHS, rule.reprimandMonths())
			.set(t.WARNING_MONTHS, rule.warningMonths())
			.set(t.DISMISSAL_MONTHS, rule.dismissalMonths())
			.set(t.ADDED_BY, rule.addedBy())
			.execute();
	}

}
