package vn.dangvu.member.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberEventView;
import vn.dangvu.member.MemberNotFoundException;
import vn.dangvu.member.MemberPage;
import vn.dangvu.member.MemberQuery;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberRow;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.MemberView;
import vn.dangvu.organization.OrganizationNotFoundException;
import vn.dangvu.organization.Organizations;

/**
 * Members as JSON (INTERCHANGE.md, "HTTP API"): one member with the ledger, and a list of a subtree searched by name
 * ignoring diacritics. Dates are ISO; the state is today's unless {@code asOf} is given (an optional addition). Errors
 * are problem details ({@link MemberApiAdvice}).
 */
@RestController
@RequestMapping("/api/v1/members")
class MemberApiController {

	private final MemberRoster roster;

	private final Organizations organizations;

	MemberApiController(MemberRoster roster, Organizations organizations) {
		this.roster = roster;
		this.organizations = organizations;
	}

	/** A member: the file's identity, the state derived from the ledger, and every event, voided ones marked. */
	record MemberDetailView(String memberNo, String fullName, Gender gender, LocalDate birthDate, MemberStatus status,
			String orgCode, Long partyAgeMonths, List<LedgerEntryView> events) {
	}

	record LedgerEntryView(MemberEventType type, LocalDate effectiveOn, String orgCode, String decisionNo,
			LocalDate decisionDate, String detail, boolean voided) {

		static LedgerEntryView of(MemberEventView e) {
			return new LedgerEntryView(e.type(), e.effectiveOn(), e.orgCode(), e.decisionNo(), e.decisionDate(),
					e.detail(), e.voided());
		}

	}

	record MemberListView(long total, List<MemberSummary> items) {
	}

	record MemberSummary(String memberNo, String fullName, MemberStatus status, String orgCode) {

		static MemberSummary of(MemberRow row) {
			return new MemberSummary(row.memberNo(), row.fullName(), row.status(), row.orgCode());
		}

	}

	@GetMapping("/{memberNo}")
	MemberDetailView member(@PathVariable String memberNo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		LocalDate date = asOf == null ? LocalDate.now() : asOf;
		MemberView m = roster.find(memberNo, date).orElseThrow(() -> MemberNotFoundException.forNumber(memberNo));
		return new MemberDetailView(m.file().memberNo(), m.file().fullName(), m.file().gender(), m.file().birthDate(),
				m.status(), m.orgCode(), m.partyAgeMonths(), m.events().stream().map(LedgerEntryView::of).toList());
	}

	/**
	 * The members (official and probationary) of the subtree of {@code org} (all when none), in Vietnamese name order;
	 * {@code page} is zero-based, {@code size} at most 500.
	 */
	@GetMapping
	MemberListView members(@RequestParam(required = false) String org, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		LocalDate date = asOf == null ? LocalDate.now() : asOf;
		String code = org == null || org.isBlank() ? null : org.strip();
		if (code != null && organizations.find(code, date).isEmpty()) {
			throw organizations.exists(code) ? OrganizationNotFoundException.onDate(code, date)
					: OrganizationNotFoundException.forCode(code);
		}
		MemberQuery query = new MemberQuery(code, date, q == null || q.isBlank() ? null : q, null, null, null, null,
				null, null, null, null, null, page, size);
		MemberPage found = roster.list(query);
		return new MemberListView(found.total(), found.items().stream().map(MemberSummary::of).toList());
	}

}
