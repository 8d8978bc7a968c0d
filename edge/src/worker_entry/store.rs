//! Storage: KV holds the last good timeline of every leg (the stale fallback); the Cache API
//! holds hot order timelines for their freshness window, mirrored in this isolate's memory so a
//! repeated hit does not leave the isolate.

use super::kv_json;
use crate::api::hot_memory::HotMemory;
use crate::api::ttl;
use std::cell::RefCell;
use waymark_shared::order::OrderTimeline;
use waymark_shared::Shipment;
use worker::{Cache, Env, Headers, Response};

/// Hot entries kept in an isolate's memory at most (the oldest goes first).
const MEMORY_ENTRIES: usize = 256;

thread_local! {
    static MEMORY: RefCell<HotMemory> = RefCell::new(HotMemory::default());
}

/// Composed answers kept in an isolate's memory at most, and for how long (seconds).
const ANSWER_ENTRIES: usize = 128;
const ANSWER_SECONDS: i64 = 60;

thread_local! {
    static ANSWERS: RefCell<HotMemory> = RefCell::new(HotMemory::default());
}

/// A composed answer kept under `key` (see `handlers::public_timeline`), if still fresh.
pub fn answered(key: &str, now: i64) -> Option<String> {
    ANSWERS.with(|m| m.borrow_mut().recall(key, now).map(|(body, _)| body))
}

/// Keeps a composed answer for a minute.
pub fn remember_answer(key: &str, body: &str, now: i64) {
    ANSWERS.with(|m| {
        m.borrow_mut()
            .remember(key, body, now, now + ANSWER_SECONDS, ANSWER_ENTRIES)
    });
}

fn remember(order_key: &str, json: &str, fetched_at: i64, until: i64) {
    MEMORY.with(|m| {
        m.borrow_mut()
            .remember(order_key, json, fetched_at, until, MEMORY_ENTRIES)
    });
}

fn recall(order_key: &str, now: i64) -> Option<(String, i64)> {
    MEMORY.with(|m| m.borrow_mut().recall(order_key, now))
}

fn leg_key(slug: &str, number: &str) -> String {
    format!("leg:{slug}:{number}")
}

/// The last good shipments of a leg, if any.
pub async fn last_good(env: &Env, slug: &str, number: &str) -> Option<Vec<Shipment>> {
    let kv = kv_json::namespace(env)?;
    kv_json::read(&kv, &leg_key(slug, number)).await
}

/// Keeps a leg's good shipments for the stale fallback: written when they changed (their
/// events and judgement, not the fetch time), or at most hourly when they did not — so the
/// stored copy's `updated_at` is at most an hour behind the last good answer.
#[cfg(feature = "updates")]
pub async fn keep(env: &Env, slug: &str, number: &str, shipments: &[Shipment], now: i64) {
    let Some(kv) = kv_json::namespace(env) else {
        return;
    };
    let status = shipments
        .first()
        .map(|s| s.status)
        .unwrap_or(waymark_shared::Status::Pending);
    let mut timeless = shipments.to_vec();
    for s in &mut timeless {
        s.updated_at = chrono::DateTime::UNIX_EPOCH;
    }
    let key = leg_key(slug, number);
    let content = serde_json::to_vec(&timeless).unwrap_or_default();
    if !super::leg_memory::should_write(&key, &content, now) {
        return;
    }
    if let Ok(json) = serde_json::to_string(shipments) {
        let ttl = ttl::keep_seconds(status);
        kv_json::keep(&kv, &key, &json, Some(ttl)).await;
    }
}

fn order_copy_key(order_key: &str) -> String {
    format!("order:{order_key}")
}

/// The order's last kept timeline (for the promise each parcel was first shown with).
pub async fn last_order(env: &Env, order_key: &str) -> Option<OrderTimeline> {
    let kv = kv_json::namespace(env)?;
    kv_json::read(&kv, &order_copy_key(order_key)).await
}

/// Keeps the order's timeline (`json`) for as long as its parcels' last good copies.
pub async fn keep_order(env: &Env, order_key: &str, json: &str, timeline: &OrderTimeline) {
    let Some(kv) = kv_json::namespace(env) else {
        return;
    };
    let ttl = timeline
        .shipments
        .iter()
        .map(|s| ttl::keep_seconds(s.status))
        .max()
        .unwrap_or_else(|| ttl::keep_seconds(waymark_shared::Status::Pending));
    kv_json::keep(&kv, &order_copy_key(order_key), json, Some(ttl)).await;
}

fn cache_url(order_key: &str) -> String {
    format!("https://waymark.cache/v1/timeline/{order_key}")
}

/// A hot order timeline: its JSON and when it was fetched (Unix seconds); `now` in Unix
/// seconds.
pub async fn hot(order_key: &str, now: i64) -> Option<(String, i64)> {
    if let Some(found) = recall(order_key, now) {
        return Some(found);
    }
    let mut resp = Cache::default()
        .get(cache_url(order_key), true)
        .await
        .ok()??;
    let fetched = resp
        .headers()
        .get("x-waymark-fetched-at")
        .ok()??
        .parse()
        .ok()?;
    let json = resp.text().await.ok()?;
    // The Cache API answers only while fresh; an isolate that did not store it remembers it for
    // the rest of the Cache-Control lifetime it was stored with.
    let until = resp
        .headers()
        .get("x-waymark-fresh-until")
        .ok()
        .flatten()
        .and_then(|v| v.parse().ok())
        .unwrap_or(now);
    remember(order_key, &json, fetched, until);
    Some((json, fetched))
}

/// Stores a hot order timeline for `seconds` (nothing when 0).
pub async fn put_hot(order_key: &str, json: &str, seconds: u64, fetched_at: i64) {
    if seconds == 0 {
        return;
    }
    let headers = Headers::new();
    let _ = headers.set("Content-Type", "application/json");
    let _ = headers.set("Cache-Control", &format!("public, max-age={seconds}"));
    let _ = headers.set("x-waymark-fetched-at", &fetched_at.to_string());
    let until = fetched_at + seconds as i64;
    let _ = headers.set("x-waymark-fresh-until", &until.to_string());
    remember(order_key, json, fetched_at, until);
    if let Ok(resp) = Response::ok(json) {
        let _ = Cache::default()
            .put(cache_url(order_key), resp.with_headers(headers))
            .await;
    }
}
