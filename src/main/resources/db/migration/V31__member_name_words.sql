-- The header search finds the words of a name in any order, the last typed as a prefix, among the members of the
-- officer's province (issue #7). One row per word of each member's folded name, with the member's province (the
-- scale-out key, ARCHITECTURE.md data principle 8; '' for a file without an organization): the search walks the
-- province's words from the last one typed and stops at the candidates it needs, checking each candidate's other
-- words by its key. The GIN index over the province and the words gathered every match of a short prefix in the
-- nation before narrowing (188 ms p95 in a province of the national data); the prefix index over the province and the
-- whole folded name is covered by the words. The words are kept by member.internal.MemberStore in the transaction
-- that writes the name or the province. Words compare byte-wise (collation "C"), so a prefix is a range.
create table member_name_word (
    member_id      bigint        not null,
    word           text          not null,
    province_code  varchar(100)  not null
);

/* [jooq ignore start] */
alter table member_name_word alter column word type text collate "C";
insert into member_name_word (member_id, word, province_code)
select m.id, w.word, coalesce(m.province_code, '')
from member m
cross join lateral (select distinct x as word from regexp_split_to_table(m.name_folded, '[^[:alnum:]]+') as x
                    where x <> '') w;
alter table member_name_word add primary key (member_id, word);
create index member_name_word_search on member_name_word (province_code, word, member_id);
drop index member_province_words;
drop index member_province_name;
/* [jooq ignore stop] */
