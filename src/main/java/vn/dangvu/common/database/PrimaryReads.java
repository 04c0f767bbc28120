package vn.dangvu.common.database;

import java.util.concurrent.Callable;

/**
 * Read your own writes: while pinned, read-only transactions of the current thread go to the primary like every
 * other (a person who has just posted a form must see the change on the page it leads to, whatever the replica's
 * lag). Without a replica it changes nothing.
 */
public final class PrimaryReads {

	private static final ThreadLocal<Boolean> PINNED = new ThreadLocal<>();

	private PrimaryReads() {
	}

	/** Runs the work with every transaction it begins on the primary. */
	public static <T> T call(Callable<T> work) throws Exception {
		Boolean before = PINNED.get();
		PINNED.set(Boolean.TRUE);
		try {
			return work.call();
		}
		finally {
			if (before == null) {
				PINNED.remove();
			}
			else {
				PINNED.set(before);
			}
		}
	}

	/** Whether the current thread reads from the primary whatever its transactions say. */
	public static boolean pinned() {
		return Boolean.TRUE.equals(PINNED.get());
	}

}
