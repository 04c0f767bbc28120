package vn.dangvu.member.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Rows gathered on the caller's thread and written, a piece at a time and in order, by a thread of their own: an
 * export reads its rows from the database while the rows read before are written out (an Excel sheet's XML and its
 * compression), where one thread did the two one after the other. The reading stays on the caller's thread, in its
 * transaction; the writing thread touches only what the writer of a piece touches, and never after {@link #close()}
 * returns. At most {@value #WAITING} pieces wait, so that a list of any size needs only a few pieces' memory.
 * <p>
 * A failure of the writing (the client gone, say) is thrown to the caller at its next row or at {@link #finish()};
 * a failure of the reading ends the writing at {@link #close()}, the rows gathered then unwritten.
 */
final class PiecesWrittenAside<T> implements AutoCloseable {

	static final int WAITING = 2;

	/** Handed after the last piece. */
	private static final List<Object> END = List.of();

	private final int pieceSize;

	private final BlockingQueue<List<?>> pieces = new ArrayBlockingQueue<>(WAITING);

	private final CompletableFuture<Void> written = new CompletableFuture<>();

	private final Thread writer;

	private List<T> gathering;

	private boolean finished;

	/** Starts the thread that hands each piece, in order, to {@code write}. */
	PiecesWrittenAside(String name, int pieceSize, Consumer<List<T>> write) {
		if (pieceSize < 1) {
			throw new IllegalArgumentException("pieceSize " + pieceSize);
		}
		this.pieceSize = pieceSize;
		this.gathering = new ArrayList<>(pieceSize);
		this.writer = Thread.ofPlatform().daemon().name(name).start(() -> writeAll(write));
	}

	/** A row, written with its piece once {@value #WAITING} pieces or fewer wait; throws the writing's failure. */
	void add(T row) {
		gathering.add(row);
		if (gathering.size() == pieceSize) {
			hand(gathering);
			gathering = new ArrayList<>(pieceSize);
		}
	}

	/** Hands the last piece and waits until every row is written; throws the writing's failure. */
	void finish() throws IOException {
		try {
			if (!gathering.isEmpty()) {
				hand(gathering);
				gathering = new ArrayList<>(0);
			}
			hand(END);
		}
		catch (RuntimeException e) {
			if (!written.isCompletedExceptionally()) {
				throw e;
			}
		}
		finished = true;
		try {
			written.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while the rows were written", e);
		}
		catch (ExecutionException e) {
			throw rethrown(e.getCause());
		}
	}

	/** Ends the writing, if {@link #finish()} did not, and waits for its thread: nothing is written after this. */
	@Override
	public void close() {
		if (!finished) {
			writer.interrupt();
		}
		boolean interrupted = false;
		while (writer.isAlive()) {
			try {
				writer.join();
			}
			catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private void hand(List<?> piece) {
		try {
			while (!pieces.offer(piece, 100, TimeUnit.MILLISECONDS)) {
				throwFailure();
			}
			throwFailure();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the rows were written", e);
		}
	}

	private void throwFailure() {
		if (written.isCompletedExceptionally()) {
			try {
				written.join();
			}
			catch (java.util.concurrent.CompletionException e) {
				throw unchecked(e.getCause());
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void writeAll(Consumer<List<T>> write) {
		try {
			while (true) {
				List<?> piece = pieces.take();
				if (piece == END) {
					written.complete(null);
					return;
				}
				write.accept((List<T>) piece);
			}
		}
		catch (InterruptedException e) {
			written.completeExceptionally(new IllegalStateException("the writing of the rows was ended", e));
		}
		catch (RuntimeException | Error e) {
			written.completeExceptionally(e);
		}
		finally {
			pieces.clear();
		}
	}

	private static IOException rethrown(Throwable failure) {
		if (failure instanceof UncheckedIOException io) {
			return io.getCause();
		}
		if (failure instanceof RuntimeException r) {
			throw r;
		}
		if (failure instanceof Error e) {
			throw e;
		}
		return new IOException(failure);
	}

	private static RuntimeException unchecked(Throwable failure) {
		if (failure instanceof RuntimeException r) {
			return r;
		}
		if (failure instanceof Error e) {
			throw e;
		}
		return new IllegalStateException(failure);
	}

}
