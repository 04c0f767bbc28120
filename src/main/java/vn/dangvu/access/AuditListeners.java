package vn.dangvu.access;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.dangvu.badge.BadgeRuleVersionAdded;
import vn.dangvu.common.database.DatabaseBackedUp;
import vn.dangvu.common.database.DatabaseRestored;
import vn.dangvu.importing.DirectoryExported;
import vn.dangvu.importing.DirectoryImported;
import vn.dangvu.member.MemberEventRecorded;
import vn.dangvu.member.MemberEventVoided;
import vn.dangvu.member.MemberFileChanged;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.organization.RestructuringRecorded;

/**
 * Writes the changes other modules announce into the audit trail. The listeners are synchronous: each record is
 * written in the transaction of the change it records.
 */
@Component
class AuditListeners {

	private final AuditTrail trail;

	private final MemberRoster members;

	AuditListeners(AuditTrail trail, MemberRoster members) {
		this.trail = trail;
		this.members = members;
	}

	@EventListener
	void on(RestructuringRecorded r) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("restructuringId", r.restructuringId());
		after.put("operation", r.operation());
		after.put("effectiveOn", r.effectiveOn());
		after.put("decision", r.decision());
		after.put("organizations", r.after());
		trail.append(new AuditEntry(AuditKind.RESTRUCTURING, String.join("; ", r.codes()),
				r.codes().isEmpty() ? null : r.codes().get(0), r.decision().number(),
				Map.of("organizations", r.before()), after), r.recordedBy());
	}

	@EventListener
	void on(MemberFileChanged changed) {
		trail.append(new AuditEntry(changed.before() == null ? AuditKind.MEMBER_REGISTERED : AuditKind.MEMBER_CORRECTED,
				changed.memberNo(), organizationOf(changed.memberNo(), null), null, changed.before(), changed.after()),
				null);
	}

	@EventListener
	void on(MemberEventRecorded recorded) {
		trail.append(new AuditEntry(AuditKind.MEMBER_EVENT_RECORDED, recorded.memberNo(),
				organizationOf(recorded.memberNo(), recorded.event().orgCode()), recorded.event().decisionNo(), null,
				Map.of("eventId", recorded.eventId(), "event", recorded.event())), recorded.recordedBy());
	}

	@EventListener
	void on(MemberEventVoided voided) {
		trail.append(new AuditEntry(AuditKind.MEMBER_EVENT_VOIDED, voided.memberNo(),
				organizationOf(voided.memberNo(), voided.event().orgCode()), voided.event().decisionNo(),
				Map.of("eventId", voided.eventId(), "event", voided.event()),
				Map.of("eventId", voided.eventId(), "voided", true, "reason", voided.reason())), voided.voidedBy());
	}

	@EventListener
	void on(DirectoryImported imported) {
		trail.append(new AuditEntry(AuditKind.IMPORT, imported.directory(), null, null, null,
				Map.of("imported", imported.imported(), "alreadyPresent", imported.alreadyPresent())), null);
	}

	@EventListener
	void on(DirectoryExported exported) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("directory", exported.directory());
		after.put("rows", exported.summary());
		trail.appendAccess(new AuditEntry(AuditKind.EXPORT, exported.directory(), exported.orgCode(), null, null,
				after), null);
	}

	@EventListener
	void on(DatabaseBackedUp backedUp) {
		trail.appendAccess(new AuditEntry(AuditKind.BACKUP, backedUp.file(), null, null, null,
				Map.of("schemaVersion", backedUp.summary().schemaVersion(), "rows", backedUp.summary().rows())), null);
	}

	/** Recorded in the restore's transaction, chained after the records restored. */
	@EventListener
	void on(DatabaseRestored restored) {
		trail.append(new AuditEntry(AuditKind.RESTORE, restored.file(), null, null, null,
				Map.of("schemaVersion", restored.summary().schemaVersion(), "rows", restored.summary().rows())), null);
	}

	@EventListener
	void on(BadgeRuleVersionAdded added) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("rule", added.ruleId());
		after.put("validFrom", added.validFrom());
		after.put("source", added.source());
		after.put("values", new java.util.TreeMap<>(added.values()));
		trail.append(new AuditEntry(AuditKind.BADGE_RULE_ADDED, added.ruleId(), null, null, null, after),
				added.addedBy());
	}

	/** The member's organization today (the last one for a former member), else the one the change names. */
	private String organizationOf(String memberNo, String named) {
		return members.organizationOn(memberNo, LocalDate.now()).orElse(named);
	}

}
