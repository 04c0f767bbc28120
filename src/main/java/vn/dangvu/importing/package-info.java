/**
 * Import and export of the interchange files of INTERCHANGE.md (the organization tree now, members later), all or
 * nothing, and the {@code import} and {@code export} commands.
 */
package vn.dangvu.importing;
