//! Shared body of every fuzz target.

use chrono::TimeZone;
use waymark_edge::carriers::Context;
use waymark_shared::Carrier;

/// Normalizes `data` as `carrier` at a fixed fetch time and panics on any broken invariant.
pub fn check(carrier: Carrier, data: &[u8]) {
    let ctx = Context {
        fetched_at: chrono::Utc
            .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .single()
            .expect("fixed instant"),
    };
    waymark_edge::invariants::assert_normalize_holds(&carrier, data, &ctx);
}
