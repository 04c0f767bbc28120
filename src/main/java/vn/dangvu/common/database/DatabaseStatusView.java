package vn.dangvu.common.database;

import java.time.Instant;
import java.util.List;

/**
 * The primary and its read replica as the status page shows them. URLs are shown without passwords.
 *
 * @param primaryProblem the SQLSTATE of the failure to ask the primary, else {@code null}
 * @param replica {@code null} when no replica is configured
 */
public record DatabaseStatusView(String primaryUrl, String primaryLsn, String primaryProblem, List<StandbyRow> standbys,
		ReplicaView replica) {

	/**
	 * A standby streaming from the primary (a row of {@code pg_stat_replication}; a role without
	 * {@code pg_read_all_stats} sees its columns empty).
	 */
	public record StandbyRow(String name, String address, String state, String syncState, String replayLsn,
			Long bytesBehind, Double replayLagSeconds) {
	}

	/**
	 * The replica as it answers itself.
	 *
	 * @param problem the SQLSTATE of the failure to reach it, else {@code null}
	 * @param secondsSinceReplay {@code now() - pg_last_xact_replay_timestamp()}: the lag while the primary is busy,
	 * the idle time when it is not
	 */
	public record ReplicaView(String url, String problem, boolean inRecovery, String receiveLsn, String replayLsn,
			Instant lastReplayAt, Double secondsSinceReplay) {

		public boolean reachable() {
			return problem == null;
		}

	}

}
