-- Throttling of the login: failures counted per account ('user:<name>') and per client address ('address:<ip>')
-- within a window; at the limit the key is locked until locked_until (LoginThrottle).
create table login_throttle (
    key           varchar(200) primary key,
    failures      integer      not null default 0,
    window_start  timestamp with time zone,
    locked_until  timestamp with time zone
);

-- API tokens get a label (to tell them apart on the profile page) and can be revoked; a revoked token stays, unusable.
alter table api_token add column label varchar(100);
alter table api_token add column revoked_at timestamp with time zone;

alter table app_user add column password_changed_at timestamp with time zone;
