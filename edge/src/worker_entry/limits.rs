//! Per-isolate rate-limit counters (per IP, per token).

use crate::api::rate_limit::{RateLimiter, Verdict};
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static LIMITERS: RefCell<HashMap<&'static str, RateLimiter>> = RefCell::new(HashMap::new());
}

/// Counts a request against the `kind` limiter (per IP, per token).
pub fn rate_check(kind: &'static str, key: &str, limit: u32, now: i64) -> Verdict {
    LIMITERS.with(|l| {
        l.borrow_mut()
            .entry(kind)
            .or_default()
            .check(key, limit, 60, now)
    })
}
