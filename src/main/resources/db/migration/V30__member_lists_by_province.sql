-- A member list of a subtree (issue #7): page 1 of a province of 150,000 members walks the province's members in
-- the Vietnamese order (given name, then full name, ICU collation) and stops after the page, instead of walking the
-- nation's members in that order or sorting the whole province; it replaces the index on the province alone, which
-- it also serves. The periods' index carries what a list counts by, so that the total (and the members of the
-- subtree who belong to another province today) is read from the index alone.
/* [jooq ignore start] */
create index member_province_vietnamese_order
    on member (province_code, given_name collate "vi-VN-x-icu", full_name collate "vi-VN-x-icu", member_no);
drop index member_province;
create index member_period_org_covering
    on member_period (org_code, valid_from, valid_to) include (status, exempted, member_id, province_code);
drop index member_period_org;
/* [jooq ignore stop] */
