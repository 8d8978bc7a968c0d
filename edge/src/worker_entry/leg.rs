//! One leg — one number at one carrier — fetched, normalized, kept, and served stale when the
//! carrier fails. Concurrent requests for the same leg share one carrier call.

use super::http::CallError;
use super::{config, flight, leg_memory, store, upstream};
use crate::api::error::ApiError;
use crate::carriers::{self, AdapterError, Context};
use futures::future::join_all;
use waymark_shared::{Carrier, Shipment};
use worker::{console_log, Env};

/// Why a leg has no fresh answer.
#[derive(Debug, Clone)]
pub enum LegError {
    /// The carrier call failed.
    Call(CallError),
    /// The carrier answered something its adapter cannot read.
    Unreadable(String),
    /// The carrier's circuit is open (recent failures or a 429): not called for this long.
    Resting(i64),
}

impl std::fmt::Display for LegError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LegError::Call(e) => e.fmt(f),
            LegError::Unreadable(e) => write!(f, "unreadable reply: {e}"),
            LegError::Resting(s) => write!(f, "not called for {s} s after recent failures"),
        }
    }
}

/// A number the carrier does not know yet: a pending shipment.
fn pending(carrier: &Carrier, number: &str, now: chrono::DateTime<chrono::Utc>) -> Vec<Shipment> {
    vec![Shipment::from_events(carrier.clone(), number, vec![], now)]
}

/// Fetches and normalizes a leg, minding the carrier's circuit breaker and what this isolate
/// knows is not there yet; a number the carrier does not know yet is a pending shipment.
async fn fetch_fresh(
    env: Env,
    carrier: Carrier,
    number: String,
) -> Result<Vec<Shipment>, LegError> {
    let now = crate::worker_entry::timeline::now();
    let (slug, at) = (carrier.slug().to_string(), now.timestamp());
    let leg = format!("{slug}:{number}");
    if leg_memory::known_missing(&leg, at) {
        return Ok(pending(&carrier, &number, now));
    }
    let cool_down = config::settings(&env).carrier_cool_down_seconds;
    let max_retry_after = config::settings(&env).carrier_max_retry_after_seconds;
    leg_memory::may_call(&slug, at, cool_down, max_retry_after).map_err(LegError::Resting)?;
    let body = match upstream::fetch_tracking(&env, &carrier, &number).await {
        Ok((_, body)) => body,
        Err(CallError::RateLimited(after)) => {
            leg_memory::rate_limited(&slug, after, at);
            return Err(LegError::Call(CallError::RateLimited(after)));
        }
        Err(e) => {
            leg_memory::failed(&slug, at);
            return Err(LegError::Call(e));
        }
    };
    match carriers::normalize(&carrier, &body, &Context { fetched_at: now }) {
        Ok(found) if !found.is_empty() => {
            leg_memory::answered(&slug);
            leg_memory::set_missing(&leg, false, at);
            store::keep(&env, &slug, &number, &found, at).await;
            Ok(found)
        }
        Ok(_) | Err(AdapterError::NotFound(_)) => {
            leg_memory::answered(&slug);
            leg_memory::set_missing(&leg, true, at);
            Ok(pending(&carrier, &number, now))
        }
        Err(e) => {
            leg_memory::failed(&slug, at);
            Err(LegError::Unreadable(e.to_string()))
        }
    }
}

/// The leg's shipments: fresh when the carrier answers, else the last good copy marked stale.
/// `Err` only when the carrier failed and nothing was ever stored. Concurrent requests for the
/// same leg make one carrier call (see `flight`).
pub async fn resolve(env: &Env, carrier: &Carrier, number: &str) -> Result<Vec<Shipment>, String> {
    if let Some(found) = flight::prefetched(number) {
        return Ok(found);
    }
    let key = format!("{}:{}", carrier.slug(), number);
    let limit = config::settings(env).carrier_timeout_ms as f64 * 2.0 + 1000.0;
    let fetch = || async {
        fetch_fresh(env.clone(), carrier.clone(), number.to_string())
            .await
            .map_err(|e| e.to_string())
    };
    let result = match flight::claim(&key, limit) {
        flight::Role::Leader => {
            let outcome = fetch().await;
            flight::settle(&key, &outcome);
            outcome
        }
        flight::Role::Follower => match flight::wait(&key, limit).await {
            Some(outcome) => outcome,
            None => fetch().await,
        },
    };
    match result {
        Ok(found) => Ok(found),
        Err(problem) => {
            console_log!("waymark: {} {}: {}", carrier.slug(), number, problem);
            match store::last_good(env, carrier.slug(), number).await {
                Some(mut kept) => {
                    for s in &mut kept {
                        s.stale = true;
                    }
                    Ok(kept)
                }
                None => Err(format!("{}: {problem}", carrier.slug())),
            }
        }
    }
}

/// All shipments of the wanted legs and their hand-offs. `Err` when no leg produced anything.
pub async fn order_legs(
    env: &Env,
    wanted: &[(Carrier, String)],
) -> Result<Vec<Shipment>, ApiError> {
    let first = join_all(wanted.iter().map(|(c, n)| resolve(env, c, n))).await;
    let mut problems = Vec::new();
    let mut found: Vec<Shipment> = Vec::new();
    for r in first {
        match r {
            Ok(s) => found.extend(s),
            Err(p) => problems.push(p),
        }
    }
    if found.is_empty() {
        // What each carrier said is for the log; the answer carries none of it.
        console_log!("waymark: no leg answered: {}", problems.join("; "));
        return Err(ApiError::Upstream("no carrier could be reached".into()));
    }
    let handoffs = crate::api::legs::handoffs(wanted, &found);
    // A failed hand-off leg leaves the first leg's view; it is never an error for the order.
    for s in join_all(handoffs.iter().map(|(c, n)| resolve(env, c, n)))
        .await
        .into_iter()
        .flatten()
    {
        found.extend(s);
    }
    Ok(found)
}
