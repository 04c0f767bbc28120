package vn.dangvu.member.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PiecesWrittenAsideTests {

	@Test
	void writesEveryRowInOrderAPieceAtATimeOnAThreadOfItsOwn() throws IOException {
		List<List<Integer>> written = new CopyOnWriteArrayList<>();
		List<String> threads = new CopyOnWriteArrayList<>();
		try (PiecesWrittenAside<Integer> pieces = new PiecesWrittenAside<>("test-writer", 3, piece -> {
			threads.add(Thread.currentThread().getName());
			written.add(List.copyOf(piece));
		})) {
			for (int i = 1; i <= 8; i++) {
				pieces.add(i);
			}
			pieces.finish();
			// finish returns once every piece is written, the last one partly filled
			assertThat(written).containsExactly(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7, 8));
		}
		assertThat(threads).containsOnly("test-writer");
	}

	@Test
	void aListThatFillsItsLastPieceAndAnEmptyListEndWithoutAnEmptyPiece() throws IOException {
		List<List<Integer>> written = new CopyOnWriteArrayList<>();
		try (PiecesWrittenAside<Integer> pieces = new PiecesWrittenAside<>("test-writer", 2, written::add)) {
			for (int i = 1; i <= 4; i++) {
				pieces.add(i);
			}
			pieces.finish();
		}
		assertThat(written).containsExactly(List.of(1, 2), List.of(3, 4));
		written.clear();
		try (PiecesWrittenAside<Integer> pieces = new PiecesWrittenAside<>("test-writer", 2, written::add)) {
			pieces.finish();
		}
		assertThat(written).isEmpty();
	}

	/** The client gone: the reading stops at its next piece, and the stream's failure reaches the caller. */
	@Test
	void aFailureOfTheWritingIsThrownToTheReader() {
		AtomicInteger pieces = new AtomicInteger();
		PiecesWrittenAside<Integer> aside = new PiecesWrittenAside<>("test-writer", 1, piece -> {
			pieces.incrementAndGet();
			throw new UncheckedIOException(new IOException("Broken pipe"));
		});
		try (aside) {
			assertThatThrownBy(() -> {
				for (int i = 0; i < 1_000; i++) {
					aside.add(i);
				}
			}).isInstanceOf(UncheckedIOException.class).hasMessageContaining("Broken pipe");
		}
		// the writing stopped at its first piece; at most the waiting pieces were handed after it
		assertThat(pieces).hasValue(1);

		PiecesWrittenAside<Integer> atTheEnd = new PiecesWrittenAside<>("test-writer", 5, piece -> {
			throw new UncheckedIOException(new IOException("Connection reset"));
		});
		try (atTheEnd) {
			atTheEnd.add(1);
			assertThatThrownBy(atTheEnd::finish).isInstanceOf(IOException.class).hasMessage("Connection reset");
		}
	}

	/** The reading failed (the database, say): the writing ends, and nothing is written once close returns. */
	@Test
	void closedUnfinishedItEndsTheWritingBeforeReturning() throws InterruptedException {
		CountDownLatch writing = new CountDownLatch(1);
		List<Integer> written = new ArrayList<>();
		AtomicInteger afterClose = new AtomicInteger();
		boolean[] closed = { false };
		PiecesWrittenAside<Integer> aside = new PiecesWrittenAside<>("test-writer", 1, piece -> {
			writing.countDown();
			try {
				Thread.sleep(60_000); // a slow client
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			finally {
				synchronized (written) {
					if (closed[0]) {
						afterClose.incrementAndGet();
					}
					written.addAll(piece);
				}
			}
		});
		aside.add(1);
		assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
		aside.add(2);
		aside.close();
		synchronized (written) {
			closed[0] = true;
		}
		assertThat(afterClose).hasValue(0);
		assertThat(written).containsExactly(1);
	}

	@Test
	void refusesPiecesOfNoRow() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PiecesWrittenAside<Integer>("test-writer", 0, p -> {
		}));
	}

}
