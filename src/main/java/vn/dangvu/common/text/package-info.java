/**
 * Vietnamese text: normalization, diacritic folding for search and collation for sorting.
 */
package vn.dangvu.common.text;
