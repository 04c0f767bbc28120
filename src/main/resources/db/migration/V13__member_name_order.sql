-- Member lists are sorted the Vietnamese way (given name, then full name, ICU collation): an index in that order lets
-- the first page of a large list be read without sorting every member.
/* [jooq ignore start] */
create index member_vietnamese_order on member (given_name collate "vi-VN-x-icu", full_name collate "vi-VN-x-icu", member_no);
/* [jooq ignore stop] */
