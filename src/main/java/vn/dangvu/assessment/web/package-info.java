/**
 * Pages of the assessment: rounds with live grading, the rates of a subtree compared with the year before.
 */
package vn.dangvu.assessment.web;
