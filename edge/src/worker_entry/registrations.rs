//! Registered orders on D1 (`edge/migrations/`, binding `DB`): the rows, the number → order
//! lookup, the due-scan and the notification log. Every write of an order names the version it
//! read, so a stop, a scheduled refresh and a push never overwrite each other (the rules:
//! `crate::proactive::stored`).

use crate::proactive::registration::Registration;
use crate::proactive::stored::{self, columns, ms, reconcile, Row, Stored, Value};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::{console_log, D1Database, D1PreparedStatement, Env};

/// The D1 binding (wrangler.updates.toml).
const BINDING: &str = "DB";
/// How many times a writer re-reads and reconciles before it gives up.
const WRITE_ATTEMPTS: usize = 4;

/// Storage did not answer, or answered something unreadable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("storage: {0}")]
pub struct StoreError(pub String);

/// What a write of an order did.
#[derive(Debug, Clone, PartialEq)]
pub enum Written {
    /// Stored, at this version.
    Stored(i64),
    /// Not stored: the order was stopped meanwhile, and the stop stands.
    Stopped,
}

/// The database.
pub fn db(env: &Env) -> Result<D1Database, StoreError> {
    env.d1(BINDING)
        .map_err(|_| StoreError(format!("no D1 binding {BINDING}")))
}

fn err(e: worker::Error) -> StoreError {
    StoreError(e.to_string())
}

/// A bound statement.
pub fn statement(
    db: &D1Database,
    sql: &str,
    values: &[JsValue],
) -> Result<D1PreparedStatement, StoreError> {
    db.prepare(sql).bind(values).map_err(err)
}

fn js(v: &Value) -> JsValue {
    match v {
        Value::Text(Some(t)) => JsValue::from_str(t),
        Value::Number(Some(n)) => JsValue::from_f64(*n),
        Value::Text(None) | Value::Number(None) => JsValue::NULL,
    }
}

/// Bound values for a statement.
pub fn js_values(values: &[Value]) -> Vec<JsValue> {
    values.iter().map(js).collect()
}

/// Rows of a query, read as `T`.
pub async fn rows<T: for<'a> Deserialize<'a>>(
    stmt: D1PreparedStatement,
) -> Result<Vec<T>, StoreError> {
    let result = stmt.all().await.map_err(err)?;
    if let Some(e) = result.error() {
        return Err(StoreError(e));
    }
    result.results().map_err(err)
}

/// How many rows a statement changed.
pub async fn changes(stmt: D1PreparedStatement) -> Result<usize, StoreError> {
    let result = stmt.run().await.map_err(err)?;
    Ok(result
        .meta()
        .ok()
        .flatten()
        .and_then(|m| m.changes)
        .unwrap_or(0))
}

const SELECT: &str = "SELECT id, version, state, locale, time_zone, webhook_url, created_at, \
     expires_at, next_refresh_at, refreshed_at, body, buyer_email_sha256 FROM registrations";

/// Reads an order.
pub async fn get(env: &Env, id: &str) -> Result<Option<Stored>, StoreError> {
    let db = db(env)?;
    let found: Vec<Row> = rows(statement(
        &db,
        &format!("{SELECT} WHERE id = ?1"),
        &[id.into()],
    )?)
    .await?;
    match found.into_iter().next() {
        Some(row) => row
            .into_stored()
            .map(Some)
            .map_err(|e| StoreError(format!("row {id}: {e}"))),
        None => Ok(None),
    }
}

/// Reads several orders (those that exist), in no particular order.
pub async fn get_many(env: &Env, ids: &[String]) -> Result<Vec<Stored>, StoreError> {
    let mut out = Vec::new();
    let db = db(env)?;
    // SQLite's default limit on bound values is 100 per statement.
    for chunk in ids.chunks(90) {
        let marks = vec!["?"; chunk.len()].join(", ");
        let values: Vec<JsValue> = chunk.iter().map(|i| i.as_str().into()).collect();
        let found: Vec<Row> = rows(statement(
            &db,
            &format!("{SELECT} WHERE id IN ({marks})"),
            &values,
        )?)
        .await?;
        for row in found {
            match row.into_stored() {
                Ok(s) => out.push(s),
                Err(e) => console_log!("waymark: an unreadable registration row was skipped: {e}"),
            }
        }
    }
    Ok(out)
}

fn number_rows(
    db: &D1Database,
    reg: &Registration,
) -> Result<Vec<D1PreparedStatement>, StoreError> {
    reg.numbers
        .iter()
        .map(|n| {
            statement(
                db,
                "INSERT OR IGNORE INTO tracking_numbers (number, registration_id, carrier) \
                 SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM registrations WHERE id = ?2)",
                &[
                    n.number.to_ascii_uppercase().into(),
                    reg.id.as_str().into(),
                    n.carrier
                        .as_deref()
                        .map_or(JsValue::NULL, JsValue::from_str),
                ],
            )
        })
        .collect()
}

/// Creates an order; false when one with its id exists (the insert is one atomic statement,
/// so of two creates at once exactly one succeeds). Its numbers are indexed in the same
/// transaction.
pub async fn create(env: &Env, reg: &Registration) -> Result<bool, StoreError> {
    let db = db(env)?;
    let (cols, body) = columns(reg);
    let names = stored::COLUMNS.join(", ");
    let marks: Vec<String> = (0..stored::COLUMNS.len() + 2)
        .map(|i| format!("?{}", i + 1))
        .collect();
    let mut values: Vec<JsValue> = vec![reg.id.as_str().into()];
    values.extend(cols.values.iter().map(js));
    values.push(body.into());
    let insert = statement(
        &db,
        &format!(
            "INSERT INTO registrations (id, {names}, body) VALUES ({}) ON CONFLICT (id) DO NOTHING",
            marks.join(", ")
        ),
        &values,
    )?;
    let mut batch = vec![insert];
    batch.extend(number_rows(&db, reg)?);
    let results = db.batch(batch).await.map_err(err)?;
    let created = results
        .first()
        .and_then(|r| r.meta().ok().flatten())
        .and_then(|m| m.changes)
        .unwrap_or(0);
    Ok(created == 1)
}

/// Writes `reg` over the version `read_at`; 0 rows changed when another writer came first.
async fn write_at(env: &Env, reg: &Registration, read_at: i64) -> Result<bool, StoreError> {
    let db = db(env)?;
    let (cols, body) = columns(reg);
    let sets: Vec<String> = stored::COLUMNS
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{c} = ?{}", i + 3))
        .collect();
    let mut values: Vec<JsValue> = vec![reg.id.as_str().into(), JsValue::from_f64(read_at as f64)];
    values.extend(cols.values.iter().map(js));
    values.push(body.into());
    let sql = format!(
        "UPDATE registrations SET version = version + 1, {}, body = ?{} WHERE id = ?1 AND version = ?2",
        sets.join(", "),
        stored::COLUMNS.len() + 3
    );
    Ok(changes(statement(&db, &sql, &values)?).await? == 1)
}

/// Writes an order read at `read_at`. When another writer came first, the row is read again
/// and the two reconciled (`stored::reconcile`): a stop stands, the newer parcels win and both
/// writers' queued transitions are kept.
pub async fn update(env: &Env, reg: &Registration, read_at: i64) -> Result<Written, StoreError> {
    let mut mine = reg.clone();
    let mut version = read_at;
    for _ in 0..WRITE_ATTEMPTS {
        if write_at(env, &mine, version).await? {
            return Ok(Written::Stored(version + 1));
        }
        let Some(theirs) = get(env, &reg.id).await? else {
            return Err(StoreError(format!("{} is gone", reg.id)));
        };
        match reconcile(&mine, &theirs.reg) {
            Some(merged) => {
                mine = merged;
                version = theirs.version;
            }
            None => return Ok(Written::Stopped),
        }
    }
    Err(StoreError(format!(
        "{} kept changing; not written after {WRITE_ATTEMPTS} attempts",
        reg.id
    )))
}

/// Stops watching an order, whatever version it is at; the order as stopped, or None when
/// there is no such order.
pub async fn stop(env: &Env, id: &str) -> Result<Option<Stored>, StoreError> {
    let db = db(env)?;
    // Only the state and what follows from it change; the attention clears (nobody needs to
    // act on a watch the merchant ended).
    changes(statement(
        &db,
        "UPDATE registrations SET version = version + 1, state = 'stopped', \
         attention_kind = NULL, attention_since = NULL, attention_key = NULL WHERE id = ?1",
        &[id.into()],
    )?)
    .await?;
    get(env, id).await
}

#[derive(Deserialize)]
struct IdRow {
    id: String,
}

#[derive(Deserialize)]
struct WatchRow {
    registration_id: String,
}

/// The orders watching a number.
pub async fn watching(env: &Env, number: &str) -> Result<Vec<String>, StoreError> {
    let db = db(env)?;
    let found: Vec<WatchRow> = rows(statement(
        &db,
        "SELECT registration_id FROM tracking_numbers WHERE number = ?1",
        &[number.to_ascii_uppercase().into()],
    )?)
    .await?;
    Ok(found.into_iter().map(|r| r.registration_id).collect())
}

/// Active orders due at `now`, most overdue first, at most `limit` (the due index).
pub async fn due(env: &Env, now: DateTime<Utc>, limit: u32) -> Result<Vec<String>, StoreError> {
    let db = db(env)?;
    let found: Vec<IdRow> = rows(statement(
        &db,
        "SELECT id FROM registrations WHERE state = 'active' AND next_refresh_at <= ?1 \
         ORDER BY next_refresh_at LIMIT ?2",
        &[JsValue::from_f64(ms(now)), JsValue::from_f64(limit as f64)],
    )?)
    .await?;
    Ok(found.into_iter().map(|r| r.id).collect())
}

/// Removes at most `limit` orders past keeping (with their numbers and notifications).
pub async fn purge(env: &Env, now: DateTime<Utc>, limit: u32) -> Result<usize, StoreError> {
    let db = db(env)?;
    let at = JsValue::from_f64(ms(now));
    let lim = JsValue::from_f64(limit as f64);
    let pick = "SELECT id FROM registrations WHERE keep_until < ?1 ORDER BY keep_until LIMIT ?2";
    let batch = vec![
        statement(
            &db,
            &format!("DELETE FROM tracking_numbers WHERE registration_id IN ({pick})"),
            &[at.clone(), lim.clone()],
        )?,
        statement(
            &db,
            &format!("DELETE FROM notifications WHERE registration_id IN ({pick})"),
            &[at.clone(), lim.clone()],
        )?,
        statement(
            &db,
            &format!("DELETE FROM registrations WHERE id IN ({pick})"),
            &[at, lim],
        )?,
    ];
    let results = db.batch(batch).await.map_err(err)?;
    Ok(results
        .last()
        .and_then(|r| r.meta().ok().flatten())
        .and_then(|m| m.changes)
        .unwrap_or(0))
}
