/**
 * Pages of the register of commendations: the list of a subtree and its Excel export, the form of a decision, a
 * decision's page with its voiding.
 */
package vn.dangvu.commendation.web;
