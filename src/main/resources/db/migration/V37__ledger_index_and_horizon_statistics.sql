-- The ledger's index for the events of a type in a range of days (the list behind a movement's count, the counts
-- from the members' rows) leads with the day instead of the type: a range scan reads the range's entries of every
-- type and keeps those of the type from the index itself. Building it is the cost that matters: with the type
-- leading (fourteen values), nearly every comparison of the sort falls through to the day, and the build of the national ledger
-- (66 million events) took 99 s; on 10 million rows, 18.0 s against 9.3 s for (effective_on, type) (issue #7).
drop index member_event_type_date;
create index member_event_date_type on member_event (effective_on, type);

-- member_stat_horizon holds one row, and autovacuum analyzes a table after 50 changed rows: never. The planner took
-- it for 2,260 rows (its default for a table it knows nothing of) and multiplied every estimate of the projection's
-- sums by that. StatisticsProjection analyzes it again before a first load; here for the databases already there.
/* [jooq ignore start] */
analyze member_stat_horizon;
/* [jooq ignore stop] */
