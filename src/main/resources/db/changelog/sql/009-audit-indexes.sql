--liquibase formatted sql

--changeset onthaal:009-audit-event-by-location
-- The audit log screen reads one meeting place's events, newest first, page by page.
create index audit_event_location_time_idx on audit_event (location_id, occurred_at desc);

--changeset onthaal:009-audit-event-by-entity
-- A family's export lists the events about it; erasing it looks them up too.
create index audit_event_entity_idx on audit_event (entity, entity_id);
