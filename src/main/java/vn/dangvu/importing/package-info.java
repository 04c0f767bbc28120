/**
 * Import and export of the interchange files of INTERCHANGE.md (the organization tree now, members later), all or
 * nothing, the {@code import} and {@code export} commands, and {@code generate}, which writes the four files of a
 * synthetic party organization ({@code Synthetic*}).
 */
package vn.dangvu.importing;
