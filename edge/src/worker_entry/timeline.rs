//! An order's timeline: every number's carrier resolved (given or detected), all legs fetched
//! concurrently, hand-off legs fetched in a second concurrent round, parcels grouped, and the
//! result kept hot in the Cache API with a background refresh when it gets old.

use super::{config, store};
use crate::api::error::ApiError;
use crate::api::order::{assemble_after, OrderTimeline};
use crate::api::ttl;
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use waymark_shared::{Carrier, Shipment};
use worker::{Context, Env};

/// How old a hot entry may be before ETA and exceptions are judged again on serving.
const REJUDGE_AFTER_SECONDS: i64 = 60;

/// Now, from the JavaScript clock (chrono's clock is not compiled for wasm).
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// The carrier to ask about a number (see `api::route`), with the configured aggregator.
pub fn carrier_for(env: &Env, number: &str, hint: Option<&str>) -> Result<Carrier, ApiError> {
    let aggregator = config::settings(env).aggregator.clone();
    crate::api::carrier_choice::carrier_for(number, hint, aggregator.as_ref())
}

/// The carrier and number of each of a token's (or support link's) numbers.
pub fn wanted_legs(
    env: &Env,
    numbers: &[crate::api::token::TokenNumber],
) -> Result<Vec<(Carrier, String)>, ApiError> {
    numbers
        .iter()
        .map(|n| {
            Ok((
                carrier_for(env, &n.t, n.c.as_deref())?,
                n.t.trim().to_string(),
            ))
        })
        .collect()
}

/// All shipments of the wanted legs and their hand-offs. `Err` when no leg produced anything.
/// `waymark-updates` asks the carriers itself; the storefront-facing worker asks
/// `waymark-updates` (`carrier_service`).
pub async fn shipments(env: &Env, wanted: &[(Carrier, String)]) -> Result<Vec<Shipment>, ApiError> {
    #[cfg(feature = "updates")]
    return super::leg::order_legs(env, wanted).await;
    #[cfg(not(feature = "updates"))]
    return super::carrier_service::order_legs(env, wanted).await;
}

/// The cache key of an order's legs (order-independent, token-independent).
pub fn order_key(wanted: &[(Carrier, String)]) -> String {
    let mut parts: Vec<String> = wanted
        .iter()
        .map(|(c, n)| format!("{}:{}", c.slug(), n.to_ascii_uppercase()))
        .collect();
    parts.sort();
    let digest = Sha256::digest(parts.join("|").as_bytes());
    crate::api::hex::encode(&digest)
}

/// Fetches, assembles and stores an order timeline. Each parcel keeps the promise of the
/// order's last good copy (read from KV while the carriers are asked), so "late against the
/// promise" holds across refreshes and cache expiry.
async fn refresh(
    env: &Env,
    order_id: &str,
    wanted: &[(Carrier, String)],
) -> Result<OrderTimeline, ApiError> {
    let key = order_key(wanted);
    let (shipments, previous) =
        futures::join!(shipments(env, wanted), store::last_order(env, &key));
    let shipments = shipments?;
    let at = now();
    let previous = previous.map(|p| p.shipments).unwrap_or_default();
    let timeline: OrderTimeline = assemble_after(order_id, shipments, at, &previous);
    let json = serde_json::to_string(&timeline).map_err(|_| ApiError::Internal)?;
    // Stale answers are not kept hot: the next request asks the carriers again.
    let cap = config::settings(env).max_hot_ttl_seconds;
    let seconds = if timeline.stale {
        0
    } else {
        ttl::order_fresh_seconds(timeline.shipments.iter().map(|s| s.status), cap)
    };
    // The order's copy is written when a promise appears or changes, not on every refresh.
    let promises = |v: &[Shipment]| -> Vec<(String, Option<waymark_shared::Eta>)> {
        v.iter()
            .map(|s| (s.tracking_number.clone(), s.promised.clone()))
            .collect()
    };
    if promises(&timeline.shipments) != promises(&previous) {
        store::keep_order(env, &key, &json, &timeline).await;
    }
    store::put_hot(&key, &json, seconds, at.timestamp()).await;
    Ok(timeline)
}

/// When the hot timeline of these legs was fetched (Unix seconds), if there is one.
pub async fn hot_fetched_at(wanted: &[(Carrier, String)], now: i64) -> Option<i64> {
    store::hot(&order_key(wanted), now)
        .await
        .map(|(_, fetched)| fetched)
}

/// The order timeline and whether it came from the hot cache. A hot entry past half its
/// freshness is served and refreshed in the background. The stored JSON is parsed once;
/// older than a minute, ETA and exceptions are judged again for the moment of serving.
pub async fn order_timeline(
    env: &Env,
    exec: &Context,
    order_id: &str,
    wanted: Vec<(Carrier, String)>,
) -> Result<(OrderTimeline, bool), ApiError> {
    let key = order_key(&wanted);
    let at = now();
    if let Some((json, fetched_at)) = store::hot(&key, at.timestamp()).await {
        let age = at.timestamp() - fetched_at;
        if let Ok(mut cached) = serde_json::from_str::<OrderTimeline>(&json) {
            // The cache is keyed by the legs, not the order: the same legs are the same parcels.
            if cached.order_id != order_id {
                cached.order_id = order_id.to_string();
            }
            if age >= REJUDGE_AFTER_SECONDS {
                let fresh =
                    ttl::order_fresh_seconds(cached.shipments.iter().map(|s| s.status), None)
                        as i64;
                if age * 2 > fresh {
                    let (env, order_id, wanted) =
                        (env.clone(), order_id.to_string(), wanted.clone());
                    exec.wait_until(async move {
                        let _ = refresh(&env, &order_id, &wanted).await;
                    });
                }
                for s in &mut cached.shipments {
                    waymark_shared::exception_rules::refresh(s, at);
                }
            }
            return Ok((cached, true));
        }
    }
    Ok((refresh(env, order_id, &wanted).await?, false))
}
