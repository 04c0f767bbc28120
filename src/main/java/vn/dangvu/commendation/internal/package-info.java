/**
 * Commendation decisions and their recipients in SQL.
 */
package vn.dangvu.commendation.internal;
