/**
 * Assessment rounds and their entries in SQL.
 */
package vn.dangvu.assessment.internal;
