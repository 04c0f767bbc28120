package vn.dangvu.common.database;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The background work on one connection of a bulk load, done in order by one thread while the caller goes on
 * computing: the {@code COPY} pieces of its {@link CopyRows}, and reads handed to it ({@link #submit}). PostgreSQL
 * writes one piece as Java prepares the next (a province's import had spent about a third of its judging and
 * writing in Java and the rest waiting for {@code COPY}, one after the other).
 * <p>
 * The {@link CopyRows} of a lane keep the order in which they were opened: before one of them sends a piece, those
 * opened before it send what they have gathered, so that rows another table's rows refer to (a member before its
 * events) are always in first. Work is done in the order it was handed over; at most three pieces or reads wait, so
 * that a load of any size needs only a few pieces' memory. The connection is the caller's transaction's, taken on the
 * caller's thread. Rows are visible to the caller's statements only after {@link #flush()} (or a
 * {@link CopyRows#flush()} or {@link CopyRows#close()}), which waits for all the work and reports the failure of any.
 * <p>
 * Every COPY of a connection open at the same time must be in one lane: the driver makes the caller's statements
 * wait while a COPY is being written, but wakes only one waiting thread when it ends, so only the lane's thread may
 * write COPYs and only the caller's thread may wait for them.
 */
public final class CopyLane {

	private static final int WAITING_AT_MOST = 3;

	private final DSLContext dsl;

	private final List<CopyRows> opened = new ArrayList<>();

	/** Work handed over and not yet done; guarded by {@code this}. */
	private final Deque<Runnable> work = new ArrayDeque<>();

	/** Whether the lane's thread is doing a piece of work; guarded by {@code this}. */
	private boolean busy;

	/** The first failure: no later work is done, and every later call reports it; guarded by {@code this}. */
	private RuntimeException failure;

	private Thread thread;

	public CopyLane(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** A COPY into a table, in this lane, after the ones opened before it ({@code sql}: as {@link CopyRows} takes it). */
	public CopyRows copy(String sql) {
		CopyRows rows = new CopyRows(this, sql);
		opened.add(rows);
		return rows;
	}

	/**
	 * Hands work to the lane's thread, after what was handed over before: reading rows of a result set opened on the
	 * connection, say, while the caller works on the rows read before. Its failure fails the lane.
	 */
	public <T> CompletableFuture<T> submit(Callable<T> task) {
		CompletableFuture<T> result = new CompletableFuture<>();
		enqueue(() -> {
			try {
				result.complete(task.call());
			}
			catch (SQLException e) {
				DataAccessException failed = new DataAccessException(e.getMessage(), e);
				result.completeExceptionally(failed);
				throw failed;
			}
			catch (RuntimeException e) {
				result.completeExceptionally(e);
				throw e;
			}
			catch (Exception e) {
				IllegalStateException failed = new IllegalStateException(e);
				result.completeExceptionally(failed);
				throw failed;
			}
		});
		return result;
	}

	/** The result of work handed over ({@link #submit}) once it is done; throws its failure or the lane's. */
	public synchronized <T> T result(CompletableFuture<T> of) {
		waitWhile(() -> !of.isDone() && failure == null);
		throwFailure(); // work queued behind a failure is never done
		try {
			return of.join();
		}
		catch (java.util.concurrent.CompletionException e) {
			throw e.getCause() instanceof RuntimeException r ? r : e;
		}
	}

	/** Sends what every COPY of the lane has gathered and waits until all their rows are in their tables. */
	public void flush() {
		for (CopyRows rows : opened) {
			rows.handOver();
		}
		await();
	}

	/** Waits until all the work handed over is done; throws the failure of any. */
	public synchronized void await() {
		waitWhile(() -> (busy || !work.isEmpty()) && failure == null);
		throwFailure();
	}

	/** Hands over the gathered rows of the COPYs opened before {@code rows}, then those of {@code rows}. */
	void handOverUpTo(CopyRows rows) {
		for (CopyRows earlier : opened) {
			if (earlier == rows) {
				break;
			}
			earlier.handOver();
		}
		rows.handOver();
	}

	/** Queues a piece of a COPY. */
	void send(String sql, byte[] bytes) {
		// the connection of the caller's transaction: the lane's thread has no transaction of its own
		PGConnection connection = dsl.connectionResult(c -> c.unwrap(PGConnection.class));
		enqueue(() -> copy(connection, sql, bytes));
	}

	/** Queues work for the lane's thread; waits while three wait already. */
	private synchronized void enqueue(Runnable job) {
		waitWhile(() -> work.size() >= WAITING_AT_MOST && failure == null);
		throwFailure();
		work.add(job);
		if (thread == null || !thread.isAlive()) {
			thread = Thread.ofPlatform().daemon().name("copy-lane").start(this::doAll);
		}
		notifyAll();
	}

	private void doAll() {
		while (true) {
			Runnable job;
			synchronized (this) {
				if (work.isEmpty() || failure != null) {
					busy = false;
					work.clear();
					thread = null;
					notifyAll();
					return;
				}
				job = work.poll();
				busy = true;
				notifyAll();
			}
			try {
				job.run();
			}
			catch (RuntimeException | Error e) {
				synchronized (this) {
					failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
				}
			}
		}
	}

	private static void copy(PGConnection connection, String sql, byte[] bytes) {
		try {
			CopyIn copy = connection.getCopyAPI().copyIn(sql);
			try {
				copy.writeToCopy(bytes, 0, bytes.length);
				copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		catch (SQLException e) {
			throw new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
		}
	}

	private void throwFailure() {
		if (failure != null) {
			throw failure;
		}
	}

	/**
	 * Waits (holding the lane's monitor) while the condition holds, whatever interrupts: work on the wire must end
	 * before the connection is used again. The interrupt is kept for the caller.
	 */
	private void waitWhile(BooleanSupplier condition) {
		boolean interrupted = false;
		while (condition.getAsBoolean()) {
			try {
				wait();
			}
			catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
