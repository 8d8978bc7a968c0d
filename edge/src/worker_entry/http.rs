//! One outgoing HTTP request with a timeout: to a carrier, a webhook receiver, or (from the
//! storefront-facing worker) `waymark-updates` through its service binding.

use crate::api::upstream::UpstreamRequest;
use futures::future::{select, Either};
use std::time::Duration;
use wasm_bindgen::JsCast;
use worker::{web_sys, Delay, Fetch, Fetcher, Request};

/// Why a call produced no usable body.
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
    #[cfg(feature = "updates")]
    Unsupported,
}

impl std::fmt::Display for CallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CallError::Timeout(ms) => write!(f, "no answer within {ms} ms"),
            CallError::RateLimited => f.write_str("rate-limited by the carrier (429)"),
            CallError::Status(s) => write!(f, "carrier answered HTTP {s}"),
            CallError::Network(e) => write!(f, "network error: {e}"),
            #[cfg(feature = "updates")]
            CallError::Unsupported => f.write_str("no API request for this carrier"),
        }
    }
}

/// Sends a request; `Ok((status, body))` for any answer that is not a 429 or 5xx.
#[cfg(feature = "updates")]
pub async fn send(req: &UpstreamRequest, timeout_ms: u64) -> Result<(u16, Vec<u8>), CallError> {
    send_via(None, req, timeout_ms).await
}

/// Sends a request to the internet (`via` `None`) or to the worker behind a service binding.
pub async fn send_via(
    via: Option<&Fetcher>,
    req: &UpstreamRequest,
    timeout_ms: u64,
) -> Result<(u16, Vec<u8>), CallError> {
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
        let sent = match via {
            Some(service) => service.fetch_request(request).await,
            None => Fetch::Request(request).send().await,
        };
        let mut resp = sent.map_err(|e| CallError::Network(e.to_string()))?;
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
