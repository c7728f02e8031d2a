--liquibase formatted sql

--changeset onthaal:010-family-retention-months
-- Visits lose their family (after the place's visit period) long before the family may be erased (after the
-- family period of the most patient place it visited). So the family keeps that period itself, in months:
-- the retention job records it each night from the visits that still carry the family, before those go
-- anonymous. Null: no visit seen yet (the job then uses its default).
alter table family add column retention_months integer;
alter table family add constraint family_retention_months_range check (retention_months between 1 and 120);
