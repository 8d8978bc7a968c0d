//! What an isolate remembers about carrier legs between requests: each carrier's circuit
//! breaker (`api::circuit`), numbers a carrier did not know yet (asked again after
//! [`NOT_FOUND_SECONDS`], not on every request), and a digest of each leg's last KV write (an
//! unchanged leg is written again at most every [`REWRITE_SECONDS`]; KV writes are the costly,
//! rate-limited operation).

use crate::api::circuit::Breakers;
use sha2::{Digest, Sha256};
use std::cell::RefCell;
use std::collections::HashMap;

/// How long "the carrier does not know this number yet" is believed.
pub const NOT_FOUND_SECONDS: i64 = 300;
/// How long an unchanged leg's stored copy is left alone.
pub const REWRITE_SECONDS: i64 = 3600;
/// Entries kept per map at most; past it the map starts again (a bound, not an LRU: every
/// entry can be learned again with one call).
const MAX_ENTRIES: usize = 2048;

thread_local! {
    static BREAKERS: RefCell<Breakers> = RefCell::new(Breakers::default());
    static NOT_FOUND: RefCell<HashMap<String, i64>> = RefCell::new(HashMap::new());
    static WRITTEN: RefCell<HashMap<String, ([u8; 32], i64)>> = RefCell::new(HashMap::new());
}

fn bounded<V>(map: &mut HashMap<String, V>) {
    if map.len() >= MAX_ENTRIES {
        map.clear();
    }
}

/// Whether `carrier` may be called now (see `api::circuit`); `Err(seconds)` while open.
/// `cool_down` and `max_retry_after` are the configured breaker settings.
pub fn may_call(carrier: &str, now: i64, cool_down: i64, max_retry_after: u64) -> Result<(), i64> {
    BREAKERS.with(|b| {
        let mut b = b.borrow_mut();
        b.configure(cool_down, max_retry_after);
        b.allow(carrier, now)
    })
}

/// A call to `carrier` answered.
pub fn answered(carrier: &str) {
    BREAKERS.with(|b| b.borrow_mut().success(carrier));
}

/// A call to `carrier` failed.
pub fn failed(carrier: &str, now: i64) {
    BREAKERS.with(|b| b.borrow_mut().failure(carrier, now));
}

/// `carrier` answered 429.
pub fn rate_limited(carrier: &str, retry_after: Option<u64>, now: i64) {
    BREAKERS.with(|b| b.borrow_mut().rate_limited(carrier, retry_after, now));
}

/// Whether `leg` was unknown to its carrier less than [`NOT_FOUND_SECONDS`] ago.
pub fn known_missing(leg: &str, now: i64) -> bool {
    NOT_FOUND.with(|m| m.borrow().get(leg).is_some_and(|until| *until > now))
}

/// Remembers that the carrier does not know `leg` yet; `false` forgets it.
pub fn set_missing(leg: &str, missing: bool, now: i64) {
    NOT_FOUND.with(|m| {
        let mut m = m.borrow_mut();
        if missing {
            bounded(&mut m);
            m.insert(leg.to_string(), now + NOT_FOUND_SECONDS);
        } else {
            m.remove(leg);
        }
    });
}

/// Whether `content` (the leg's events and judgement, without its fetch time) differs from
/// what this isolate last wrote for `leg`, or that write is older than [`REWRITE_SECONDS`];
/// records it as written when so.
pub fn should_write(leg: &str, content: &[u8], now: i64) -> bool {
    let digest: [u8; 32] = Sha256::digest(content).into();
    WRITTEN.with(|m| {
        let mut m = m.borrow_mut();
        match m.get(leg) {
            Some((d, at)) if *d == digest && now - at < REWRITE_SECONDS => false,
            _ => {
                bounded(&mut m);
                m.insert(leg.to_string(), (digest, now));
                true
            }
        }
    })
}
