-- The header search of an officer looks among the members of the officer's province (issue #7): the prefix of the
-- folded name within one province, rather than the nation's first matches filtered afterwards.
/* [jooq ignore start] */
create index member_province_name on member (province_code, name_folded text_pattern_ops);
/* [jooq ignore stop] */
