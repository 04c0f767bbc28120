/**
 * API of badges.
 */
package vn.dangvu.badge.web;
