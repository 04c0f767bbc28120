/**
 * Party age and Party badges: eligibility for an award date, award rounds.
 */
package vn.dangvu.badge;
