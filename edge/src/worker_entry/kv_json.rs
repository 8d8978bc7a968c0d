//! The worker's KV namespace, its values as JSON text read and written with serde_json. The
//! worker crate's own `json()` converts through JavaScript values with a second serde codec,
//! which compiled a second deserializer for every stored type into the upload; text in, text
//! out keeps one codec.

use serde::de::DeserializeOwned;
use worker::kv::{KvStore, PutOptionsBuilder};
use worker::Env;

/// The binding of the one KV namespace (wrangler.toml, wrangler.updates.toml).
const BINDING: &str = "TIMELINES";

/// The KV namespace, if bound.
pub fn namespace(env: &Env) -> Option<KvStore> {
    env.kv(BINDING).ok()
}

/// The JSON value at `key`, if present and readable as `T`.
/// A value that is there but does not decode (an older format, a torn write) is logged, so it
/// is seen, and read as absent.
pub async fn read<T: DeserializeOwned>(kv: &KvStore, key: &str) -> Option<T> {
    let text = match kv.get(key).text().await {
        Ok(t) => t?,
        Err(e) => {
            worker::console_log!("waymark: KV read of {key} failed: {e}");
            return None;
        }
    };
    match serde_json::from_str(&text) {
        Ok(v) => Some(v),
        Err(e) => {
            worker::console_log!("waymark: KV value {key} does not decode ({e}); ignored");
            None
        }
    }
}

/// A put of `text` (JSON or plain) at `key`, for the caller to give options and execute.
pub fn write(kv: &KvStore, key: &str, text: &str) -> Option<PutOptionsBuilder> {
    kv.put_bytes(key, text.as_bytes()).ok()
}

/// Stores `text` at `key`, expiring after `ttl_seconds` when given. Best effort: every value
/// kept this way can be fetched or counted again, so a failed write is not an error.
pub async fn keep(kv: &KvStore, key: &str, text: &str, ttl_seconds: Option<u64>) {
    if let Some(mut put) = write(kv, key, text) {
        if let Some(ttl) = ttl_seconds {
            put = put.expiration_ttl(ttl);
        }
        let _ = put.execute().await;
    }
}
