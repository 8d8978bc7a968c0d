//! Console sessions on D1: a random cookie value (only its SHA-256 is stored), the CSRF token
//! its forms carry, a 12-hour life; and failed sign-ins counted per client network in one
//! atomic statement, so the limit holds across isolates.

use super::registrations::{changes, db, rows, statement, StoreError};
use crate::api::hex;
use crate::console::session::{
    self, LOGIN_FAILURES_ALLOWED, LOGIN_WINDOW_SECONDS, SESSION_SECONDS,
};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use wasm_bindgen::{JsCast, JsValue};
use worker::Env;

/// A signed-in session.
pub struct Session {
    /// The stored hash of the cookie value.
    pub id_hash: String,
    /// The CSRF token its forms carry.
    pub csrf: String,
}

/// `n` random bytes from the runtime's CSPRNG (`crypto.getRandomValues`), as hex.
fn random_hex(n: u32) -> Result<String, StoreError> {
    let fail = |_| StoreError("no crypto.getRandomValues".into());
    let crypto =
        js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("crypto")).map_err(fail)?;
    let get: js_sys::Function =
        js_sys::Reflect::get(&crypto, &JsValue::from_str("getRandomValues"))
            .map_err(fail)?
            .dyn_into()
            .map_err(|_| StoreError("getRandomValues is not a function".into()))?;
    let buf = js_sys::Uint8Array::new_with_length(n);
    get.call1(&crypto, &buf).map_err(fail)?;
    Ok(hex::encode(&buf.to_vec()))
}

fn digest(value: &str) -> String {
    hex::encode(&Sha256::digest(value.as_bytes()))
}

/// Starts a session; returns the cookie value (given to the browser once, never stored).
pub async fn start(env: &Env, now_ms: i64) -> Result<String, StoreError> {
    let value = random_hex(32)?;
    let csrf = random_hex(32)?;
    let db = db(env)?;
    let expires = now_ms + SESSION_SECONDS * 1000;
    db.batch(vec![
        statement(
            &db,
            "INSERT INTO console_sessions (id_hash, csrf, expires_at) VALUES (?1, ?2, ?3)",
            &[
                digest(&value).into(),
                csrf.into(),
                JsValue::from_f64(expires as f64),
            ],
        )?,
        // Expired sessions are removed as new ones start.
        statement(
            &db,
            "DELETE FROM console_sessions WHERE id_hash IN \
             (SELECT id_hash FROM console_sessions WHERE expires_at < ?1 LIMIT 100)",
            &[JsValue::from_f64(now_ms as f64)],
        )?,
    ])
    .await
    .map_err(|e| StoreError(e.to_string()))?;
    Ok(value)
}

#[derive(Deserialize)]
struct SessionRow {
    id_hash: String,
    csrf: String,
}

/// The session a `Cookie` header carries, if it is live.
pub async fn current(env: &Env, cookies: &str, now_ms: i64) -> Result<Option<Session>, StoreError> {
    let Some(value) = session::cookie(cookies, session::COOKIE).filter(|v| session::well_formed(v))
    else {
        return Ok(None);
    };
    let db = db(env)?;
    let found: Vec<SessionRow> = rows(statement(
        &db,
        "SELECT id_hash, csrf FROM console_sessions WHERE id_hash = ?1 AND expires_at > ?2",
        &[digest(value).into(), JsValue::from_f64(now_ms as f64)],
    )?)
    .await?;
    Ok(found.into_iter().next().map(|r| Session {
        id_hash: r.id_hash,
        csrf: r.csrf,
    }))
}

/// Ends a session.
pub async fn end(env: &Env, id_hash: &str) -> Result<(), StoreError> {
    let db = db(env)?;
    changes(statement(
        &db,
        "DELETE FROM console_sessions WHERE id_hash = ?1",
        &[id_hash.into()],
    )?)
    .await?;
    Ok(())
}

fn window(now_ms: i64) -> f64 {
    let w = LOGIN_WINDOW_SECONDS * 1000;
    (now_ms - now_ms.rem_euclid(w)) as f64
}

#[derive(Deserialize)]
struct Count {
    count: f64,
}

/// Seconds until `network` may try again, when it has failed too often in this window.
pub async fn locked_for(env: &Env, network: &str, now_ms: i64) -> Result<Option<i64>, StoreError> {
    let db = db(env)?;
    let found: Vec<Count> = rows(statement(
        &db,
        "SELECT count FROM login_failures WHERE network = ?1 AND window_start = ?2",
        &[network.into(), JsValue::from_f64(window(now_ms))],
    )?)
    .await?;
    let failed = found.first().map_or(0, |c| c.count as u32);
    Ok((failed >= LOGIN_FAILURES_ALLOWED).then(|| {
        let end = window(now_ms) as i64 + LOGIN_WINDOW_SECONDS * 1000;
        ((end - now_ms) / 1000).max(1)
    }))
}

/// Counts a failed sign-in (one atomic upsert).
pub async fn failed(env: &Env, network: &str, now_ms: i64) -> Result<(), StoreError> {
    let db = db(env)?;
    db.batch(vec![
        statement(
            &db,
            "INSERT INTO login_failures (network, window_start, count) VALUES (?1, ?2, 1) \
             ON CONFLICT (network, window_start) DO UPDATE SET count = count + 1",
            &[network.into(), JsValue::from_f64(window(now_ms))],
        )?,
        statement(
            &db,
            "DELETE FROM login_failures WHERE window_start < ?1",
            &[JsValue::from_f64(
                window(now_ms) - (LOGIN_WINDOW_SECONDS * 1000) as f64,
            )],
        )?,
    ])
    .await
    .map_err(|e| StoreError(e.to_string()))?;
    Ok(())
}
