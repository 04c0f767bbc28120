-- The ledger's index by day and type also carries the event's detail (the grade of an assessment, the milestone of a
-- badge), so that the events of one detail on a day are found in the index: the members graded NOT_COMPLETED in a year
-- (R-REM-1's list on the assessment rates) are 36,660 of the nation's 5.3 million grades of 31 December, which the
-- index by day and type alone could only find through the periods of every organization that had one — Hồ Chí Minh
-- City's 80,748 members, 3.4 s; 0.5 s through this index (issue #7). A query by day, or by day and type, uses it as
-- it used the narrower one. Its cost is the build, on the national ledger (66 million events) 104 s against 64 s, in
-- the import's rebuild of the keys and indexes and once here.
drop index member_event_date_type;
create index member_event_date_type_detail on member_event (effective_on, type, detail);
