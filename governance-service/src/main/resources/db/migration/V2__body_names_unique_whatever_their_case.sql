-- Body names are unique whatever their case: BodyService refuses 'cabinet' beside 'Cabinet', but two creates racing
-- could both pass that check, and the case-sensitive constraint let both rows in. The index on lower(name) is the
-- same rule as the check, so the loser of a race gets the 409 'body-exists' like any other duplicate.
ALTER TABLE body DROP CONSTRAINT body_name_unique;
CREATE UNIQUE INDEX body_name_unique ON body (lower(name));
