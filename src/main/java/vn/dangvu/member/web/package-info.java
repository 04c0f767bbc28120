/**
 * Pages and API of members: the list with its Excel export, the header search, the member's page with its timeline and
 * the forms that record events, the member file form.
 */
package vn.dangvu.member.web;
