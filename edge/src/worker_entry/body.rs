//! Request bodies as JSON, parsed with serde_json (the worker crate's `json()` would compile a
//! second deserializer per body type; see `kv_json`).

use serde::de::DeserializeOwned;
use worker::Request;

/// The request's body read as `T`, or why it could not be.
pub async fn json<T: DeserializeOwned>(req: &mut Request) -> Result<T, String> {
    let text = req.text().await.map_err(|e| e.to_string())?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}
