/**
 * The database status page for administrators: the primary, the read replica and its lag, and the background
 * maintenance — also as JSON ({@code GET /api/v1/system/maintenance}) for scripts.
 */
package vn.dangvu.common.database.web;
