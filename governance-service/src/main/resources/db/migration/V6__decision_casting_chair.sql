-- Who gave a decision's casting vote, stored with the decision: the rules (casting-vote-chair-changed, chair-cannot-cast
-- when a recorded vote is counted again) and the decision's view read this person, not whoever chairs the meeting now.
-- Nullable, so the release before (still serving during a rolling upgrade) records decisions as it did.
ALTER TABLE decision ADD COLUMN casting_chair_id uuid REFERENCES councillor (id);

-- A casting vote already recorded was given by its meeting's chair, who could not change once one was recorded.
UPDATE decision d SET casting_chair_id = m.chair_id
  FROM meeting m
 WHERE m.id = d.meeting_id AND d.casting_vote IS NOT NULL;
