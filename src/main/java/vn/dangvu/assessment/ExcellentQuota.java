package vn.dangvu.assessment;

/**
 * R-ASM-2: within a grassroots organization and a year, the members rated EXCELLENT may be at most a share of those
 * rated GOOD (DOMAIN.md: "excellent ≤ 20 % of those rated good"). A warning, never a block.
 *
 * @param percent the share in percent (20)
 */
public record ExcellentQuota(long excellent, long good, int percent) {

	public static final String RULE = "R-ASM-2";

	/** The most EXCELLENT grades within the quota: 20 % of the GOOD ones, rounded down. */
	public long allowed() {
		return good * percent / 100;
	}

	/** More EXCELLENT than {@code percent} % of GOOD; computed in integers, so exactly 20 % is within. */
	public boolean exceeded() {
		return excellent * 100 > good * (long) percent;
	}

}
