--liquibase formatted sql

--changeset onthaal:015-engine-weights
-- A manager's own weights for the introduction engine at one place, by setting name
-- (org.onthaal.tuning.WeightSetting); a setting not stored takes its default, and no row
-- means the defaults. Restoring the defaults deletes the row.
create table engine_weights (
    location_id bigint       primary key references location (id) on delete cascade,
    weights     jsonb        not null,
    changed_at  timestamptz  not null,
    changed_by  varchar(100) not null
);
