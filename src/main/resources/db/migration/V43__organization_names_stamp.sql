/* [jooq ignore start] */
-- A stamp of the organizations' names (issue #7): every transaction that writes organization_version adds one to it,
-- so that a reader sees a new stamp exactly when it sees the new versions — whichever process wrote them (the server,
-- a CLI import beside it). The member page reads the stamp with its path (one statement) and names its timeline's
-- organizations from the names the application keeps for that stamp (Organizations): the page every user opens most,
-- the wrk scenario's, reads its names without a statement of their own. Writers of versions wait for one another on
-- the stamp's row until they commit: restructurings, which are few.
create table organization_names_stamp (
    only_row  boolean  primary key default true check (only_row),
    stamp     bigint   not null
);
insert into organization_names_stamp (only_row, stamp) values (true, 0);

-- Once a transaction: an import that writes the versions in many statements of one transaction would otherwise
-- update the one row as often, each update walking the row's versions the transaction made before. The mark is a
-- setting local to the transaction, undone with a savepoint rolled back (then the next statement adds one again).
create function organization_names_stamp_next() returns trigger language plpgsql as $$
begin
    if current_setting('dangvu.names_stamped', true) is distinct from 'on' then
        update organization_names_stamp set stamp = stamp + 1;
        perform set_config('dangvu.names_stamped', 'on', true);
    end if;
    return null;
end
$$;

create trigger organization_version_names_stamp after insert or update or delete or truncate on organization_version
    for each statement execute function organization_names_stamp_next();
/* [jooq ignore stop] */
