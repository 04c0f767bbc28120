-- Badge eligibility over a whole province or the nation (issue #7) reads the ledgers of the members who may have a
-- badge to come only: three facts of each member's ledger are kept on the member's row, set by every write that
-- rebuilds the member (MemberStore.project) and by the import.
--   party_age_from  the decision date (else the ceremony's) of the first admission: party age (R-AGE-1) is at most
--                   the whole months since, gaps only shorten it; empty for a file never admitted
--   badge_years     the highest badge awarded (R-BADGE-1, years of party age), 0 for none
--   badge_on        the day it was awarded
alter table member add column party_age_from date;
alter table member add column badge_years integer not null default 0;
alter table member add column badge_on date;

/* [jooq ignore start] */
-- one update of each member's row (every index of the table takes each new row version)
update member m set party_age_from = a.decided, badge_years = coalesce(b.years, 0), badge_on = b.effective_on
from (select distinct on (member_id) member_id, coalesce(decision_date, effective_on) as decided
      from member_event where type = 'ADMITTED' and voided_at is null
      order by member_id, effective_on, id) a
full join (select distinct on (member_id) member_id, detail::integer as years, effective_on
           from member_event
           where type = 'BADGE_AWARDED' and voided_at is null and detail ~ '^[0-9]{1,3}$'
           order by member_id, detail::integer desc, effective_on, id) b on b.member_id = a.member_id
where m.id = coalesce(a.member_id, b.member_id);
/* [jooq ignore stop] */
