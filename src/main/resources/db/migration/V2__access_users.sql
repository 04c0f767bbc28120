-- Users and their roles; every role but the administrator's is attached to an organization subtree (by code).
create table app_user (
    id             bigint generated always as identity primary key,
    username       varchar(100) not null unique,
    password_hash  varchar(200) not null,
    full_name      varchar(200),
    enabled        boolean      not null default true,
    created_at     timestamp with time zone not null default now()
);

create table user_role (
    user_id   bigint       not null references app_user (id),
    role      varchar(20)  not null check (role in ('ADMIN', 'ORG_OFFICER', 'SECRETARY', 'LEADER', 'MEMBER')),
    scope     varchar(100),
    primary key (user_id, role),
    check (role = 'ADMIN' or scope is not null)
);

create table api_token (
    id          bigint generated always as identity primary key,
    user_id     bigint       not null references app_user (id),
    token_hash  varchar(64)  not null unique,
    created_at  timestamp with time zone not null default now()
);
