//! One leg — one number at one carrier — fetched, normalized, kept, and served stale when the
//! carrier fails. Concurrent requests for the same leg share one carrier call.

use super::{flight, store, upstream};
use crate::api::error::ApiError;
use crate::carriers::{self, AdapterError, Context};
use futures::future::join_all;
use waymark_shared::{Carrier, Shipment};
use worker::{console_log, Env};

/// Fetches and normalizes a leg; a number the carrier does not know yet is a pending shipment.
async fn fetch_fresh(env: Env, carrier: Carrier, number: String) -> Result<Vec<Shipment>, String> {
    let (_, body) = upstream::fetch_tracking(&env, &carrier, &number)
        .await
        .map_err(|e| e.to_string())?;
    let now = crate::worker_entry::timeline::now();
    match carriers::normalize(&carrier, &body, &Context { fetched_at: now }) {
        Ok(found) if !found.is_empty() => {
            store::keep(&env, carrier.slug(), &number, &found).await;
            Ok(found)
        }
        Ok(_) | Err(AdapterError::NotFound(_)) => Ok(vec![Shipment::from_events(
            carrier.clone(),
            &number,
            vec![],
            now,
        )]),
        Err(e) => Err(e.to_string()),
    }
}

/// The leg's shipments: fresh when the carrier answers, else the last good copy marked stale.
/// `Err` only when the carrier failed and nothing was ever stored. Concurrent requests for the
/// same leg make one carrier call (see `state`).
pub async fn resolve(env: &Env, carrier: &Carrier, number: &str) -> Result<Vec<Shipment>, String> {
    if let Some(found) = flight::prefetched(number) {
        return Ok(found);
    }
    let key = format!("{}:{}", carrier.slug(), number);
    let limit = super::config::number(env, "CARRIER_TIMEOUT_MS", 8000) as f64 * 2.0 + 1000.0;
    let result = match flight::claim(&key, limit) {
        flight::Role::Leader => {
            let outcome = fetch_fresh(env.clone(), carrier.clone(), number.to_string()).await;
            flight::settle(&key, &outcome);
            outcome
        }
        flight::Role::Follower => match flight::wait(&key, limit).await {
            Some(outcome) => outcome,
            None => fetch_fresh(env.clone(), carrier.clone(), number.to_string()).await,
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
        return Err(ApiError::Upstream(format!(
            "no carrier could be reached ({})",
            problems.join("; ")
        )));
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
