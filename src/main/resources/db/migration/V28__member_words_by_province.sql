-- The header search of an officer finds the words of a name among the members of the officer's province (issue #7):
-- one GIN index over the province and the words, so that the province narrows the words' matches inside the index
-- instead of on the heap afterwards (a short last word such as "a" matches ~13,000 names of the nation, whose pages
-- the filter then visited). btree_gin lets a GIN index hold the plain province column; it is a trusted extension
-- (PostgreSQL 13+), which the database's owner may create. The index also serves a search without a province, so it
-- replaces the words-only index of V3.
/* [jooq ignore start] */
create extension if not exists btree_gin;
create index member_province_words on member using gin (province_code, to_tsvector('simple', name_folded));
drop index member_name_words;
/* [jooq ignore stop] */
