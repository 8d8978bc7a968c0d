//! KV values as JSON text, read and written with serde_json. The worker crate's own `json()`
//! converts through JavaScript values with a second serde codec, which compiled a second
//! deserializer for every stored type into the upload; text in, text out keeps one codec.

use serde::de::DeserializeOwned;
use worker::kv::{KvStore, PutOptionsBuilder};

/// The JSON value at `key`, if present and readable as `T`.
pub async fn read<T: DeserializeOwned>(kv: &KvStore, key: &str) -> Option<T> {
    let text = kv.get(key).text().await.ok()??;
    serde_json::from_str(&text).ok()
}

/// A put of `text` (JSON or plain) at `key`, for the caller to give options and execute.
pub fn write(kv: &KvStore, key: &str, text: &str) -> Option<PutOptionsBuilder> {
    kv.put_bytes(key, text.as_bytes()).ok()
}
