--liquibase formatted sql

--changeset onthaal:013-location-kiosk-card-print
-- Whether the kiosk prints a new family's card, and on what: OFF, CREDIT_CARD (85.6 x 54 mm
-- card printer) or LABEL_62 (62 mm wide label roll, 62 x 100 mm). The printer itself is set
-- up on the kiosk device (kiosk-setup/install.sh --printer).
alter table location add column kiosk_card_print varchar(20) not null default 'OFF';
alter table location add constraint location_kiosk_card_print_known
    check (kiosk_card_print in ('OFF', 'CREDIT_CARD', 'LABEL_62'));
