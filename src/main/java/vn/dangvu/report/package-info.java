/**
 * Statistics and summaries of a subtree, as of any date and over any period.
 */
package vn.dangvu.report;
