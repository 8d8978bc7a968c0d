//! Fixed-window rate limiting per key (IP, token). Counters live in the isolate: each Workers
//! isolate limits on its own, which bounds abuse per edge location without a shared store
//! (a Durable Object would make it global — a documented trade-off).

use std::collections::HashMap;

/// Counters for one kind of key.
#[derive(Debug, Default)]
pub struct RateLimiter {
    windows: HashMap<String, (i64, u32)>,
}

/// The verdict for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Go ahead.
    Allowed,
    /// Refuse; retry after this many seconds.
    Limited {
        /// Seconds until the window resets.
        retry_after: u64,
    },
}

/// Keys tracked before old windows are swept.
const SWEEP_AT: usize = 10_000;

impl RateLimiter {
    /// Counts a request for `key` at `now` (Unix seconds) against `limit` per `window` seconds.
    pub fn check(&mut self, key: &str, limit: u32, window: i64, now: i64) -> Verdict {
        if self.windows.len() > SWEEP_AT {
            self.windows.retain(|_, (start, _)| now - *start < window);
        }
        let entry = self.windows.entry(key.to_string()).or_insert((now, 0));
        if now - entry.0 >= window {
            *entry = (now, 0);
        }
        if entry.1 >= limit {
            return Verdict::Limited {
                retry_after: (window - (now - entry.0)).max(1) as u64,
            };
        }
        entry.1 += 1;
        Verdict::Allowed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_window() {
        let mut r = RateLimiter::default();
        assert_eq!(r.check("ip", 2, 60, 100), Verdict::Allowed);
        assert_eq!(r.check("ip", 2, 60, 110), Verdict::Allowed);
        assert_eq!(
            r.check("ip", 2, 60, 120),
            Verdict::Limited { retry_after: 40 }
        );
        assert_eq!(r.check("other", 2, 60, 120), Verdict::Allowed);
        assert_eq!(r.check("ip", 2, 60, 160), Verdict::Allowed, "new window");
    }
}
