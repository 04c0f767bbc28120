/**
 * Printing Thymeleaf templates as PDF in a font that has every Vietnamese letter.
 */
package vn.dangvu.common.pdf;
