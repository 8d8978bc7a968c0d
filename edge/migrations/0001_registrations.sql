-- Waymark's registered orders on D1 (docs/console.md). Applied with
-- `wrangler d1 migrations apply DB -c wrangler.updates.toml` (add --local for `wrangler dev`).
-- Times are Unix milliseconds (UTC).

-- One registered order. `version` grows by one on every write: a write names the version it
-- read (`WHERE version = ?`), so a DELETE, a scheduled refresh and a push cannot overwrite each
-- other. `body` holds what is only ever read whole (numbers, the parcels as last seen, the
-- transitions already queued); the columns hold what queries filter or sort on.
CREATE TABLE registrations (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  state TEXT NOT NULL CHECK (state IN ('active', 'completed', 'expired', 'stopped')),
  locale TEXT,
  time_zone TEXT,
  webhook_url TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  next_refresh_at INTEGER NOT NULL,
  refreshed_at INTEGER,
  -- When the row may be purged (60 days after the watch ended).
  keep_until INTEGER NOT NULL,
  -- The most urgent open exception (NULL: nothing needs the merchant) and since when it
  -- applies; `attention_key` is the list's whole sort order in one value — urgency (100 minus
  -- the kind's rank, two digits), the onset (Unix ms, 15 digits), the id — so a page seeks to
  -- its cursor on one index and reads just the page; the parcel's carrier, lane and status.
  attention_kind TEXT,
  attention_since INTEGER,
  attention_key TEXT,
  carrier TEXT,
  origin TEXT,
  destination TEXT,
  status TEXT,
  -- SHA-256 (hex) of the buyer's e-mail address, when the merchant gave it: the helpdesk
  -- lookup's key. The address itself is never stored.
  buyer_email_sha256 TEXT,
  body TEXT NOT NULL
);

-- The due-scan: active orders by their next refresh time.
CREATE INDEX registrations_due ON registrations (next_refresh_at) WHERE state = 'active';
-- The attention list: most urgent first, oldest first within a kind.
CREATE INDEX registrations_attention
  ON registrations (attention_key) WHERE attention_key IS NOT NULL;
-- The helpdesk's lookup by the buyer's hashed e-mail address.
CREATE INDEX registrations_email ON registrations (buyer_email_sha256)
  WHERE buyer_email_sha256 IS NOT NULL;
-- The purge of rows past keeping.
CREATE INDEX registrations_keep ON registrations (keep_until);

-- Number → order lookup (inbound pushes, search). One row per number and order, so two
-- orders registered at once never lose each other's entry; removed with the order.
CREATE TABLE tracking_numbers (
  number TEXT NOT NULL,
  registration_id TEXT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
  carrier TEXT,
  PRIMARY KEY (number, registration_id)
) WITHOUT ROWID;
CREATE INDEX tracking_numbers_by_registration ON tracking_numbers (registration_id);

-- Every notification handed to the queue, and what became of it: queued, retrying, sent or
-- dead (set aside after its last attempt, with the receiver's last answer). The attempt count
-- is counted here, atomically, not in eventually-consistent KV. The merchant's daily digest
-- belongs to no order (registration_id NULL, channel 'digest').
CREATE TABLE notifications (
  key TEXT PRIMARY KEY,
  registration_id TEXT REFERENCES registrations (id) ON DELETE CASCADE,
  channel TEXT NOT NULL DEFAULT 'webhook',
  kind TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'retrying', 'sent', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_answer TEXT,
  body TEXT,
  queued_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX notifications_by_registration ON notifications (registration_id, queued_at);

-- Every delivered parcel of the merchant's orders, measured (edge/src/proactive/lane_stats.rs):
-- its lane, the days in each phase and in import customs, and whether it arrived by the latest
-- day first promised. The console's lanes page, and later the learned ETA, read it.
CREATE TABLE parcels (
  registration_id TEXT NOT NULL,
  tracking_number TEXT NOT NULL,
  carrier TEXT NOT NULL,
  origin TEXT,
  destination TEXT,
  shipped_at INTEGER NOT NULL,
  delivered_at INTEGER NOT NULL,
  days_origin REAL,
  days_export REAL,
  days_linehaul REAL,
  days_import REAL,
  days_last_mile REAL,
  customs_days REAL,
  on_time INTEGER,
  PRIMARY KEY (registration_id, tracking_number)
) WITHOUT ROWID;
CREATE INDEX parcels_delivered ON parcels (delivered_at);
CREATE INDEX parcels_lane ON parcels (origin, destination, carrier, delivered_at);

-- Console sessions: the SHA-256 of the session cookie's value (never the value itself), the
-- CSRF token every change must carry, and the expiry.
CREATE TABLE console_sessions (
  id_hash TEXT PRIMARY KEY,
  csrf TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX console_sessions_expiry ON console_sessions (expires_at);

-- Failed console logins per client network and 15-minute window (cross-isolate limit).
CREATE TABLE login_failures (
  network TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (network, window_start)
) WITHOUT ROWID;
