//! One outgoing HTTP request with a timeout: to a carrier, a webhook receiver, or (from the
//! storefront-facing worker) `waymark-updates` through its service binding.

use crate::api::upstream::UpstreamRequest;
use futures::future::{select, Either};
use futures::StreamExt;
use std::time::Duration;
use wasm_bindgen::JsCast;
use worker::{web_sys, Delay, Fetch, Fetcher, Request, Response};

/// Why a call produced no usable body.
#[derive(Debug, Clone)]
pub enum CallError {
    /// No answer in time (the request was aborted).
    Timeout(u64),
    /// The other side rate-limited us; `Retry-After` seconds when it said.
    RateLimited(#[cfg_attr(not(feature = "updates"), allow(dead_code))] Option<u64>),
    /// A server error.
    Status(u16),
    /// The answer is larger than the call allows (from `Content-Length` or while reading).
    TooLarge(usize),
    /// A redirect where none is followed (webhooks).
    Redirected(u16),
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
            CallError::RateLimited(_) => f.write_str("rate-limited (HTTP 429)"),
            CallError::Status(s) => write!(f, "answered HTTP {s}"),
            CallError::TooLarge(max) => write!(f, "answer larger than {max} bytes"),
            CallError::Redirected(s) => {
                write!(f, "answered with a redirect (HTTP {s}), not followed")
            }
            CallError::Network(e) => write!(f, "network error: {e}"),
            #[cfg(feature = "updates")]
            CallError::Unsupported => f.write_str("no API request for this carrier"),
        }
    }
}

/// What one call may take: time, answer size, and whether redirects are followed.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The whole call, from sending to the last byte read; the request is aborted after it.
    pub timeout_ms: u64,
    /// The answer's body at most, in bytes.
    pub max_body: usize,
    /// Follow redirects (carriers) or treat one as a failure (webhooks: a 30x could send the
    /// signed body elsewhere, or downgrade it to http).
    pub follow_redirects: bool,
}

/// A carrier's reply at most: 4 MB (the largest real reply in the fixtures is under 200 KB).
pub const CARRIER_MAX_BODY: usize = 4 * 1024 * 1024;

impl Limits {
    /// A carrier call (or the carrier service): redirects followed, replies up to 4 MB.
    pub fn carrier(timeout_ms: u64) -> Self {
        Limits {
            timeout_ms,
            max_body: CARRIER_MAX_BODY,
            follow_redirects: true,
        }
    }

    /// A webhook delivery: no redirects; only the status matters, so 4 KB of answer is read.
    #[cfg(feature = "updates")]
    pub fn webhook(timeout_ms: u64) -> Self {
        Limits {
            timeout_ms,
            max_body: 4096,
            follow_redirects: false,
        }
    }
}

/// Sends a request; `Ok((status, body))` for any answer that is not a 429 or 5xx.
#[cfg(feature = "updates")]
pub async fn send(req: &UpstreamRequest, limits: Limits) -> Result<(u16, Vec<u8>), CallError> {
    send_via(None, req, limits).await
}

/// Sends a request to the internet (`via` `None`) or to the worker behind a service binding.
pub async fn send_via(
    via: Option<&Fetcher>,
    req: &UpstreamRequest,
    limits: Limits,
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
    let abort = web_sys::AbortController::new().map_err(js)?;
    let init = web_sys::RequestInit::new();
    init.set_method(req.method);
    init.set_headers(&headers);
    init.set_signal(Some(&abort.signal()));
    if !limits.follow_redirects {
        init.set_redirect(web_sys::RequestRedirect::Manual);
    }
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
        if (300..400).contains(&status) && !limits.follow_redirects {
            return Err(CallError::Redirected(status));
        }
        if status == 429 {
            let after = resp
                .headers()
                .get("Retry-After")
                .ok()
                .flatten()
                .and_then(|v| v.trim().parse::<u64>().ok());
            return Err(CallError::RateLimited(after));
        }
        let body = read_capped(&mut resp, limits.max_body).await?;
        Ok::<_, CallError>((status, body))
    };
    let delay = Delay::from(Duration::from_millis(limits.timeout_ms));
    futures::pin_mut!(call, delay);
    let (status, body) = match select(call, delay).await {
        Either::Left((answer, _)) => answer?,
        Either::Right(_) => {
            // Stops the fetch itself, not only our wait for it.
            abort.abort();
            return Err(CallError::Timeout(limits.timeout_ms));
        }
    };
    match status {
        s if s >= 500 => Err(CallError::Status(s)),
        s => Ok((s, body)),
    }
}

/// The body, refused past `max` bytes: first by `Content-Length`, then while streaming (a
/// reply without the header, or one that lies, stops at the cap instead of filling memory).
async fn read_capped(resp: &mut Response, max: usize) -> Result<Vec<u8>, CallError> {
    let declared = resp
        .headers()
        .get("Content-Length")
        .ok()
        .flatten()
        .and_then(|v| v.trim().parse::<usize>().ok());
    if declared.is_some_and(|n| n > max) {
        return Err(CallError::TooLarge(max));
    }
    let mut stream = match resp.stream() {
        Ok(s) => s,
        // No body at all (a 204, a HEAD).
        Err(_) => return Ok(Vec::new()),
    };
    let mut body = Vec::with_capacity(declared.unwrap_or(0).min(max));
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| CallError::Network(e.to_string()))?;
        if body.len() + chunk.len() > max {
            return Err(CallError::TooLarge(max));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}
