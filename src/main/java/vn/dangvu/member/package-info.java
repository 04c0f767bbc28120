/**
 * Members: the member file, the lifecycle ledger and the status, organization and party age derived from it.
 */
package vn.dangvu.member;
