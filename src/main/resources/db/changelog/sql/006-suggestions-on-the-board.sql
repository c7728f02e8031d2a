--liquibase formatted sql

--changeset onthaal:006-introduction-withdrawn
-- A suggestion the engine replaced before the host acted on it stays on record as WITHDRAWN: what was
-- suggested and what hosts did is material for the team's reflection.
alter table introduction drop constraint introduction_status_known;
alter table introduction add constraint introduction_status_known check (
    status in ('SUGGESTED', 'WITHDRAWN', 'INTRODUCED', 'NOT_NOW', 'ALREADY_KNOW', 'NOT_A_MATCH'));

--changeset onthaal:006-one-open-suggestion-per-pair
-- Several host boards refresh at once: one open suggestion per pair of visits, whoever writes first.
create unique index introduction_one_open_suggestion on introduction (visit_a_id, visit_b_id) where status = 'SUGGESTED';
