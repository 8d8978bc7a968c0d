//! Request bodies, bounded: refused from `Content-Length` before anything is read, and while
//! streaming for a body that does not say its length (or says it wrongly), so no request can
//! make the worker buffer more than its route takes. JSON is parsed with serde_json (the worker
//! crate's `json()` would compile a second deserializer per body type; see `kv_json`).

use crate::api::error::ApiError;
use futures::StreamExt;
use serde::de::DeserializeOwned;
use worker::Request;

/// A merchant request's body at most (registrations, tracking batches, tokens, legs).
pub const MERCHANT_MAX: usize = 64 * 1024;
/// An inbound push's body at most (17TRACK, EasyPost).
#[cfg(feature = "updates")]
pub const PUSH_MAX: usize = 1024 * 1024;

/// The body's bytes, at most `max`; a 413 past it.
pub async fn bytes(req: &mut Request, max: usize) -> Result<Vec<u8>, ApiError> {
    let declared = req
        .headers()
        .get("Content-Length")
        .ok()
        .flatten()
        .and_then(|v| v.trim().parse::<usize>().ok());
    if declared.is_some_and(|n| n > max) {
        return Err(ApiError::TooLarge(max));
    }
    let mut stream = match req.stream() {
        Ok(s) => s,
        Err(_) => return Ok(Vec::new()),
    };
    let mut body = Vec::with_capacity(declared.unwrap_or(0).min(max));
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| ApiError::BadRequest(format!("body unreadable: {e}")))?;
        if body.len() + chunk.len() > max {
            return Err(ApiError::TooLarge(max));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The request's body read as `T`, at most [`MERCHANT_MAX`] bytes; otherwise a 413, or a 400
/// saying the body must be `shape`, and why.
pub async fn json<T: DeserializeOwned>(req: &mut Request, shape: &str) -> Result<T, ApiError> {
    let body = bytes(req, MERCHANT_MAX).await?;
    serde_json::from_slice(&body)
        .map_err(|e| ApiError::BadRequest(format!("body must be {shape}: {e}")))
}
