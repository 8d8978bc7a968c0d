//! Delivered parcels on D1 (`parcels`): recorded once when a refresh first sees a parcel
//! delivered, read back for the console's lanes page.

use super::registrations::{db, rows, statement, StoreError};
use crate::proactive::lane_stats::ParcelRecord;
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::Env;

/// The most parcels the lanes page reads (the newest).
pub const READ_MAX: u32 = 20_000;

fn num(v: Option<f64>) -> JsValue {
    v.map_or(JsValue::NULL, JsValue::from_f64)
}

/// Records delivered parcels of an order (a parcel recorded before stays as it is).
pub async fn record(
    env: &Env,
    registration: &str,
    records: &[ParcelRecord],
) -> Result<(), StoreError> {
    if records.is_empty() {
        return Ok(());
    }
    let db = db(env)?;
    let text = |s: &Option<String>| s.as_deref().map_or(JsValue::NULL, JsValue::from_str);
    let batch = records
        .iter()
        .map(|r| {
            let d = r.phase_days;
            statement(
                &db,
                "INSERT OR IGNORE INTO parcels (registration_id, tracking_number, carrier, origin, \
                 destination, shipped_at, delivered_at, days_origin, days_export, days_linehaul, \
                 days_import, days_last_mile, customs_days, on_time) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                &[
                    registration.into(),
                    r.tracking_number.as_str().into(),
                    r.carrier.as_str().into(),
                    text(&r.origin),
                    text(&r.destination),
                    JsValue::from_f64(r.shipped_at),
                    JsValue::from_f64(r.delivered_at),
                    num(d[0]),
                    num(d[1]),
                    num(d[2]),
                    num(d[3]),
                    num(d[4]),
                    num(r.customs_days),
                    r.on_time.map_or(JsValue::NULL, |t| JsValue::from_f64(t as u8 as f64)),
                ],
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    db.batch(batch)
        .await
        .map_err(|e| StoreError(e.to_string()))?;
    Ok(())
}

#[derive(Deserialize)]
struct Row {
    tracking_number: String,
    carrier: String,
    origin: Option<String>,
    destination: Option<String>,
    shipped_at: f64,
    delivered_at: f64,
    days_origin: Option<f64>,
    days_export: Option<f64>,
    days_linehaul: Option<f64>,
    days_import: Option<f64>,
    days_last_mile: Option<f64>,
    customs_days: Option<f64>,
    on_time: Option<f64>,
}

/// Parcels delivered since `since_ms`, newest first, at most [`READ_MAX`].
pub async fn since(env: &Env, since_ms: f64) -> Result<Vec<ParcelRecord>, StoreError> {
    let db = db(env)?;
    let found: Vec<Row> = rows(statement(
        &db,
        "SELECT tracking_number, carrier, origin, destination, shipped_at, delivered_at, \
         days_origin, days_export, days_linehaul, days_import, days_last_mile, customs_days, \
         on_time FROM parcels WHERE delivered_at >= ?1 ORDER BY delivered_at DESC LIMIT ?2",
        &[
            JsValue::from_f64(since_ms),
            JsValue::from_f64(READ_MAX as f64),
        ],
    )?)
    .await?;
    Ok(found
        .into_iter()
        .map(|r| ParcelRecord {
            tracking_number: r.tracking_number,
            carrier: r.carrier,
            origin: r.origin,
            destination: r.destination,
            shipped_at: r.shipped_at,
            delivered_at: r.delivered_at,
            phase_days: [
                r.days_origin,
                r.days_export,
                r.days_linehaul,
                r.days_import,
                r.days_last_mile,
            ],
            customs_days: r.customs_days,
            on_time: r.on_time.map(|t| t > 0.0),
        })
        .collect())
}
