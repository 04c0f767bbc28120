package vn.dangvu.organization.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The versions of organizations' names the application keeps, by code, for one stamp of the table of versions (V43):
 * asked for with another stamp, it forgets them all and starts again for that one. A stamp is read in the statement
 * whose transaction then reads the versions missing here, so that what is kept for a stamp is never older than it. At
 * most {@link #MOST} codes are kept; beyond that they are all forgotten (the nation has 352,000).
 */
public final class NamesKept {

	/** A version of an organization's name: its name from the day it began. */
	public record NameFrom(LocalDate from, String name) {
	}

	static final int MOST = 100_000;

	private record Kept(long stamp, Map<String, List<NameFrom>> byCode) {
	}

	private volatile Kept kept = new Kept(Long.MIN_VALUE, new ConcurrentHashMap<>());

	/**
	 * The versions kept for the stamp, by code (each code's versions in the order they began), to read and to add to:
	 * emptied first when the stamp is another than the one they were kept for.
	 */
	public Map<String, List<NameFrom>> forStamp(long stamp) {
		Kept now = kept;
		if (now.stamp() != stamp || now.byCode().size() > MOST) {
			now = new Kept(stamp, new ConcurrentHashMap<>());
			kept = now;
		}
		return now.byCode();
	}

	/**
	 * The name on the day among an organization's versions (in the order they began), as {@code Organizations.findLatest}
	 * names it: the version that began last on or before the day, or else the first (the organization began after it).
	 */
	public static String nameOn(List<NameFrom> versions, LocalDate day) {
		NameFrom named = versions.get(0);
		for (NameFrom v : versions) {
			if (!v.from().isAfter(day)) {
				named = v;
			}
		}
		return named.name();
	}

}
