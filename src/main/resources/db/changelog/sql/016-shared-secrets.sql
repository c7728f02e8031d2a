--liquibase formatted sql

--changeset onthaal:016-shared-secrets
-- Secrets every node of one deployment must share and nobody has to configure: made
-- (SecureRandom) by the first node that needs one, read by the others. Today the key
-- that signs a host board's "stay signed in" cookie.
create table shared_secret (
    name       varchar(50)  primary key,
    secret     varchar(200) not null,
    created_at timestamptz  not null default now()
);
