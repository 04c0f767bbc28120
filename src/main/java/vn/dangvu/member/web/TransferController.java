package vn.dangvu.member.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.dangvu.common.time.Dates;
import vn.dangvu.common.web.Pagination;
import vn.dangvu.member.FieldProblem;
import vn.dangvu.member.IssueTransfer;
import vn.dangvu.member.MemberRejectedException;
import vn.dangvu.member.TransferKind;
import vn.dangvu.member.TransferView;
import vn.dangvu.member.Transfers;
import vn.dangvu.organization.Organizations;

/**
 * The transfer handshake on the member page (issue, receive, cancel) and the list of letters in transit of a subtree,
 * sent and expected, overdue ones marked (R-TRF-1). The receiving side receives a letter from that list: the member
 * is not in its scope before the reception, so it does not see the member's page until then (the access module's
 * rule). A letter may be addressed to any organization, in the sender's scope or not.
 */
@Controller
class TransferController {

	/** The letters a page of the list shows: a nation's letters in transit may be thousands. */
	static final int PAGE_SIZE = 50;

	private final Transfers transfers;

	private final Organizations organizations;

	private final MessageSource messages;

	TransferController(Transfers transfers, Organizations organizations, MessageSource messages) {
		this.transfers = transfers;
		this.organizations = organizations;
		this.messages = messages;
	}

	@PostMapping("/members/{memberNo}/transfers")
	String issue(@PathVariable String memberNo, @RequestParam(required = false) TransferKind kind,
			@RequestParam(required = false) String toOrg, @RequestParam(required = false) String issuedOn,
			@RequestParam(required = false) String decisionNo, @RequestParam(required = false) String temporaryUntil,
			@RequestParam(defaultValue = "false") boolean training, Principal user, Locale locale,
			RedirectAttributes redirect) {
		try {
			transfers.issue(new IssueTransfer(memberNo, kind, toOrg, Dates.parse(issuedOn).orElse(null),
					decisionNo == null || decisionNo.isBlank() ? null : decisionNo.strip(), null,
					Dates.parse(temporaryUntil).orElse(null), training), user.getName());
			redirect.addFlashAttribute("done", messages.getMessage("transfer.issued", new Object[] { toOrg }, locale));
		}
		catch (MemberRejectedException ex) {
			redirect.addFlashAttribute("transferErrors", ex.problems().stream().map(FieldProblem::describe).toList());
		}
		return back(memberNo);
	}

	/**
	 * The receiving organization confirms the letter; {@code org} is the list of letters it was received from, shown
	 * again after it (the member's page otherwise).
	 */
	@PostMapping("/members/{memberNo}/transfers/{transferId}/receive")
	String receive(@PathVariable String memberNo, @PathVariable long transferId,
			@RequestParam(required = false) String receivedOn, @RequestParam(required = false) String org,
			Principal user, Locale locale, RedirectAttributes redirect) {
		try {
			TransferView t = transfers.receive(memberNo, transferId, Dates.parse(receivedOn).orElse(null),
					user.getName());
			redirect.addFlashAttribute("done", messages.getMessage(t.overdue() ? "transfer.receivedLate" : "transfer.received",
					new Object[] { t.toOrg(), Dates.format(t.deadline()) }, locale));
		}
		catch (MemberRejectedException ex) {
			redirect.addFlashAttribute("transferErrors", ex.problems().stream().map(FieldProblem::describe).toList());
		}
		return org == null || org.isBlank() ? back(memberNo) : list(org.strip());
	}

	@PostMapping("/members/{memberNo}/transfers/{transferId}/cancel")
	String cancel(@PathVariable String memberNo, @PathVariable long transferId,
			@RequestParam(required = false) String reason, Principal user, Locale locale,
			RedirectAttributes redirect) {
		try {
			transfers.cancel(memberNo, transferId, reason, user.getName());
			redirect.addFlashAttribute("done", messages.getMessage("transfer.cancelled", null, locale));
		}
		catch (MemberRejectedException ex) {
			redirect.addFlashAttribute("transferErrors", ex.problems().stream().map(FieldProblem::describe).toList());
		}
		return back(memberNo);
	}

	/**
	 * Letters in transit from or to the subtree of {@code org}, each marked as sent from the subtree or expected by it.
	 * Without {@code org} (the guard lets only an administrator ask so), every letter in transit, marked by the
	 * organizations of the day — those of every root's subtree —, whose codes are not read: the nation's 352,000 were
	 * 1.0–1.9 s of the page. A letter between two organizations that have both ended since is listed then too. Fifty
	 * letters to a page, the newest first; the organizations are named, and marked, for the page shown.
	 */
	@GetMapping("/transfers")
	String pending(@RequestParam(required = false) String org, @RequestParam(defaultValue = "0") int page,
			Model model) {
		LocalDate today = LocalDate.now();
		boolean everywhere = org == null || org.isBlank();
		Set<String> subtree = everywhere ? Set.of() : Set.copyOf(organizations.subtreeCodes(org.strip(), today));
		List<TransferView> letters = everywhere ? transfers.pending()
				: subtree.isEmpty() ? List.of() : transfers.pendingFor(subtree);
		Pagination.Slice<TransferView> shown = Pagination.slice(letters, page, PAGE_SIZE, p -> {
			UriComponentsBuilder link = UriComponentsBuilder.fromPath("/transfers");
			if (!everywhere) {
				link.queryParam("org", "{org}");
			}
			return link.queryParam("page", p).encode().buildAndExpand(everywhere ? Map.of() : Map.of("org", org.strip()))
				.toUriString();
		});
		Set<String> inside = everywhere ? organizations.existingOn(codes(shown.items()), today) : subtree;
		List<TransferRow> rows = shown.items()
			.stream()
			.map(t -> new TransferRow(t, inside.contains(t.fromOrg()), inside.contains(t.toOrg())))
			.toList();
		model.addAttribute("org", org);
		model.addAttribute("transfers", rows);
		model.addAttribute("pagination", shown.pagination());
		model.addAttribute("orgNames", names(organizations, shown.items()));
		return "member/transfers";
	}

	/**
	 * The names of the organizations the letters were sent from and to, by code, as named today or on their last day
	 * (the lists show the name with the code under it).
	 */
	private static Map<String, String> names(Organizations organizations, List<TransferView> letters) {
		return letters.isEmpty() ? Map.of() : organizations.latestNames(codes(letters), LocalDate.now());
	}

	/** The codes of the organizations the letters were sent from and to. */
	private static Set<String> codes(List<TransferView> letters) {
		return letters.stream()
			.flatMap(t -> java.util.stream.Stream.of(t.fromOrg(), t.toOrg()))
			.collect(java.util.stream.Collectors.toSet());
	}

	/**
	 * A letter in the list of a subtree.
	 *
	 * @param sent from the subtree: its member, whose page the list links to
	 * @param expected addressed to the subtree, which receives it here
	 */
	record TransferRow(TransferView letter, boolean sent, boolean expected) {
	}

	private static String list(String org) {
		return "redirect:" + UriComponentsBuilder.fromPath("/transfers").queryParam("org", "{org}").encode()
			.buildAndExpand(org).toUriString();
	}

	private static String back(String memberNo) {
		return "redirect:" + UriComponentsBuilder.fromPath("/members/{memberNo}").fragment("transfers")
			.buildAndExpand(memberNo).encode().toUriString();
	}

}
