//! Responses: JSON bodies, the one error mapping, CORS headers.

use crate::api::error::ApiError;
use serde::Serialize;
use worker::{Headers, Response, Result};

/// A JSON response with a status, no caching by intermediaries unless set later.
pub fn json<T: Serialize>(body: &T, status: u16) -> Result<Response> {
    Ok(Response::from_json(body)?.with_status(status))
}

/// A JSON response from JSON text already written.
pub fn json_text(body: String, status: u16) -> Result<Response> {
    let resp = Response::ok(body)?.with_status(status);
    resp.headers().set("Content-Type", "application/json")?;
    Ok(resp)
}

/// An `ApiError` as its JSON body and status (plus `Retry-After` for 429).
pub fn error(e: &ApiError) -> Result<Response> {
    let resp = json(&e.body(), e.status())?;
    if let ApiError::RateLimited { retry_after } = e {
        resp.headers()
            .set("Retry-After", &retry_after.to_string())?;
    }
    Ok(resp)
}

/// Adds CORS headers for an allowed origin.
pub fn with_cors(resp: Response, origin: Option<&str>) -> Result<Response> {
    if let Some(origin) = origin {
        let h = resp.headers();
        h.set("Access-Control-Allow-Origin", origin)?;
        h.set("Vary", "Origin")?;
    }
    Ok(resp)
}

/// The preflight answer.
pub fn preflight(origin: &str) -> Result<Response> {
    let headers = Headers::new();
    headers.set("Access-Control-Allow-Origin", origin)?;
    headers.set("Access-Control-Allow-Methods", "GET, OPTIONS")?;
    // The widget sends its token as `Authorization: Bearer`; browsers cache this answer (for
    // at most 2 hours in Chromium), so a buyer's page loads pay for one preflight, not each.
    headers.set(
        "Access-Control-Allow-Headers",
        "Authorization, Content-Type",
    )?;
    headers.set("Access-Control-Max-Age", "7200")?;
    headers.set("Vary", "Origin")?;
    Ok(Response::empty()?.with_status(204).with_headers(headers))
}
