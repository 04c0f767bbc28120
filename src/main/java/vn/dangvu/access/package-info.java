/**
 * Access: users, their roles scoped to an organization subtree, login and API tokens.
 */
package vn.dangvu.access;
