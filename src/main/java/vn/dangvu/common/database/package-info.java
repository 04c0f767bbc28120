/**
 * The database: the embedded PostgreSQL by default, an external PostgreSQL when configured.
 */
package vn.dangvu.common.database;
