package vn.dangvu.organization;

/**
 * Restructurings read from an interchange file, checked one by one as they are added — each by the rules of
 * {@link Restructurings#applyImported}, against the tree as the earlier ones of the batch left it — and written
 * together: a run of the thousands of rows of a reorganization's day in a handful of statements. Made by
 * {@link Restructurings#attributeChangeBatch} or {@link Restructurings#moveBatch} for the codes the rows name, used in
 * one transaction.
 */
public sealed interface RestructuringBatch permits AttributeChangeBatch, MoveBatch {

	/**
	 * Checks the restructuring and keeps it to be written; refused (with nothing kept) as
	 * {@link Restructurings#applyImported} would refuse it. Its codes must be among those the batch was made for.
	 *
	 * @throws RestructuringRefusedException when a rule refuses it
	 */
	void add(RestructuringCommand command);

	/**
	 * Writes every kept restructuring, in the order added (so the restructurings' ids follow it). A batch of moves is
	 * written once; a new run needs a new batch.
	 */
	void write();

}
