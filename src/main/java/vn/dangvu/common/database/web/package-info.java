/**
 * The database status page for administrators: the primary, the read replica and its lag.
 */
package vn.dangvu.common.database.web;
