-- The organization tree and its history (PRODUCT.md capability 1, ARCHITECTURE.md data principles 1, 2 and 4).
-- restructuring is the append-only record of decisions; organization_version holds the effective-dated
-- attributes (name, type, field, parent) as periods [valid_from, valid_to); organization_closure is derived from the
-- versions in the same transaction, so that the subtree of any date is one indexed query.

create table restructuring (
    id               bigint generated always as identity primary key,
    operation        varchar(20)  not null
        check (operation in ('ESTABLISH', 'RENAME', 'MOVE', 'MERGE', 'SPLIT', 'DISSOLVE', 'CHANGE_TYPE')),
    decision_no      varchar(100) not null,
    decision_date    date         not null,
    decision_issuer  varchar(300),
    effective_on     date         not null,
    new_name         varchar(300),
    new_type         varchar(30),
    note             text,
    recorded_at      timestamp with time zone not null default now(),
    recorded_by      varchar(100)
);

create table organization (
    id              bigint generated always as identity primary key,
    code            varchar(100) not null unique,
    established_on  date         not null,
    ended_on        date,
    established_by  bigint       not null references restructuring (id),
    ended_by        bigint       references restructuring (id),
    check (ended_on is null or ended_on > established_on)
);

create table organization_version (
    organization_id bigint       not null references organization (id),
    valid_from      date         not null,
    valid_to        date         not null default '9999-12-31',
    name            varchar(300) not null,
    name_folded     varchar(300) not null,
    type            varchar(30)  not null
        check (type in ('PROVINCE', 'UPPER_GRASSROOTS', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'SUB_COMMITTEE', 'CELL')),
    field           varchar(30)  not null
        check (field in ('WARD', 'COMMUNE', 'TOWNSHIP', 'RESIDENTIAL', 'STATE_AGENCY', 'PUBLIC_SERVICE', 'STATE_ENTERPRISE',
                         'NON_STATE_ENTERPRISE', 'ARMED_FORCES', 'POLICE', 'OTHER')),
    parent_id       bigint       references organization (id),
    primary key (organization_id, valid_from),
    check (valid_from < valid_to),
    check (parent_id is null or parent_id <> organization_id)
);

create index organization_version_parent on organization_version (parent_id, valid_from, valid_to);

create table organization_closure (
    ancestor_id    bigint not null references organization (id),
    descendant_id  bigint not null references organization (id),
    depth          int    not null check (depth >= 0),
    valid_from     date   not null,
    valid_to       date   not null,
    primary key (ancestor_id, descendant_id, valid_from)
);

create index organization_closure_descendant on organization_closure (descendant_id, valid_from);

-- which organizations a restructuring concerned, and how
create table restructuring_subject (
    restructuring_id bigint      not null references restructuring (id),
    organization_id  bigint      not null references organization (id),
    role             varchar(20) not null check (role in ('SUBJECT', 'TARGET', 'NEW_PARENT', 'PART')),
    position         int         not null default 0,
    primary key (restructuring_id, organization_id, role)
);

create index restructuring_subject_organization on restructuring_subject (organization_id);

-- predecessors and successors across merges and splits (congress numbering follows lineage, DOMAIN.md §6.5)
create table organization_lineage (
    predecessor_id   bigint not null references organization (id),
    successor_id     bigint not null references organization (id),
    restructuring_id bigint not null references restructuring (id),
    effective_on     date   not null,
    primary key (predecessor_id, successor_id, restructuring_id)
);

create index organization_lineage_successor on organization_lineage (successor_id);
