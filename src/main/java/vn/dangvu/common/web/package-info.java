/**
 * The web shell shared by every page: messages in Vietnamese (default) and English, the locale switch.
 */
package vn.dangvu.common.web;
