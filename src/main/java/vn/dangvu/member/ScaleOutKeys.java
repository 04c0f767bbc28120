package vn.dangvu.member;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.member.internal.MemberStore;

/**
 * The events' scale-out key after a move or merge of provinces (ARCHITECTURE.md data principle 8, V32). The decision's
 * transaction re-keys the files, periods and name words, which lists and the search read, and lists the members
 * whose events still carry the old province; once it commits, their events are re-keyed here in slices, each its own
 * transaction, on a background thread. Whatever is left when the application stops (a crash, the end of a command) is
 * resumed at the next start. On a distributed engine this is the step that moves the rows to the new province's
 * shard.
 */
@Service
public class ScaleOutKeys {

	private static final Logger log = LoggerFactory.getLogger(ScaleOutKeys.class);

	/** Members whose events one slice re-keys (about 120,000 events). */
	static final int SLICE = 10_000;

	private final MemberStore store;

	private final TransactionTemplate transactions;

	ScaleOutKeys(MemberStore store, TransactionTemplate transactions) {
		this.store = store;
		this.transactions = transactions;
	}

	/**
	 * Re-keys the events of every pending member and answers how many members were taken. Outside a transaction each
	 * slice commits on its own; inside one (a test, or a benchmark that rolls back) the slices join it. Returns once
	 * none is pending, including those a concurrent drain was working on.
	 */
	public int follow() {
		return follow(SLICE);
	}

	/** {@link #follow()} with slices of the given number of members. */
	int follow(int slice) {
		int members = 0;
		while (true) {
			Integer taken = transactions.execute(status -> store.followPendingKeys(slice));
			members += taken == null ? 0 : taken;
			if ((taken == null || taken == 0) && pending() == 0) {
				return members;
			}
		}
	}

	/** The members whose events wait to be re-keyed. */
	public int pending() {
		Integer pending = transactions.execute(status -> store.pendingKeys());
		return pending == null ? 0 : pending;
	}

	/** After the current transaction commits (at once without one), re-keys the pending events in the background. */
	void followAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					followInBackground();
				}
			});
		}
		else {
			followInBackground();
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		if (pending() > 0) {
			followInBackground();
		}
	}

	private void followInBackground() {
		Thread.ofPlatform().daemon().name("scale-out-keys").start(() -> {
			try {
				int members = follow();
				log.info("Scale-out key of the events followed for {} members", members);
			}
			catch (RuntimeException ex) {
				log.warn("The events' scale-out key could not be followed now; it is resumed at the next start", ex);
			}
		});
	}

}
