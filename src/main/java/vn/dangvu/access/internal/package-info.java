/**
 * Users, roles and tokens in SQL.
 */
package vn.dangvu.access.internal;
