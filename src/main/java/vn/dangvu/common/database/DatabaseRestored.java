package vn.dangvu.common.database;

/** Published in the transaction of a restore, after the rows were loaded. */
public record DatabaseRestored(String file, DatabaseBackup.Summary summary) {
}
