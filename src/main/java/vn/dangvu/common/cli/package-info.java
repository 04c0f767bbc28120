/**
 * The command-line frame: the jar runs the command a module contributes and exits.
 */
package vn.dangvu.common.cli;
