--liquibase formatted sql

--changeset onthaal:007-retention-periods
-- How long a location keeps visits identifiable and families that stopped coming. Safe defaults: a year.
alter table location add column retention_visit_months integer not null default 12;
alter table location add column retention_family_months integer not null default 12;
alter table location add constraint location_retention_positive check (
    retention_visit_months between 1 and 120 and retention_family_months between 1 and 120);

--changeset onthaal:007-anonymous-visits
-- An anonymised visit keeps its place, times and head counts for the statistics, but no longer says whose
-- it was. Introductions point at visits, so they become anonymous with them.
alter table visit alter column family_id drop not null;
