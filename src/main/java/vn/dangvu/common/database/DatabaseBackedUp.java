package vn.dangvu.common.database;

/** Published after a backup was written: the file and what it holds. */
public record DatabaseBackedUp(String file, DatabaseBackup.Summary summary) {
}
