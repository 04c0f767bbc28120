/**
 * Dates: the Vietnamese format, parsing, the open end of periods.
 */
package vn.dangvu.common.time;
