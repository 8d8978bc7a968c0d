//! A per-carrier circuit breaker, per isolate: after [`FAILURES`] failed calls within
//! [`WINDOW_SECONDS`], the carrier is not called for [`COOL_DOWN_SECONDS`] (its legs are served
//! from their last good copies, marked stale), then one call tries again. A 429 opens it at
//! once, for the carrier's `Retry-After` when it gave one. A carrier that is down is then not
//! asked again by every buyer's request, and one that asks us to slow down is heard.

use std::collections::HashMap;

/// Failures within the window that open the circuit.
pub const FAILURES: u32 = 5;
/// The window failures are counted in, seconds.
pub const WINDOW_SECONDS: i64 = 60;
/// How long an open circuit stays open, seconds.
pub const COOL_DOWN_SECONDS: i64 = 30;
/// The longest `Retry-After` honoured (a carrier saying "a day" is asked again in 10 minutes).
pub const MAX_RETRY_AFTER_SECONDS: u64 = 600;

#[derive(Debug, Default, Clone)]
struct State {
    window_start: i64,
    failures: u32,
    open_until: i64,
}

/// Breakers by carrier slug.
#[derive(Debug)]
pub struct Breakers {
    by_carrier: HashMap<String, State>,
    cool_down: i64,
    max_retry_after: u64,
}

impl Default for Breakers {
    fn default() -> Self {
        Breakers {
            by_carrier: HashMap::new(),
            cool_down: COOL_DOWN_SECONDS,
            max_retry_after: MAX_RETRY_AFTER_SECONDS,
        }
    }
}

impl Breakers {
    /// Sets the cool-down and the longest `Retry-After` honoured (`CARRIER_COOL_DOWN_SECONDS`,
    /// `CARRIER_MAX_RETRY_AFTER_SECONDS`); 0 and 0 turn the breaker off.
    pub fn configure(&mut self, cool_down: i64, max_retry_after: u64) {
        self.cool_down = cool_down;
        self.max_retry_after = max_retry_after;
    }

    /// Whether `carrier` may be called at `now`; `Err(seconds)` until it may.
    pub fn allow(&self, carrier: &str, now: i64) -> Result<(), i64> {
        match self.by_carrier.get(carrier) {
            Some(s) if s.open_until > now => Err(s.open_until - now),
            _ => Ok(()),
        }
    }

    /// A call answered: the count starts again.
    pub fn success(&mut self, carrier: &str) {
        self.by_carrier.remove(carrier);
    }

    /// A call failed (timeout, 5xx, network, unreadable reply).
    pub fn failure(&mut self, carrier: &str, now: i64) {
        let cool_down = self.cool_down;
        let s = self.by_carrier.entry(carrier.to_string()).or_default();
        if now - s.window_start >= WINDOW_SECONDS {
            s.window_start = now;
            s.failures = 0;
        }
        s.failures += 1;
        if s.failures >= FAILURES {
            s.open_until = now + cool_down;
            s.failures = 0;
            s.window_start = now;
        }
    }

    /// The carrier answered 429: open for its `Retry-After` (capped), else the cool-down.
    pub fn rate_limited(&mut self, carrier: &str, retry_after: Option<u64>, now: i64) {
        let wait = retry_after
            .map(|s| s.min(self.max_retry_after) as i64)
            .unwrap_or(self.cool_down)
            .min(self.max_retry_after as i64);
        let s = self.by_carrier.entry(carrier.to_string()).or_default();
        s.open_until = s.open_until.max(now + wait);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_after_repeated_failures_and_closes_after_the_cool_down() {
        let mut b = Breakers::default();
        for i in 0..FAILURES - 1 {
            b.failure("ups", 100 + i as i64);
            assert_eq!(b.allow("ups", 100 + i as i64), Ok(()));
        }
        b.failure("ups", 110);
        assert_eq!(b.allow("ups", 110), Err(COOL_DOWN_SECONDS));
        assert_eq!(
            b.allow("dhl", 110),
            Ok(()),
            "one carrier's trouble is its own"
        );
        assert_eq!(b.allow("ups", 110 + COOL_DOWN_SECONDS), Ok(()));
    }

    #[test]
    fn failures_outside_the_window_do_not_add_up() {
        let mut b = Breakers::default();
        for i in 0..(FAILURES * 3) as i64 {
            b.failure("ups", i * WINDOW_SECONDS);
        }
        assert_eq!(b.allow("ups", FAILURES as i64 * 3 * WINDOW_SECONDS), Ok(()));
    }

    #[test]
    fn a_success_resets_the_count() {
        let mut b = Breakers::default();
        for _ in 0..FAILURES - 1 {
            b.failure("ups", 100);
        }
        b.success("ups");
        b.failure("ups", 101);
        assert_eq!(b.allow("ups", 101), Ok(()));
    }

    #[test]
    fn retry_after_is_honoured_and_capped() {
        let mut b = Breakers::default();
        b.rate_limited("fedex", Some(120), 1000);
        assert_eq!(b.allow("fedex", 1000), Err(120));
        assert_eq!(b.allow("fedex", 1120), Ok(()));
        b.rate_limited("usps", Some(86_400), 1000);
        assert_eq!(b.allow("usps", 1000), Err(MAX_RETRY_AFTER_SECONDS as i64));
        b.rate_limited("dhl", None, 1000);
        assert_eq!(b.allow("dhl", 1000), Err(COOL_DOWN_SECONDS));
    }

    #[test]
    fn configured_off() {
        let mut b = Breakers::default();
        b.configure(0, 0);
        for _ in 0..FAILURES * 2 {
            b.failure("ups", 100);
        }
        b.rate_limited("ups", Some(60), 100);
        assert_eq!(b.allow("ups", 100), Ok(()));
    }
}
