-- A grant funds one area's partnership, and a bid must deliver a current priority of that area's adopted plan.
-- plan-service keeps plans for several areas at once (each with its own adopted plan), so a priority is current
-- only for its own area. Both columns stay nullable for rows written before this migration: an award made then
-- has no area and keeps the old rule (a current priority of any area); a priority announced then has no area,
-- matches no award that has one, and gets its area when plan-service next announces that plan's priorities.
-- The API requires an area for every new award.
ALTER TABLE grant_award ADD COLUMN area_code varchar(50);
ALTER TABLE plan_priority ADD COLUMN area_code varchar(50);
CREATE INDEX plan_priority_area_current ON plan_priority (area_code) WHERE current;
