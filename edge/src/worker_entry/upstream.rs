//! Calling a carrier: one HTTP request with a timeout, OAuth tokens cached in KV until expiry.

use super::{config, kv_json};
use crate::api::upstream::{
    needs_oauth, oauth_request, oauth_token, track_request, CarrierConfig, OAuthReplyError,
    OAuthToken, UpstreamRequest,
};
use futures::future::{select, Either};
use std::time::Duration;
use wasm_bindgen::JsCast;
use waymark_shared::Carrier;
use worker::{web_sys, Delay, Env, Fetch, Request};

/// Why a carrier call produced no usable body.
#[derive(Debug, Clone)]
pub enum CallError {
    /// No answer in time.
    Timeout(u64),
    /// The carrier rate-limited us.
    RateLimited,
    /// A server error.
    Status(u16),
    /// The request could not be made or read.
    Network(String),
    /// No request shape for this carrier.
    Unsupported,
}

impl std::fmt::Display for CallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CallError::Timeout(ms) => write!(f, "no answer within {ms} ms"),
            CallError::RateLimited => f.write_str("rate-limited by the carrier (429)"),
            CallError::Status(s) => write!(f, "carrier answered HTTP {s}"),
            CallError::Network(e) => write!(f, "network error: {e}"),
            CallError::Unsupported => f.write_str("no API request for this carrier"),
        }
    }
}

/// Sends a request; `Ok((status, body))` for any answer that is not a 429 or 5xx.
pub async fn send(req: &UpstreamRequest, timeout_ms: u64) -> Result<(u16, Vec<u8>), CallError> {
    // Built as a plain `web_sys::Request`: the worker crate's `RequestInit` would also convert
    // Cloudflare's image-resizing options on every call, code the upload carries for nothing.
    let js = |e: wasm_bindgen::JsValue| {
        let text = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| e.as_string());
        CallError::Network(text.unwrap_or_else(|| "the request could not be made".into()))
    };
    let headers = web_sys::Headers::new().map_err(js)?;
    for (k, v) in &req.headers {
        headers.set(k, v).map_err(js)?;
    }
    let init = web_sys::RequestInit::new();
    init.set_method(req.method);
    init.set_headers(&headers);
    if let Some(body) = &req.body {
        init.set_body(&wasm_bindgen::JsValue::from_str(body));
    }
    let request: Request = web_sys::Request::new_with_str_and_init(&req.url, &init)
        .map_err(js)?
        .into();
    let call = async move {
        let mut resp = Fetch::Request(request)
            .send()
            .await
            .map_err(|e| CallError::Network(e.to_string()))?;
        let status = resp.status_code();
        let body = resp
            .bytes()
            .await
            .map_err(|e| CallError::Network(e.to_string()))?;
        Ok::<_, CallError>((status, body))
    };
    let delay = Delay::from(Duration::from_millis(timeout_ms));
    futures::pin_mut!(call, delay);
    let (status, body) = match select(call, delay).await {
        Either::Left((answer, _)) => answer?,
        Either::Right(_) => return Err(CallError::Timeout(timeout_ms)),
    };
    match status {
        429 => Err(CallError::RateLimited),
        s if s >= 500 => Err(CallError::Status(s)),
        s => Ok((s, body)),
    }
}

/// An OAuth bearer for UPS, FedEx or USPS: from KV while valid, else fetched and stored until
/// a minute before it expires.
async fn bearer(
    env: &Env,
    carrier: &Carrier,
    cfg: &CarrierConfig,
    timeout_ms: u64,
) -> Result<Option<String>, CallError> {
    if !needs_oauth(carrier) {
        return Ok(None);
    }
    let key = format!("oauth:{}", carrier.slug());
    let kv = kv_json::namespace(env);
    if let Some(kv) = &kv {
        if let Ok(Some(token)) = kv.get(&key).text().await {
            return Ok(Some(token));
        }
    }
    let req = oauth_request(carrier, cfg).ok_or(CallError::Unsupported)?;
    let (status, body) = send(&req, timeout_ms).await?;
    let OAuthToken { token, expires_in } = oauth_token(status, &body).map_err(|e| match e {
        OAuthReplyError::Unreadable(_) => CallError::Network(e.to_string()),
        OAuthReplyError::NoToken(status) => CallError::Status(status),
    })?;
    if let Some(kv) = kv {
        let ttl = expires_in.saturating_sub(60).max(60);
        kv_json::keep(&kv, &key, &token, Some(ttl)).await;
    }
    Ok(Some(token))
}

/// Fetches one number's tracking reply from its carrier.
pub async fn fetch_tracking(
    env: &Env,
    carrier: &Carrier,
    number: &str,
) -> Result<(u16, Vec<u8>), CallError> {
    let cfg = config::carrier(env, carrier);
    let timeout_ms = config::number(env, "CARRIER_TIMEOUT_MS", 8000);
    let token = bearer(env, carrier, &cfg, timeout_ms).await?;
    let req =
        track_request(carrier, number, &cfg, token.as_deref()).ok_or(CallError::Unsupported)?;
    send(&req, timeout_ms).await
}
