package vn.dangvu.commendation;

import java.time.OffsetDateTime;
import java.util.List;

import vn.dangvu.common.Decision;

/**
 * A commendation decision with its recipients, organizations first, then members, each in the Vietnamese order.
 *
 * @param orgCode the organization that recorded it
 * @param voidedAt null unless voided
 */
public record CommendationView(long id, String orgCode, Decision decision, CommendationForm form, String reason,
		Integer achievementYear, List<CommendationRecipient> recipients, String recordedBy, OffsetDateTime recordedAt,
		String voidedBy, OffsetDateTime voidedAt, String voidReason) {

	public boolean voided() {
		return voidedAt != null;
	}

	public long organizations() {
		return recipients.stream().filter(r -> r.kind() == RecipientKind.ORGANIZATION).count();
	}

	public long members() {
		return recipients.stream().filter(r -> r.kind() == RecipientKind.MEMBER).count();
	}

}
