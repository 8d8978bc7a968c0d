//! Waymark's edge: carrier adapters that turn each carrier's tracking reply into normalized
//! shipments, and (on `wasm32`) the Cloudflare Worker that serves them.
//!
//! Everything outside `worker_entry` is pure: bytes in, [`waymark_shared::Shipment`]s or a
//! typed [`carriers::AdapterError`] out, so it is tested natively and fuzzed.

pub mod api;
pub mod carriers;
pub mod console;
pub mod invariants;
pub mod normalize;
pub mod proactive;

#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
mod worker_entry;
