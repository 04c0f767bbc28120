package vn.dangvu.access.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.dangvu.access.AccessScope;
import vn.dangvu.access.AuditEntry;
import vn.dangvu.access.AuditKind;
import vn.dangvu.access.AuditTrail;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberEventView;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberView;
import vn.dangvu.organization.Organizations;

/**
 * A member's own page ("Hồ sơ của tôi"), read-only: the file, the status and organization today, the party age
 * (R-AGE-1), the timeline of the ledger and the badges awarded. Only for the MEMBER role, and only the member number
 * of the user's grant; the view is recorded in the audit trail like any view of a member's file.
 */
@Controller
class SelfServiceController {

	private final AccessScope scope;

	private final MemberRoster members;

	private final AuditTrail audit;

	private final Organizations organizations;

	SelfServiceController(AccessScope scope, MemberRoster members, AuditTrail audit, Organizations organizations) {
		this.scope = scope;
		this.members = members;
		this.audit = audit;
		this.organizations = organizations;
	}

	@GetMapping("/self")
	String self(Model model) {
		LocalDate today = LocalDate.now();
		Optional<MemberView> member = scope.current().ownMemberNo().flatMap(no -> members.find(no, today));
		member.ifPresent(m -> {
			audit.appendAccess(new AuditEntry(AuditKind.MEMBER_VIEWED, m.file().memberNo(), m.orgCode(), null, null,
					Map.of("path", "/self")), null);
			List<MemberEventView> badges = m.events()
				.stream()
				.filter(e -> e.type() == MemberEventType.BADGE_AWARDED && !e.voided())
				.toList();
			model.addAttribute("member", m);
			model.addAttribute("organization",
					m.orgCode() == null ? null : organizations.findLatest(m.orgCode(), today).orElse(null));
			model.addAttribute("badges", badges);
			if (m.partyAgeMonths() != null) {
				model.addAttribute("partyAgeYears", m.partyAgeMonths() / 12);
				model.addAttribute("partyAgeMonths", m.partyAgeMonths() % 12);
			}
		});
		return "access/self";
	}

}
