/**
 * The annual quality assessment: grades and the rules of each regulation by assessment year, rounds per grassroots
 * organization closed by a decision, and the good-or-better rates rolled up through the tree.
 */
package vn.dangvu.assessment;
