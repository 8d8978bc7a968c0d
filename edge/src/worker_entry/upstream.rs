//! Calling a carrier: one HTTP request with a timeout, OAuth tokens cached in KV until expiry.

use super::http::{send, CallError};
use super::{config, kv_json};
use crate::api::upstream::{
    needs_oauth, oauth_request, oauth_token, track_request, CarrierConfig, OAuthReplyError,
    OAuthToken,
};
use waymark_shared::Carrier;
use worker::Env;

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
