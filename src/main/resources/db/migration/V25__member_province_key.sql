-- The scale-out key (ARCHITECTURE.md data principle 8, issue #7): the large member tables carry the code of the
-- member's top-level organization (province) today, so that a distributed PostgreSQL (Citus) can shard member,
-- member_event and member_period by it with every row of one member on one shard (co-located). It follows the
-- member: a transfer into another province, a move of a subtree or a merge of provinces changes it on all the
-- member's rows. Empty for a file without an organization (never admitted).
alter table member add column province_code varchar(100);
alter table member_event add column province_code varchar(100);
alter table member_period add column province_code varchar(100);

create index member_province on member (province_code);
