--liquibase formatted sql

--changeset onthaal:005-interest-catalogue
-- The built-in interest catalogue: reference data every installation starts with (not demo data).
-- Labels come from the translation bundles (interest.<code>); pictograms are Vaadin icon names.
insert into interest (code, pictogram, sort_order) values
    ('cooking', 'CUTLERY', 10),
    ('outdoor_play', 'SUN_O', 20),
    ('music', 'MUSIC', 30),
    ('books', 'OPEN_BOOK', 40),
    ('crafts', 'SCISSORS', 50),
    ('sports', 'TROPHY', 60),
    ('sleep', 'MOON_O', 70),
    ('baby_food', 'SPOON', 80),
    ('school', 'ACADEMY_CAP', 90),
    ('childcare', 'HOME_O', 100),
    ('learning_dutch', 'COMMENTS', 110),
    ('walks', 'ROAD', 120),
    ('swimming', 'DROP', 130),
    ('games', 'PUZZLE_PIECE', 140),
    ('drawing', 'PALETTE', 150),
    ('health', 'STETHOSCOPE', 160),
    ('bilingual', 'GLOBE', 170),
    ('work', 'BRIEFCASE', 180),
    ('neighbourhood', 'MAP_MARKER', 190),
    ('festivities', 'GIFT', 200);
