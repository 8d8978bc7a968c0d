//! Proactive updates, the parts that need no runtime: registered shipments, the refresh
//! cadence, transitions (milestones and exceptions) with their idempotency keys, webhook
//! delivery with retries, and inbound carrier pushes. `crate::worker_entry` wires them to KV,
//! the Cron Trigger and the Queue.

pub mod attention;
pub mod cadence;
pub mod delivery;
pub mod inbound;
pub mod lane_stats;
pub mod registration;
pub mod schedule;
pub mod stored;
pub mod transition;
pub mod watch_end;
