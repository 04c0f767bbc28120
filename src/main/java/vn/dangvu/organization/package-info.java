/**
 * The organization tree: types, effective-dated names and parents, restructuring decisions and lineage, the tree of
 * any date.
 */
package vn.dangvu.organization;
