-- Anonymous counters (issue 7): the only table. One row per day,
-- municipality, conversation, event and key; `count` is how often it
-- happened. No column can hold a person, a time of day or typed text.
-- Apply: npx wrangler d1 migrations apply wegwijs-counts --remote
-- Keep equal to COUNTS_TABLE in src/counters/sql.ts (a test checks).
CREATE TABLE IF NOT EXISTS counts (
  day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  gemeente TEXT NOT NULL CHECK (gemeente = '' OR gemeente GLOB 'GM[0-9][0-9][0-9][0-9]'),
  flow TEXT NOT NULL CHECK (length(flow) <= 64),
  event TEXT NOT NULL CHECK (event IN ('conversation_started', 'signpost_shown', 'quick_exit', 'fallback_shown')),
  key TEXT NOT NULL CHECK (length(key) <= 64),
  count INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (day, gemeente, flow, event, key)
);
