//! Loading an order's timeline from the edge.

pub use waymark_shared::order::OrderTimeline;

/// Why the timeline could not be shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// The edge could not be reached.
    #[error("network error")]
    Network,
    /// The edge answered with an error status.
    #[error("the tracking service answered {0}")]
    Status(u16),
    /// The answer was not a timeline.
    #[error("unexpected answer: {0}")]
    Invalid(String),
    /// The host has no token.
    #[error("no tracking token on this page element")]
    NoToken,
}

/// Parses a timeline body (the native path; the browser build lets `JSON.parse` do it).
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(body: &str) -> Result<OrderTimeline, LoadError> {
    serde_json::from_str(body).map_err(|e| LoadError::Invalid(e.to_string()))
}

/// Fetches the timeline; `signal` aborts it when the widget goes away.
#[cfg(target_arch = "wasm32")]
pub async fn fetch(
    edge: String,
    token: String,
    signal: Option<web_sys::AbortSignal>,
) -> Result<OrderTimeline, LoadError> {
    if token.is_empty() {
        return Err(LoadError::NoToken);
    }
    let url = format!(
        "{}/v1/timeline?token={}",
        edge.trim_end_matches('/'),
        waymark_shared::percent::encode(&token)
    );
    let resp = gloo_net::http::Request::get(&url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !resp.ok() {
        return Err(LoadError::Status(resp.status()));
    }
    // The browser parses the JSON; serde-wasm-bindgen maps it (smaller than linking a parser).
    let raw: web_sys::Response = resp.into();
    let promise = raw
        .json()
        .map_err(|_| LoadError::Invalid("not JSON".into()))?;
    let value = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| LoadError::Invalid("not JSON".into()))?;
    serde_wasm_bindgen::from_value(value).map_err(|e| LoadError::Invalid(e.to_string()))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn parse_bodies() {
        let ok = parse(
            r#"{"order_id":"1","shipments":[],"updated_at":"2026-03-01T00:00:00Z","stale":true}"#,
        )
        .unwrap();
        assert!(ok.stale);
        assert!(matches!(parse("<html>"), Err(LoadError::Invalid(_))));
        assert!(matches!(
            parse(r#"{"order_id":1}"#),
            Err(LoadError::Invalid(_))
        ));
    }
}
