package vn.dangvu.common.database;

/** Where the read replica is: a streaming standby of the primary ({@code DANGVU_DB_REPLICA_URL}). */
record ReplicaLocation(String url, String user, String password) {
}
