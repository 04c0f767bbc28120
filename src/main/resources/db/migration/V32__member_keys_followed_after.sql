-- A merge or move of provinces (issue #7) re-keys the members' rows to their new province (the scale-out key,
-- ARCHITECTURE.md data principle 8). The files, periods and name words are re-keyed in the decision's transaction:
-- lists and the search read their province. The events' key serves only the distribution (nothing on one server
-- reads it), and re-keying them was 25 s of a merge of 300,000 members: the members whose events still carry the
-- old province are listed here in the decision's transaction, and member.ScaleOutKeys re-keys their events after it
-- commits, in slices that each delete what they did (a crash resumes at the next start).
create table member_key_pending (
    member_id  bigint  not null primary key
);

-- The prefix index over the whole folded name served only a raw search baseline of the benchmarks since the search
-- walks the words of names (V31); each merge rewrote it for every member moved.
/* [jooq ignore start] */
drop index member_name_folded;
/* [jooq ignore stop] */
