-- A subtree's list by birth date walks its province's members in that order, as the list by name walks them in
-- the Vietnamese name order (V30): the first members of the province by birth date (those born the same day then
-- sorted by name as they come), their periods read by key, instead of every member of the subtree on the day sorted
-- (Hồ Chí Minh City's 738,572 for its first page, 2.4 s; issue #7).
create index member_province_birth on member (province_code, birth_date);
