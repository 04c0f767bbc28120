/**
 * Badge rounds and their proposals in SQL.
 */
package vn.dangvu.badge.internal;
