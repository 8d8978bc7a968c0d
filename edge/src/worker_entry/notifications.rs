//! The notification log on D1: every notification handed to the queue, its attempts counted
//! atomically, and whether it was sent or set aside (dead) with the receiver's last answer.
//! The console's order page and `GET /v1/shipments/{id}` read it.

use super::registrations::{changes, db, rows, statement, StoreError};
pub use crate::console::order_page::Logged;
use crate::proactive::delivery::Delivery;
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::Env;

/// The transition part of a key: `<order>:<number>:<milestone>` or
/// `<order>:<number>:<exception kind>:<onset>` (ids and numbers hold no `:`).
fn kind_of(key: &str) -> &str {
    key.split(':').nth(2).unwrap_or(key)
}

/// Logs deliveries just handed to the queue (a key logged before stays as it is).
pub async fn queued(env: &Env, deliveries: &[Delivery], now_ms: f64) -> Result<(), StoreError> {
    let db = db(env)?;
    let mut batch = Vec::new();
    for d in deliveries {
        batch.push(statement(
            &db,
            "INSERT OR IGNORE INTO notifications \
             (key, registration_id, channel, kind, state, attempts, body, queued_at, updated_at) \
             SELECT ?1, ?2, 'webhook', ?3, 'queued', 0, ?4, ?5, ?5 \
             WHERE EXISTS (SELECT 1 FROM registrations WHERE id = ?2)",
            &[
                d.key.as_str().into(),
                d.registration.as_str().into(),
                kind_of(&d.key).into(),
                d.body.as_str().into(),
                JsValue::from_f64(now_ms),
            ],
        )?);
    }
    if !batch.is_empty() {
        db.batch(batch)
            .await
            .map_err(|e| StoreError(e.to_string()))?;
    }
    Ok(())
}

/// Logs the day's digest as queued; false when it was logged before (one digest a day).
pub async fn queued_digest(env: &Env, d: &Delivery, now_ms: f64) -> Result<bool, StoreError> {
    let db = db(env)?;
    let inserted = changes(statement(
        &db,
        "INSERT OR IGNORE INTO notifications \
         (key, registration_id, channel, kind, state, attempts, body, queued_at, updated_at) \
         VALUES (?1, NULL, 'digest', 'digest', 'queued', 0, ?2, ?3, ?3)",
        &[
            d.key.as_str().into(),
            d.body.as_str().into(),
            JsValue::from_f64(now_ms),
        ],
    )?)
    .await?;
    Ok(inserted == 1)
}

/// Removes a log row whose message the queue did not take (so the next run sends it).
pub async fn forget(env: &Env, key: &str) -> Result<(), StoreError> {
    let db = db(env)?;
    changes(statement(
        &db,
        "DELETE FROM notifications WHERE key = ?1 AND state = 'queued'",
        &[key.into()],
    )?)
    .await?;
    Ok(())
}

#[derive(Deserialize)]
struct StateRow {
    state: String,
}

/// Whether a notification was delivered.
pub async fn was_sent(env: &Env, key: &str) -> Result<bool, StoreError> {
    let db = db(env)?;
    let found: Vec<StateRow> = rows(statement(
        &db,
        "SELECT state FROM notifications WHERE key = ?1",
        &[key.into()],
    )?)
    .await?;
    Ok(found.first().is_some_and(|r| r.state == "sent"))
}

/// Records an outcome: `sent` or `dead`, with the receiver's answer.
pub async fn mark(
    env: &Env,
    key: &str,
    state: &str,
    answer: &str,
    now_ms: f64,
) -> Result<(), StoreError> {
    let db = db(env)?;
    changes(statement(
        &db,
        "UPDATE notifications SET state = ?2, last_answer = ?3, updated_at = ?4 WHERE key = ?1",
        &[
            key.into(),
            state.into(),
            answer.into(),
            JsValue::from_f64(now_ms),
        ],
    )?)
    .await?;
    Ok(())
}

#[derive(Deserialize)]
struct Attempts {
    attempts: f64,
}

/// Counts one more failed attempt (atomically, in one statement); returns the count.
pub async fn failed_attempt(
    env: &Env,
    key: &str,
    answer: &str,
    now_ms: f64,
) -> Result<u32, StoreError> {
    let db = db(env)?;
    let found: Vec<Attempts> = rows(statement(
        &db,
        "UPDATE notifications SET attempts = attempts + 1, state = 'retrying', last_answer = ?2, \
         updated_at = ?3 WHERE key = ?1 RETURNING attempts",
        &[key.into(), answer.into(), JsValue::from_f64(now_ms)],
    )?)
    .await?;
    found
        .first()
        .map(|a| a.attempts as u32)
        .ok_or_else(|| StoreError(format!("notification {key} is not logged")))
}

/// A registration's notifications, oldest first.
pub async fn of(env: &Env, registration: &str) -> Result<Vec<Logged>, StoreError> {
    let db = db(env)?;
    rows(statement(
        &db,
        "SELECT key, channel, kind, state, attempts, last_answer, queued_at, updated_at \
         FROM notifications WHERE registration_id = ?1 ORDER BY queued_at, key",
        &[registration.into()],
    )?)
    .await
}

#[derive(Deserialize)]
struct BodyRow {
    key: String,
    body: Option<String>,
}

/// The set-aside notifications of an order that can be sent again: their keys and bodies.
pub async fn dead(env: &Env, registration: &str) -> Result<Vec<(String, String)>, StoreError> {
    let db = db(env)?;
    let found: Vec<BodyRow> = rows(statement(
        &db,
        "SELECT key, body FROM notifications WHERE registration_id = ?1 AND state = 'dead' \
         AND body IS NOT NULL ORDER BY queued_at",
        &[registration.into()],
    )?)
    .await?;
    Ok(found
        .into_iter()
        .filter_map(|r| Some((r.key, r.body?)))
        .collect())
}

/// Marks notifications queued again (after the queue took them), attempts cleared.
pub async fn requeued(env: &Env, keys: &[String], now_ms: f64) -> Result<(), StoreError> {
    let db = db(env)?;
    let batch = keys
        .iter()
        .map(|k| {
            statement(
                &db,
                "UPDATE notifications SET state = 'queued', attempts = 0, updated_at = ?2 WHERE key = ?1",
                &[k.as_str().into(), JsValue::from_f64(now_ms)],
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    if !batch.is_empty() {
        db.batch(batch)
            .await
            .map_err(|e| StoreError(e.to_string()))?;
    }
    Ok(())
}
