-- When a subscription's feed was last fetched, so its owner can tell a calendar application still polling from one
-- forgotten. Written at most once a minute per subscription (calendar applications poll often), never on every fetch.
ALTER TABLE calendar_subscription ADD COLUMN last_fetched_at timestamptz;
