-- organization_closure is derived: organization.internal.TreeStore.recomputeClosure writes it from
-- organization_version in the same transaction, and every id it writes comes from a version row, whose own keys
-- reference organization. Its two foreign keys proved nothing more and cost two lookups and a row lock on
-- organization for every closure row written: about half of a recompute's time on a province's import, where a move
-- rewrites the closure of a whole district (issue #7).
-- (jOOQ's code generation reads the DDL with constraint names of its own: the keys it has do not matter to the code)
/* [jooq ignore start] */
alter table organization_closure drop constraint organization_closure_ancestor_id_fkey;
alter table organization_closure drop constraint organization_closure_descendant_id_fkey;
/* [jooq ignore stop] */
