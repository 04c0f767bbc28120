package vn.dangvu.member.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.common.time.Dates;
import vn.dangvu.member.AdmissionRules;
import vn.dangvu.member.FieldProblem;
import vn.dangvu.member.MemberEventType;
import vn.dangvu.member.MemberEventView;
import vn.dangvu.member.MemberNotFoundException;
import vn.dangvu.member.MemberPageLine;
import vn.dangvu.member.MemberPageSection;
import vn.dangvu.member.MemberRejectedException;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberView;
import vn.dangvu.member.Members;
import vn.dangvu.organization.NamedPath;
import vn.dangvu.organization.OrganizationOn;
import vn.dangvu.organization.OrganizationView;
import vn.dangvu.organization.Organizations;

/**
 * A member's page as of a date: the file, the status, organization, party age and exemption derived from the ledger,
 * the timeline (voided events struck through with their reason), the form that records the next event (opened on
 * demand: {@link MemberPageRedirects#NEW_EVENT_PARAMETER}) and the voiding of a recorded one. A refusal shows the form
 * again with the rule broken next to the input it concerns; a change done redirects to the page with a message saying
 * what was recorded, and the warnings about history, if any.
 */
@Controller
@RequestMapping("/members/{memberNo}")
class MemberController {

	/** The page's parameter naming the event whose voiding form is open (one at a time, under the timeline's heading). */
	static final String VOID_PARAMETER = "void";

	private final Members members;

	private final MemberRoster roster;

	private final Organizations organizations;

	private final SmartValidator validator;

	private final MessageSource messages;

	private final vn.dangvu.member.Transfers transfers;

	/** The sections other modules add to the page (commendations). */
	private final ObjectProvider<MemberPageSection> sections;

	/**
	 * The page's reads — the file, its organizations, transfers and the other modules' sections — in one read-only
	 * transaction (one connection, one BEGIN and COMMIT) instead of one each: the four transactions' BEGIN and
	 * COMMIT were more than half the statements the database ran for a page.
	 */
	private final TransactionTemplate oneRead;

	/** A section as the page shows it. */
	record SectionView(String headingKey, String emptyKey, List<MemberPageLine> lines) {
	}

	MemberController(Members members, MemberRoster roster, Organizations organizations, SmartValidator validator,
			MessageSource messages, vn.dangvu.member.Transfers transfers,
			ObjectProvider<MemberPageSection> sections, PlatformTransactionManager transactions) {
		this.sections = sections;
		this.oneRead = new TransactionTemplate(transactions);
		this.oneRead.setReadOnly(true);
		this.members = members;
		this.roster = roster;
		this.organizations = organizations;
		this.validator = validator;
		this.messages = messages;
		this.transfers = transfers;
	}

	@InitBinder("eventForm")
	void dates(WebDataBinder binder) {
		DatesInForms.register(binder);
	}

	/**
	 * The page; with {@link MemberPageRedirects#NEW_EVENT_PARAMETER} its event form open, for the first event the
	 * ledger allows (to htmx the form alone). A plain view binds no form: binding the form's nine fields from an empty
	 * query was 5 % of the page's time.
	 *
	 * @param voiding the event whose voiding form is open, chosen by its row's link (a form in every row was a third
	 *     of the elements the page rendered); one that is not the member's, already voided, or no number at all opens
	 *     none
	 */
	@GetMapping
	String member(@PathVariable String memberNo, @RequestParam(required = false) String asOf,
			@RequestParam(name = VOID_PARAMETER, required = false) String voiding,
			@RequestParam(name = MemberPageRedirects.NEW_EVENT_PARAMETER, required = false) String newEvent,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		// a date typed the Vietnamese way is read too; one that is no date at all shows today
		show(memberNo, Dates.parse(asOf).orElse(null), EventForm.blank(), false, newEvent != null, eventId(voiding),
				model);
		return htmx != null && newEvent != null ? "member/member :: event-form" : "member/member";
	}

	/** The page with its event form pre-filled from the query: choosing another event reloads the form (htmx). */
	@GetMapping(params = "type")
	String memberWithForm(@PathVariable String memberNo,
			@RequestParam(required = false) String asOf, @ModelAttribute("eventForm") EventForm form,
			BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		EventForm shown = form == null || result.hasErrors() ? EventForm.blank() : form;
		show(memberNo, Dates.parse(asOf).orElse(null), shown, false, true, null, model);
		return htmx != null ? "member/member :: event-form" : "member/member";
	}

	@PostMapping("/events")
	String record(@PathVariable String memberNo, @ModelAttribute("eventForm") EventForm form, BindingResult result,
			Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
		if (form == null || result.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure)) {
			// an unknown event type or a malformed value: only a tampered request sends one
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		validator.validate(form, result);
		if (result.hasErrors()) {
			return show(memberNo, null, form, true, true, null, model);
		}
		Members.Recorded recorded;
		try {
			recorded = members.record(memberNo, form.toEvent(), principal.getName());
		}
		catch (MemberRejectedException ex) {
			RejectedInputs.bind(ex.problems(), result, form::inputOf);
			return show(memberNo, null, form, true, true, null, model);
		}
		String event = messages.getMessage("member.event." + form.type().name(), null, locale);
		redirect.addFlashAttribute("done", messages.getMessage("member.event.recorded",
				new Object[] { event, Dates.format(form.effectiveOn()) }, locale));
		redirect.addFlashAttribute("warnings", recorded.warnings().stream().map(FieldProblem::describe).toList());
		return MemberPageRedirects.pageWithEventForm(memberNo);
	}

	@PostMapping("/events/{eventId}/void")
	String voidEvent(@PathVariable String memberNo, @PathVariable long eventId,
			@RequestParam(required = false) String reason, Principal principal, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			members.voidEvent(memberNo, eventId, reason, principal.getName());
		}
		catch (MemberRejectedException ex) {
			model.addAttribute("voidErrors", ex.problems().stream().map(FieldProblem::describe).toList());
			model.addAttribute("voidReason", reason);
			return show(memberNo, null, EventForm.blank(), false, false, eventId, model);
		}
		redirect.addFlashAttribute("done", messages.getMessage("member.event.voided", new Object[] { reason.strip() },
				locale));
		return MemberPageRedirects.page(memberNo);
	}

	/** The event id the parameter names, if it is a number at all (a link the page made always is). */
	private static Long eventId(String text) {
		try {
			return text == null ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * @param asPosted show the form exactly as it was posted, next to its errors (replacing it in the model would drop
	 *     them); otherwise it is completed for the next event the ledger allows
	 * @param formOpen show the event form itself, not only the link that opens it
	 * @param voiding the event whose voiding form is open, if any
	 */
	private String show(String memberNo, LocalDate requested, EventForm form, boolean asPosted, boolean formOpen,
			Long voiding, Model model) {
		model.addAttribute("eventFormOpen", formOpen);
		oneRead.executeWithoutResult(status -> read(memberNo, requested, form, asPosted, voiding, model));
		return "member/member";
	}

	private void read(String memberNo, LocalDate requested, EventForm form, boolean asPosted, Long voiding,
			Model model) {
		LocalDate today = LocalDate.now();
		LocalDate asOf = requested == null ? today : requested;
		MemberView member = roster.find(memberNo, asOf).orElseThrow(() -> MemberNotFoundException.forNumber(memberNo));
		// the next event follows the ledger as it stands today, whatever date the page is seen as of
		MemberView current = asOf.equals(today) ? member : roster.find(memberNo, today).orElseThrow();
		Set<MemberEventType> allowed = current.allowedEvents().isEmpty() ? Set.of()
				: EnumSet.copyOf(current.allowedEvents());
		LocalDate officialFrom = officialFrom(current);
		EventForm shown = form;
		if (!asPosted) {
			shown = form.forOneOf(allowed);
			if (shown.type() == MemberEventType.RECOGNIZED) {
				shown = shown.withEffectiveOn(officialFrom);
			}
		}
		List<vn.dangvu.member.TransferView> letters = transfers.ofMember(memberNo);
		// the timeline's organizations by their names on each event's date, the letters' by today's
		List<OrganizationOn> named = new ArrayList<>();
		member.events()
			.stream()
			.filter(e -> e.orgCode() != null)
			.forEach(e -> named.add(new OrganizationOn(e.orgCode(), e.effectiveOn())));
		letters.forEach(t -> {
			named.add(new OrganizationOn(t.fromOrg(), today));
			named.add(new OrganizationOn(t.toOrg(), today));
		});
		// the path on the date ends with the organization itself when it exists on the date; one statement, the names
		// coming from those the application keeps for the stamp it reads
		NamedPath namedPath = organizations.pathAndNames(member.orgCode(), asOf, named);
		List<OrganizationView> path = namedPath.path();
		Map<OrganizationOn, String> names = namedPath.names();
		Optional<OrganizationView> organization = !path.isEmpty()
				&& path.get(path.size() - 1).code().equals(member.orgCode()) ? Optional.of(path.get(path.size() - 1))
						: Optional.ofNullable(member.orgCode()).flatMap(code -> organizations.findLatest(code, asOf));
		model.addAttribute("member", member);
		model.addAttribute("file", member.file());
		// in full here only, to users in scope (the guard lets no one else in, and records the view)
		model.addAttribute("nationalId", member.file().nationalId());
		model.addAttribute("asOf", asOf);
		model.addAttribute("organization", organization.orElse(null));
		model.addAttribute("breadcrumbs", path);
		model.addAttribute("partyAgeYears", member.partyAgeMonths() == null ? null : member.partyAgeMonths() / 12);
		model.addAttribute("partyAgeMonths", member.partyAgeMonths() == null ? null : member.partyAgeMonths() % 12);
		Locale locale = LocaleContextHolder.getLocale();
		String voidLinks = TimelineEntry.voidLinks(memberNo, asOf);
		List<TimelineEntry> timeline = member.events()
			.stream()
			.map(e -> TimelineEntry.of(e, asOf, voidLinks,
					e.orgCode() == null ? null : names.get(new OrganizationOn(e.orgCode(), e.effectiveOn())), messages,
					locale))
			.toList();
		model.addAttribute("timeline", timeline);
		model.addAttribute("voiding", voiding == null ? null
				: timeline.stream()
					.filter(t -> t.voidHref() != null && t.event().id() == voiding)
					.findFirst()
					.orElse(null));
		model.addAttribute("allowed", allowed.stream().sorted().toList());
		model.addAttribute("officialFrom", officialFrom);
		model.addAttribute("disciplines", EventForm.DISCIPLINES);
		model.addAttribute("badgeYears", EventForm.BADGE_YEARS);
		model.addAttribute("grades", EventForm.GRADES);
		model.addAttribute("eventForm", shown);
		model.addAttribute("transfers", letters);
		Map<String, String> letterNames = new HashMap<>();
		letters.forEach(t -> java.util.stream.Stream.of(t.fromOrg(), t.toOrg()).forEach(code -> {
			String name = names.get(new OrganizationOn(code, today));
			if (name != null) {
				letterNames.put(code, name);
			}
		}));
		model.addAttribute("transferOrgNames", letterNames);
		model.addAttribute("sections", sections.orderedStream()
			.map(section -> new SectionView(section.headingKey(), section.emptyKey(), section.lines(memberNo)))
			.toList());
	}

	/** R-ADM-4: for a probationary member, the end of the 12 months from the last ceremony. */
	private static LocalDate officialFrom(MemberView member) {
		if (!member.allowedEvents().contains(MemberEventType.RECOGNIZED)) {
			return null;
		}
		LocalDate ceremony = null;
		for (MemberEventView e : member.events()) {
			if (!e.voided() && (e.type() == MemberEventType.ADMITTED || e.type() == MemberEventType.READMITTED)) {
				ceremony = ceremony == null || e.effectiveOn().isAfter(ceremony) ? e.effectiveOn() : ceremony;
			}
		}
		return ceremony == null ? null : AdmissionRules.officialFrom(ceremony);
	}

}
