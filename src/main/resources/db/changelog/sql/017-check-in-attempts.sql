--liquibase formatted sql

--changeset onthaal:017-check-in-attempts
-- Each new-family form on a kiosk has an id of its own, kept in the tab with the answers.
-- A "check in" whose answer never reached the kiosk (its node died just after storing the
-- family) comes back with the same id once the page has reloaded on another node, and
-- gets the family stored the first time instead of storing it a second time.
create table check_in_attempt (
    attempt     uuid        primary key,
    location_id bigint      not null references location (id) on delete cascade,
    family_id   bigint      not null references family (id) on delete cascade,
    visit_id    bigint      not null references visit (id) on delete cascade,
    created_at  timestamptz not null
);
