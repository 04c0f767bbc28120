/**
 * Pages of the Excel import of members.
 */
package vn.dangvu.importing.web;
