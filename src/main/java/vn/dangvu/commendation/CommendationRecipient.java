package vn.dangvu.commendation;

/**
 * A recipient of a commendation.
 *
 * @param code the member number or the organization code
 * @param name the member's full name, or the organization's name on the decision date
 * @param orgCode the organization the recipient belonged to on the decision date (for an organization, itself), by
 *     which lists and summaries attribute the commendation to a subtree
 * @param posthumous a member commended after death (truy tặng)
 */
public record CommendationRecipient(RecipientKind kind, String code, String name, String orgCode, boolean posthumous) {
}
