package vn.dangvu.common.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.stereotype.Service;

import vn.dangvu.common.database.DatabaseStatusView.ReplicaView;
import vn.dangvu.common.database.DatabaseStatusView.StandbyRow;

/**
 * The state of the primary and of the read replica, asked of each server directly (not through the routing): the
 * primary's WAL position and the standbys streaming from it ({@code pg_stat_replication}), the replica's replayed
 * position and how long ago it replayed its last transaction.
 */
@Service
public class DatabaseStatus {

	private static final Pattern SECRET = Pattern.compile("([?&;])password=[^&;]*&?", Pattern.CASE_INSENSITIVE);

	private static final Pattern USER_INFO = Pattern.compile("//[^/@?]*@");

	private final DatabasePools pools;

	DatabaseStatus(DatabasePools pools) {
		this.pools = pools;
	}

	public DatabaseStatusView status() {
		String primaryLsn = null;
		List<StandbyRow> standbys = new ArrayList<>();
		String primaryProblem = null;
		try (Connection c = pools.primary().getConnection(); var s = c.createStatement()) {
			try (ResultSet r = s.executeQuery("select pg_current_wal_lsn()::text")) {
				r.next();
				primaryLsn = r.getString(1);
			}
			try (ResultSet r = s.executeQuery("""
					select application_name, client_addr::text, state, sync_state, replay_lsn::text,
					       pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint,
					       extract(epoch from replay_lag)::float8
					from pg_stat_replication order by application_name""")) {
				while (r.next()) {
					standbys.add(new StandbyRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
							r.getString(5), (Long) r.getObject(6), (Double) r.getObject(7)));
				}
			}
		}
		catch (SQLException ex) {
			primaryProblem = ex.getSQLState();
		}
		ReplicaView replica = pools.replicaLocation()
			.map(location -> replica(withoutSecrets(location.url()), pools.replica().orElseThrow()))
			.orElse(null);
		return new DatabaseStatusView(withoutSecrets(pools.location().url()), primaryLsn, primaryProblem, standbys,
				replica);
	}

	private static ReplicaView replica(String url, DataSource replica) {
		try (Connection c = replica.getConnection(); var s = c.createStatement(); ResultSet r = s.executeQuery("""
				select pg_is_in_recovery(), pg_last_wal_receive_lsn()::text, pg_last_wal_replay_lsn()::text,
				       pg_last_xact_replay_timestamp(),
				       extract(epoch from now() - pg_last_xact_replay_timestamp())::float8""")) {
			r.next();
			var replayedAt = r.getObject(4, java.time.OffsetDateTime.class);
			return new ReplicaView(url, null, r.getBoolean(1), r.getString(2), r.getString(3),
					replayedAt == null ? null : replayedAt.toInstant(), (Double) r.getObject(5));
		}
		catch (SQLException ex) {
			return new ReplicaView(url, ex.getSQLState() == null ? "?" : ex.getSQLState(), false, null, null, null,
					null);
		}
	}

	/** A JDBC URL as it may be shown: without a password in its parameters or before the host. */
	static String withoutSecrets(String url) {
		String shown = SECRET.matcher(url).replaceAll("$1");
		shown = USER_INFO.matcher(shown).replaceFirst("//");
		return shown.endsWith("?") || shown.endsWith("&") ? shown.substring(0, shown.length() - 1) : shown;
	}

}
