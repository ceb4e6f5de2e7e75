-- One award per funder, recipient and financial year, whatever the case of the names: AwardService stores the names
-- normalized (no surrounding or doubled spaces) and refuses 'kent police and crime commissioner' beside 'Kent Police
-- and Crime Commissioner'; the index on lower() is the same rule for creates that race, which the case-sensitive
-- constraint let through.
ALTER TABLE grant_award DROP CONSTRAINT grant_award_one_per_year;
CREATE UNIQUE INDEX grant_award_one_per_year ON grant_award (lower(funder), lower(recipient), financial_year);
