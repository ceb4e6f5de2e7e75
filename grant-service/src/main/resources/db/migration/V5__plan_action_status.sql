-- The status of each plan action (from action-created and action-status-changed): a cancelled action is not funded.
-- Null for rows written before; action-status-changed also records an action grant did not know yet.
ALTER TABLE plan_action ADD COLUMN status varchar(20);
