package vn.dangvu.access;

/**
 * The outcome of checking the whole audit chain.
 *
 * @param records how many records were checked
 * @param firstBrokenId the first record that does not verify, null when the chain is intact
 * @param problem what is wrong with it, in Vietnamese (null when intact)
 * @param lastHash the hash of the last record: written down elsewhere, it also reveals records cut off the end later
 */
public record ChainVerification(long records, Long firstBrokenId, String problem, String lastHash) {

	public boolean intact() {
		return firstBrokenId == null;
	}

}
