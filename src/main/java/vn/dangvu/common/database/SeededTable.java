package vn.dangvu.common.database;

/**
 * A table its migration fills with reference data (e.g. the rule versions in force when it was written), declared as
 * a bean by the module that owns it. A new database has those rows already, so a restore does not count them as data
 * and replaces them with the backup's, which holds them and any added since.
 *
 * @param name the table's name
 */
public record SeededTable(String name) {
}
