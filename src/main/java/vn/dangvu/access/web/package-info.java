/**
 * Login page, security configuration, bearer tokens for the API.
 */
package vn.dangvu.access.web;
