/**
 * Member files, ledger and projections in SQL.
 */
package vn.dangvu.member.internal;
