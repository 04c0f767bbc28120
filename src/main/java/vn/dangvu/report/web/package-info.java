/**
 * Pages and API of reports.
 */
package vn.dangvu.report.web;
