/**
 * Pages and API of the organization tree.
 */
package vn.dangvu.organization.web;
