package vn.dangvu.badge.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import vn.dangvu.badge.BadgeCertificates;
import vn.dangvu.badge.BadgeEligibility;
import vn.dangvu.badge.BadgeNumbering;
import vn.dangvu.badge.BadgeProposal;
import vn.dangvu.badge.BadgeRoundNotFoundException;
import vn.dangvu.badge.BadgeRoundRejectedException;
import vn.dangvu.badge.BadgeRoundView;
import vn.dangvu.badge.BadgeRounds;
import vn.dangvu.badge.ProposalKind;
import vn.dangvu.common.Decision;
import vn.dangvu.common.time.Dates;
import vn.dangvu.organization.Organizations;

/**
 * Badge rounds, for administrators and for officers in the subtree of their organization: every address names, in its
 * {@code org} parameter, the organization whose subtree it works in — the access guard checks the caller's scope on
 * it, and a round outside that subtree is not found. The list of rounds and the form that opens one; a round's page (its list with removals and early
 * awards, each with a reason, the approval on a decision with badge numbers, the members becoming eligible at the
 * next four award dates, loaded after the page); the printable list.
 */
@Controller
class BadgeRoundController {

	private final BadgeRounds rounds;

	private final Organizations organizations;

	private final MessageSource messages;

	private final BadgeCertificates certificates;

	BadgeRoundController(BadgeRounds rounds, Organizations organizations, MessageSource messages,
			BadgeCertificates certificates) {
		this.rounds = rounds;
		this.certificates = certificates;
		this.organizations = organizations;
		this.messages = messages;
	}

	@GetMapping("/badges/rounds")
	String list(@RequestParam(required = false) String org, Model model) {
		model.addAttribute("rounds", rounds.latest(100, org));
		model.addAttribute("listOrg", org);
		model.addAttribute("nextAwardDate", BadgeEligibility.nextAwardDates(LocalDate.now().minusDays(1), 1).get(0));
		return "badge/rounds";
	}

	@PostMapping("/badges/rounds")
	String open(@RequestParam(required = false) String org, @RequestParam(required = false) String awardDate,
			Principal user, RedirectAttributes redirect) {
		try {
			long id = rounds.open(org, Dates.parse(awardDate).orElse(null), user.getName());
			redirect.addAttribute("org", org.strip());
			return "redirect:/badges/rounds/" + id;
		}
		catch (BadgeRoundRejectedException ex) {
			redirect.addFlashAttribute("errors", List.of(ex.describe()));
			redirect.addFlashAttribute("awardDate", awardDate);
			if (org != null) {
				redirect.addAttribute("org", org);
			}
			return "redirect:/badges/rounds";
		}
	}

	@GetMapping("/badges/rounds/{id}")
	String round(@PathVariable long id, @RequestParam(required = false) String org,
			@RequestParam(required = false) String remove, jakarta.servlet.http.HttpServletRequest request, Model model) {
		BadgeRoundView round = rounds.round(id, org);
		show(round, model);
		model.addAttribute("links", new RowLinks(request.getContextPath(), id, round.orgCode()));
		model.addAttribute("removing", remove);
		model.addAttribute("kinds", ProposalKind.values());
		return "badge/round";
	}

	@GetMapping("/badges/rounds/{id}/print")
	String print(@PathVariable long id, @RequestParam(required = false) String org, Model model) {
		show(rounds.round(id, org), model);
		return "badge/print";
	}

	/**
	 * The certificates of an approved round, one A4 landscape page per member awarded. The round's page offers them
	 * once it is approved; before, the address leads back to that page.
	 */
	@GetMapping("/badges/rounds/{id}/certificates.pdf")
	ResponseEntity<byte[]> certificates(@PathVariable long id,
			@RequestParam(required = false) String org, @RequestParam(required = false) String place,
			jakarta.servlet.http.HttpServletRequest request) {
		BadgeRoundView round = rounds.round(id, org);
		if (!round.approved()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(java.net.URI.create(request.getContextPath() + "/badges/rounds/" + id + "?org="
						+ UriUtils.encodeQueryParam(round.orgCode(),
								java.nio.charset.StandardCharsets.UTF_8)))
				.build();
		}
		java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
		certificates.pdf(id, place, pdf);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"giay-chung-nhan-huy-hieu-" + id + ".pdf\"")
			.body(pdf.toByteArray());
	}

	/** Who becomes eligible at the next four award dates: a fragment for htmx, else a page of its own. */
	@GetMapping("/badges/rounds/{id}/upcoming")
	String upcoming(@PathVariable long id, @RequestParam(required = false) String org,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			jakarta.servlet.http.HttpServletRequest request, Model model) {
		BadgeRoundView round = rounds.round(id, org);
		show(round, model);
		model.addAttribute("links", new RowLinks(request.getContextPath(), id, round.orgCode()));
		model.addAttribute("upcoming", rounds.upcoming(id));
		return htmx != null ? "badge/upcoming :: upcoming" : "badge/upcoming";
	}

	@PostMapping("/badges/rounds/{id}/proposals")
	String add(@PathVariable long id, @RequestParam String org, @RequestParam(required = false) String memberNo,
			@RequestParam(required = false) ProposalKind kind, @RequestParam(required = false) String reason,
			Principal user, Locale locale, RedirectAttributes redirect) {
		rounds.requireWithin(id, org);
		redirect.addAttribute("org", org);
		try {
			BadgeProposal p = rounds.add(id, memberNo, kind, reason, user.getName());
			redirect.addFlashAttribute("done", messages.getMessage("badge.round.added",
					new Object[] { p.fullName(), p.badgeYears() }, locale));
		}
		catch (BadgeRoundRejectedException ex) {
			redirect.addFlashAttribute("addErrors", List.of(ex.describe()));
			redirect.addFlashAttribute("addMemberNo", memberNo);
			redirect.addFlashAttribute("addKind", kind);
			redirect.addFlashAttribute("addReason", reason);
			return "redirect:/badges/rounds/" + id + "#add";
		}
		return "redirect:/badges/rounds/" + id;
	}

	@PostMapping("/badges/rounds/{id}/proposals/{memberNo}/remove")
	String remove(@PathVariable long id, @PathVariable String memberNo, @RequestParam String org,
			@RequestParam(required = false) String reason, Principal user, Locale locale, RedirectAttributes redirect) {
		rounds.requireWithin(id, org);
		redirect.addAttribute("org", org);
		try {
			rounds.remove(id, memberNo, reason, user.getName());
			redirect.addFlashAttribute("done", messages.getMessage("badge.round.removed", new Object[] { memberNo }, locale));
		}
		catch (BadgeRoundRejectedException ex) {
			redirect.addFlashAttribute("errors", List.of(ex.describe()));
		}
		return "redirect:/badges/rounds/" + id;
	}

	@PostMapping("/badges/rounds/{id}/proposals/{memberNo}/restore")
	String restore(@PathVariable long id, @PathVariable String memberNo, @RequestParam String org, Principal user,
			Locale locale, RedirectAttributes redirect) {
		rounds.requireWithin(id, org);
		redirect.addAttribute("org", org);
		try {
			rounds.restore(id, memberNo, user.getName());
			redirect.addFlashAttribute("done", messages.getMessage("badge.round.restored", new Object[] { memberNo }, locale));
		}
		catch (BadgeRoundRejectedException ex) {
			redirect.addFlashAttribute("errors", List.of(ex.describe()));
		}
		return "redirect:/badges/rounds/" + id;
	}

	@PostMapping("/badges/rounds/{id}/approve")
	String approve(@PathVariable long id, @RequestParam String org, @RequestParam(required = false) String decisionNo,
			@RequestParam(required = false) String decisionDate, @RequestParam(required = false) String decisionIssuer,
			@RequestParam(required = false) String numberPrefix, @RequestParam(required = false) Integer firstSerial,
			Principal user, Locale locale, RedirectAttributes redirect) {
		rounds.requireWithin(id, org);
		redirect.addAttribute("org", org);
		LocalDate date = Dates.parse(decisionDate).orElse(null);
		if (decisionNo == null || decisionNo.isBlank() || date == null) {
			redirect.addFlashAttribute("approveErrors", List.of(messages.getMessage("badge.approve.decisionNeeded", null, locale)));
			return "redirect:/badges/rounds/" + id + "#approve";
		}
		try {
			int awarded = rounds.approve(id, new Decision(decisionNo, date, decisionIssuer),
					new BadgeNumbering(numberPrefix, firstSerial == null ? 0 : firstSerial), user.getName());
			redirect.addFlashAttribute("done", messages.getMessage("badge.approved", new Object[] { awarded }, locale));
		}
		catch (BadgeRoundRejectedException ex) {
			redirect.addFlashAttribute("approveErrors", List.of(ex.describe()));
			return "redirect:/badges/rounds/" + id + "#approve";
		}
		return "redirect:/badges/rounds/" + id;
	}

	private void show(BadgeRoundView round, Model model) {
		model.addAttribute("round", round);
		model.addAttribute("asOf", round.awardDate());
		model.addAttribute("breadcrumbs", organizations.path(round.orgCode(), round.awardDate()));
	}

	@ExceptionHandler(BadgeRoundNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model, Principal principal) {
		model.addAttribute("currentUser", principal == null ? null : principal.getName());
		return "error/404";
	}

}
