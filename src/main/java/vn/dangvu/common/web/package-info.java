/**
 * The web shell shared by every page: messages in Vietnamese (default) and English, the locale switch, and the
 * caller's scope as the modules under the access module may ask for it.
 */
package vn.dangvu.common.web;
