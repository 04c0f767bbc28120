/**
 * The tree in SQL: version periods, closure table, restructuring records.
 */
package vn.dangvu.organization.internal;
