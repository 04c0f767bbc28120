/**
 * The register of commendations (khen thưởng): decisions commending members and organizations, listed per subtree and
 * counted in the year-end summary.
 */
package vn.dangvu.commendation;
