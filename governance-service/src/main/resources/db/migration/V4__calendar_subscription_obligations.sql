-- Obligations are not for every role (listObligations: not partner agencies), and neither are their due dates in the
-- calendar feed. A subscription keeps whether the person who made it could read them; older rows show none.
ALTER TABLE calendar_subscription ADD COLUMN with_obligations boolean NOT NULL DEFAULT false;
