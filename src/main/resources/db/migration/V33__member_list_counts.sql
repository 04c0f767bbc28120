-- A member list's total and its strays without reading the subtree's periods (issue #7): page 1 of a province of
-- 178,000 periods on the day spent about 190 ms counting them in 10,727 descents of their index, one per organization.

-- The statistics projection (V26) gains the changes of each day in the official and probationary members of each
-- organization: a period adds its member from its first day (valid_from) and takes it out on its end (valid_to).
-- With the stock of a 31 December (member_stock_stat), they give the members of any later or earlier day of the
-- horizon: the stock of the year-end before the day plus the changes after it up to the day, or the stock of the
-- year-end after the day less the changes after the day up to it. Only the days after the horizon's first year-end are
-- kept (the earlier ones are in its stock). Kept like the rest of the projection (member.internal.StatisticsProjection).
-- Keyed by organization first: a list reads each organization of its subtree over a few days (keyed by day, the
-- changes of half a year of the nation were read again for each of a province's 10,727 organizations: a minute).
create table member_headcount_stat (
    on_date       date          not null,
    org_code      varchar(100)  not null,
    total         bigint        not null,
    official      bigint        not null,
    probationary  bigint        not null,
    exempted      bigint        not null,
    primary key (org_code, on_date)
);

-- The periods whose member belongs today to another province than their organization ("strays": transferred to
-- another province since, or the organization moved there), with the province of the organization today. A list of a
-- subtree in name order walks its province's members and adds the subtree's strays on the day: they are read here by
-- the province, instead of from every period of the subtree. Rewritten with the member's periods and when a move or
-- merge changes the province of organizations (member.internal.MemberStore).
create table member_period_stray (
    member_id          bigint        not null,
    valid_from         date          not null,
    valid_to           date          not null,
    org_code           varchar(100)  not null,
    org_province_code  varchar(100),
    primary key (member_id, valid_from)
);

/* [jooq ignore start] */
create index member_period_stray_province
    on member_period_stray (org_province_code, valid_from) include (valid_to, org_code, member_id);

-- the changes of the members whose contribution is in the projection (a pending member's come with it)
insert into member_headcount_stat (on_date, org_code, total, official, probationary, exempted)
select d.on_date, p.org_code, sum(d.delta),
       coalesce(sum(d.delta) filter (where p.status = 'OFFICIAL'), 0),
       coalesce(sum(d.delta) filter (where p.status = 'PROBATIONARY'), 0),
       coalesce(sum(d.delta) filter (where p.exempted), 0)
from member_stat_horizon h
join member_period p on p.status in ('OFFICIAL', 'PROBATIONARY') and p.org_code is not null
cross join lateral (values (p.valid_from, 1), (p.valid_to, -1)) as d (on_date, delta)
where d.on_date > make_date(h.first_year, 12, 31) and d.on_date < date '9999-12-31'
  and not exists (select from member_stat_pending x where x.member_id = p.member_id)
group by 1, 2;

-- the province of each organization today (of its last day when it has ended), as Organizations.provinceCodes
insert into member_period_stray (member_id, valid_from, valid_to, org_code, org_province_code)
select p.member_id, p.valid_from, p.valid_to, p.org_code, o.province
from member_period p
join (select o.code,
             (select a.code from organization_closure c join organization a on a.id = c.ancestor_id
              where c.descendant_id = o.id and c.valid_from <= d.on and c.valid_to > d.on
              order by c.depth desc limit 1) as province
      from organization o
      cross join lateral (select greatest(o.established_on,
                                          least(current_date, coalesce(o.ended_on - 1, current_date))) as on) d) o
  on o.code = p.org_code
where p.province_code is distinct from o.province;
/* [jooq ignore stop] */
