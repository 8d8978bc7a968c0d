//! The storefront-facing worker's way to the carriers: it holds no carrier code and no carrier
//! credential, and asks `waymark-updates` (`POST /v1/legs`) through the `CARRIERS` service
//! binding on a cache miss. That keeps the worker on the buyer's path small (it starts faster)
//! and its secrets few. When the binding fails, the legs' last good copies in the shared KV
//! namespace are served, marked stale, else this worker's own last copy of the order.

use super::http::{send_via, Limits};
use super::{config, store};
use crate::api::error::ApiError;
use crate::api::legs::{handoffs, LegsReply, LegsRequest};
use crate::api::upstream::UpstreamRequest;
use futures::future::join_all;
use waymark_shared::{Carrier, Shipment};
use worker::{console_log, Env};

/// The service binding to `waymark-updates` (wrangler.toml `[[services]]`).
const BINDING: &str = "CARRIERS";

/// All shipments of the wanted legs and their hand-offs, from `waymark-updates`; else the
/// last good copies. `Err` when neither gives anything.
pub async fn order_legs(
    env: &Env,
    wanted: &[(Carrier, String)],
) -> Result<Vec<Shipment>, ApiError> {
    match ask(env, wanted).await {
        Ok(found) => Ok(found),
        Err(problem) => {
            console_log!("waymark: the carrier service failed: {problem}");
            let mut found = last_good(env, wanted).await;
            if found.is_empty() {
                // This worker's own copy of the order (written when its promise first appears
                // or changes): older than the legs' copies, better than nothing.
                let key = super::timeline::order_key(wanted);
                found = store::last_order(env, &key)
                    .await
                    .map(|o| o.shipments)
                    .unwrap_or_default();
                for s in &mut found {
                    s.stale = true;
                }
            }
            if found.is_empty() {
                Err(ApiError::Upstream("no carrier could be reached".into()))
            } else {
                Ok(found)
            }
        }
    }
}

/// One `POST /v1/legs` through the binding, within twice the carrier timeout (OAuth and the
/// tracking call each get one) and a second.
async fn ask(env: &Env, wanted: &[(Carrier, String)]) -> Result<Vec<Shipment>, String> {
    let service = env
        .service(BINDING)
        .map_err(|_| format!("no `{BINDING}` service binding (wrangler.toml)"))?;
    let key = config::text(env, "MERCHANT_API_KEY").ok_or("MERCHANT_API_KEY is not set")?;
    let body = serde_json::to_string(&LegsRequest::of(wanted)).map_err(|e| e.to_string())?;
    let req = UpstreamRequest {
        method: "POST",
        // A service binding ignores the host; the path picks the route.
        url: "https://waymark-updates/v1/legs".into(),
        headers: vec![
            ("Authorization".into(), format!("Bearer {key}")),
            ("Content-Type".into(), "application/json".into()),
        ],
        body: Some(body),
    };
    let timeout = config::settings(env).carrier_timeout_ms * 2 + 1000;
    let (status, bytes) = send_via(Some(&service), &req, Limits::carrier(timeout))
        .await
        .map_err(|e| e.to_string())?;
    if status != 200 {
        return Err(format!("waymark-updates answered HTTP {status}"));
    }
    serde_json::from_slice::<LegsReply>(&bytes)
        .map(|r| r.shipments)
        .map_err(|e| format!("unreadable answer from waymark-updates: {e}"))
}

/// The last good copies of the legs and of their hand-offs, marked stale.
async fn last_good(env: &Env, wanted: &[(Carrier, String)]) -> Vec<Shipment> {
    let read = |legs: Vec<(Carrier, String)>| async move {
        join_all(legs.iter().map(|(c, n)| store::last_good(env, c.slug(), n)))
            .await
            .into_iter()
            .flatten()
            .flatten()
            .collect::<Vec<Shipment>>()
    };
    let mut found = read(wanted.to_vec()).await;
    let second = handoffs(wanted, &found);
    found.extend(read(second).await);
    for s in &mut found {
        s.stale = true;
    }
    found
}
