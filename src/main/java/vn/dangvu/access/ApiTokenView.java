package vn.dangvu.access;

import java.time.Instant;

/** An API token as its owner sees it: what it is for, when it was issued and whether it was revoked. */
public record ApiTokenView(long id, String label, Instant createdAt, Instant revokedAt) {

	public boolean revoked() {
		return revokedAt != null;
	}

}
