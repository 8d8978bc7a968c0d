//! Per-isolate state of carrier fetches: their coalescing, and what a batch call prefetched.
//!
//! Workers do not let one request await a promise another request created, so concurrent
//! requests for the same leg do not share a future: the first (the leader) calls the carrier
//! and posts the result here; the others (followers) wait on their own timers and read it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::time::Duration;
use waymark_shared::Shipment;

/// A leg's outcome.
pub type Outcome = Result<Vec<Shipment>, String>;

/// How long a settled outcome is kept for followers still polling for it.
const RESULT_KEEP_MS: f64 = 2_000.0;
/// How often a follower looks for the leader's outcome.
const POLL_MS: u64 = 20;

thread_local! {
    static IN_FLIGHT: RefCell<HashMap<String, f64>> = RefCell::new(HashMap::new());
    static SETTLED: RefCell<HashMap<String, (f64, Outcome)>> = RefCell::new(HashMap::new());
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// This request's part in fetching a leg.
pub enum Role {
    /// Call the carrier, then [`settle`].
    Leader,
    /// Another request is calling it: [`wait`] for its outcome.
    Follower,
}

/// Claims the fetch of `key`, or joins the one in flight.
pub fn claim(key: &str, stale_after_ms: f64) -> Role {
    let now = now_ms();
    SETTLED.with(|s| {
        s.borrow_mut()
            .retain(|_, (at, _)| now - *at < RESULT_KEEP_MS)
    });
    IN_FLIGHT.with(|m| {
        let mut m = m.borrow_mut();
        match m.get(key) {
            // A leader that vanished (its request was cancelled) is replaced.
            Some(started) if now - started < stale_after_ms => Role::Follower,
            _ => {
                m.insert(key.to_string(), now);
                Role::Leader
            }
        }
    })
}

/// The leader posts the outcome.
pub fn settle(key: &str, outcome: &Outcome) {
    IN_FLIGHT.with(|m| m.borrow_mut().remove(key));
    SETTLED.with(|s| {
        s.borrow_mut()
            .insert(key.to_string(), (now_ms(), outcome.clone()))
    });
}

/// A follower waits (on its own timers) for the leader's outcome, up to `limit_ms`.
pub async fn wait(key: &str, limit_ms: f64) -> Option<Outcome> {
    let start = now_ms();
    while now_ms() - start < limit_ms {
        worker::Delay::from(Duration::from_millis(POLL_MS)).await;
        if let Some(outcome) = SETTLED.with(|s| s.borrow().get(key).map(|(_, o)| o.clone())) {
            return Some(outcome);
        }
        if IN_FLIGHT.with(|m| !m.borrow().contains_key(key)) {
            return None;
        }
    }
    None
}

thread_local! {
    static PREFETCHED: RefCell<HashMap<String, Vec<Shipment>>> = RefCell::new(HashMap::new());
}

/// Shipments already in hand for a number — pushed by an aggregator, or fetched in a 17TRACK
/// batch — so the refresh that follows reads them instead of calling the carrier again.
#[cfg(feature = "updates")]
pub fn prefetch(number: &str, shipments: Vec<Shipment>) {
    PREFETCHED.with(|p| {
        p.borrow_mut()
            .insert(number.to_ascii_uppercase(), shipments)
    });
}

/// The shipments prefetched for a number, if any.
pub fn prefetched(number: &str) -> Option<Vec<Shipment>> {
    PREFETCHED.with(|p| p.borrow().get(&number.to_ascii_uppercase()).cloned())
}

/// Forgets what was prefetched (at the end of a scheduled run or a push).
#[cfg(feature = "updates")]
pub fn clear_prefetched() {
    PREFETCHED.with(|p| p.borrow_mut().clear());
}
