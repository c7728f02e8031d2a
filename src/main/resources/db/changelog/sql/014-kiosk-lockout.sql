--liquibase formatted sql

--changeset onthaal:014-code-entry-lock
-- Wrong card codes typed at a kiosk, per device. In the database, not in memory, so the
-- host board on any app instance sees the lock and its unlock reaches the kiosk's
-- instance. Only card codes count: a scanned QR is unguessable.
create table code_entry_lock (
    kiosk_device_id bigint primary key references kiosk_device (id) on delete cascade,
    failures        integer     not null,
    locked_until    timestamptz
);
