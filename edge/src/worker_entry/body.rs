//! Request bodies as JSON, parsed with serde_json (the worker crate's `json()` would compile a
//! second deserializer per body type; see `kv_json`).

use crate::api::error::ApiError;
use serde::de::DeserializeOwned;
use worker::Request;

/// The request's body read as `T`; otherwise a 400 saying the body must be `shape`, and why.
pub async fn json<T: DeserializeOwned>(req: &mut Request, shape: &str) -> Result<T, ApiError> {
    let parsed = match req.text().await {
        Ok(text) => serde_json::from_str(&text).map_err(|e| e.to_string()),
        Err(e) => Err(e.to_string()),
    };
    parsed.map_err(|e| ApiError::BadRequest(format!("body must be {shape}: {e}")))
}
