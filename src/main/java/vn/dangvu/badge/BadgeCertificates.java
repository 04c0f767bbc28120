package vn.dangvu.badge;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;

import vn.dangvu.common.pdf.PdfRenderer;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.member.MemberView;

/**
 * The certificates (giấy chứng nhận) of an approved badge round (DOMAIN.md §3.2), printed in Vietnamese: one A4
 * landscape page per member awarded, in the list's order, with the badge, the member's name, birth date and
 * organization, the badge number, the decision and the place and date of the award.
 */
@Service
public class BadgeCertificates {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final BadgeRounds rounds;

	private final MemberRoster roster;

	private final PdfRenderer printer;

	BadgeCertificates(BadgeRounds rounds, MemberRoster roster, PdfRenderer printer) {
		this.rounds = rounds;
		this.roster = roster;
		this.printer = printer;
	}

	/** The certificates of the round's members awarded, in the list's order. */
	@Transactional(readOnly = true)
	public List<BadgeCertificate> certificates(BadgeRoundView round) {
		if (!round.approved()) {
			throw BadgeRoundRejectedException.because("round", "Giấy chứng nhận chỉ in được khi đợt xét tặng đã được duyệt.");
		}
		return round.active()
			.stream()
			.map(p -> new BadgeCertificate(p.badgeYears(), p.kind() == ProposalKind.POSTHUMOUS, p.fullName(),
					roster.find(p.memberNo(), round.awardDate()).map(MemberView::file).map(f -> f.birthDate()).orElse(null),
					round.organizationName(p.orgCode()), p.badgeNo()))
			.toList();
	}

	/**
	 * Writes the PDF of the round's certificates; answers how many pages it has.
	 *
	 * @param place the place written before the date (e.g. "Cần Thơ"); the round's organization when blank
	 * @throws BadgeRoundRejectedException when the round is not approved yet
	 */
	@Transactional(readOnly = true)
	public int pdf(long roundId, String place, OutputStream out) {
		BadgeRoundView round = rounds.round(roundId);
		List<BadgeCertificate> certificates = certificates(round);
		LocalDate date = round.awardDate();
		Context context = new Context(VIETNAMESE);
		context.setVariable("round", round);
		context.setVariable("certificates", certificates);
		context.setVariable("place", place == null || place.isBlank() ? round.orgName()
				: vn.dangvu.common.text.VietnameseText.normalize(place.strip()));
		context.setVariable("day", String.format("%02d", date.getDayOfMonth()));
		context.setVariable("month", String.format("%02d", date.getMonthValue()));
		context.setVariable("year", Integer.toString(date.getYear()));
		printer.render("badge/certificates-pdf", context, out);
		return certificates.size();
	}

}
