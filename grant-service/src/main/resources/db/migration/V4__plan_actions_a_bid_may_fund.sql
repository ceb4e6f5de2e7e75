-- Read model of plan-service's actions (from its action-created events): a bid funds only actions grant knows,
-- and only actions that deliver one of the priorities the bid names. Before this, plan-service dead-lettered the
-- whole bid-approved event when a bid named an action it did not have, and the funding reached no action.
CREATE TABLE plan_action (
    action_id    uuid PRIMARY KEY,
    plan_id      uuid NOT NULL,
    priority_id  uuid NOT NULL,
    title        varchar(300),
    updated_at   timestamptz NOT NULL
);
