//! Calling a carrier: one HTTP request within a time budget, OAuth tokens cached in KV until
//! expiry (or until the carrier refuses one).

use super::http::{send, CallError, Limits};
use super::{config, kv_json};
use crate::api::upstream::{
    needs_oauth, oauth_request, oauth_token, track_request, CarrierConfig, OAuthReplyError,
    OAuthToken,
};
use waymark_shared::Carrier;
use worker::Env;

/// One call's time budget, shared by the OAuth token request and the tracking request, so a
/// slow token endpoint cannot double the wait.
struct Budget {
    total_ms: u64,
    started_ms: f64,
}

impl Budget {
    fn new(total_ms: u64) -> Self {
        Budget {
            total_ms,
            started_ms: js_sys::Date::now(),
        }
    }

    /// The limits for the next request, or a timeout when nothing is left.
    fn next(&self) -> Result<Limits, CallError> {
        let spent = (js_sys::Date::now() - self.started_ms).max(0.0) as u64;
        match self.total_ms.checked_sub(spent) {
            Some(left) if left > 0 => Ok(Limits::carrier(left)),
            _ => Err(CallError::Timeout(self.total_ms)),
        }
    }
}

fn oauth_key(carrier: &Carrier) -> String {
    format!("oauth:{}", carrier.slug())
}

/// An OAuth bearer for UPS, FedEx or USPS, and whether it came from the cache: from KV while
/// valid (unless `fresh`), else fetched and stored until a minute before it expires.
async fn bearer(
    env: &Env,
    carrier: &Carrier,
    cfg: &CarrierConfig,
    budget: &Budget,
    fresh: bool,
) -> Result<Option<(String, bool)>, CallError> {
    if !needs_oauth(carrier) {
        return Ok(None);
    }
    let key = oauth_key(carrier);
    let kv = kv_json::namespace(env);
    if let (Some(kv), false) = (&kv, fresh) {
        if let Ok(Some(token)) = kv.get(&key).text().await {
            return Ok(Some((token, true)));
        }
    }
    let req = oauth_request(carrier, cfg).ok_or(CallError::Unsupported)?;
    let (status, body) = send(&req, budget.next()?).await?;
    let OAuthToken { token, expires_in } = oauth_token(status, &body).map_err(|e| match e {
        OAuthReplyError::Unreadable(_) => CallError::Network(e.to_string()),
        OAuthReplyError::NoToken(status) => CallError::Status(status),
    })?;
    if let Some(kv) = kv {
        let ttl = expires_in.saturating_sub(60).max(60);
        kv_json::keep(&kv, &key, &token, Some(ttl)).await;
    }
    Ok(Some((token, false)))
}

/// Fetches one number's tracking reply from its carrier, OAuth and tracking within one
/// `CARRIER_TIMEOUT_MS`. A cached OAuth token the carrier refuses (401) is dropped, and the
/// call made once more with a new one.
pub async fn fetch_tracking(
    env: &Env,
    carrier: &Carrier,
    number: &str,
) -> Result<(u16, Vec<u8>), CallError> {
    let cfg = config::carrier(env, carrier);
    let budget = Budget::new(config::settings(env).carrier_timeout_ms);
    let mut fresh = false;
    loop {
        let token = bearer(env, carrier, &cfg, &budget, fresh).await?;
        let req = track_request(
            carrier,
            number,
            &cfg,
            token.as_ref().map(|(t, _)| t.as_str()),
        )
        .ok_or(CallError::Unsupported)?;
        let answer = send(&req, budget.next()?).await?;
        match token {
            Some((_, true)) if answer.0 == 401 && !fresh => {
                if let Some(kv) = kv_json::namespace(env) {
                    let _ = kv.delete(&oauth_key(carrier)).await;
                }
                fresh = true;
            }
            _ => return Ok(answer),
        }
    }
}
