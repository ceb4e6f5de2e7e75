-- When a bid was first submitted: until then it is its applicant's draft, even once withdrawn, and councillors and
-- the PCC's office do not see it. Rows written before take the time of their recorded SUBMITTED transition.
ALTER TABLE grant_bid ADD COLUMN submitted_at timestamptz;
UPDATE grant_bid b SET submitted_at = (
    SELECT min(t.occurred_at) FROM bid_transition t WHERE t.bid_id = b.id AND t.to_status = 'SUBMITTED');
