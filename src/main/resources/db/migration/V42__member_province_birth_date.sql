-- The members by province and birth date (issue #7), for two readers:
-- - a subtree's list by birth date walks its province's members in that order, as the list by name walks them in the
--   Vietnamese name order (V30): the first members of the province by birth date (those born the same day then
--   sorted by name as they come), their periods read by key, instead of every member of the subtree on the day sorted
--   (Hồ Chí Minh City's 738,572 for its first page, 2.4 s);
-- - the basic statistics and the dashboard's pyramid of a day other than a year-end are shifted from a year-end's
--   stock: the members whose age band may differ between the two days are those born 31, 41, 51, 61 or 71 years
--   before a day in between, read here province by province (member.internal.StatisticsProjection.shiftedOn).
create index member_province_birth on member (province_code, birth_date);
