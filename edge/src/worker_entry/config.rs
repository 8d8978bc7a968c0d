//! Reading vars and secrets. Credentials are secrets; they never leave this module except
//! inside the upstream request they authenticate.

use crate::api::upstream::{default_base_url, env_prefix, CarrierConfig};
use waymark_shared::Carrier;
use worker::Env;

/// A var or secret as text, `None` when unset or blank.
pub fn text(env: &Env, name: &str) -> Option<String> {
    env.secret(name)
        .map(|s| s.to_string())
        .or_else(|_| env.var(name).map(|v| v.to_string()))
        .ok()
        .filter(|s| !s.trim().is_empty())
}

/// A numeric var with a default.
pub fn number(env: &Env, name: &str, default: u64) -> u64 {
    text(env, name)
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(default)
}

/// A carrier's base URL and credentials: `<PREFIX>_BASE_URL` when set; otherwise the sandbox
/// (`CARRIER_SANDBOX_URL/<slug>`) when configured; otherwise the carrier's production URL.
pub fn carrier(env: &Env, carrier: &Carrier) -> CarrierConfig {
    let prefix = env_prefix(carrier);
    let base_url = text(env, &format!("{prefix}_BASE_URL"))
        .or_else(|| {
            text(env, "CARRIER_SANDBOX_URL")
                .map(|s| format!("{}/{}", s.trim_end_matches('/'), carrier.slug()))
        })
        .unwrap_or_else(|| default_base_url(carrier).to_string());
    let credentials = [
        "API_KEY",
        "CLIENT_ID",
        "CLIENT_SECRET",
        "USERNAME",
        "PASSWORD",
        "ACCOUNT",
    ]
    .into_iter()
    .filter_map(|k| text(env, &format!("{prefix}_{k}")).map(|v| (k.to_string(), v)))
    .collect();
    CarrierConfig {
        base_url: base_url.trim_end_matches('/').to_string(),
        credentials,
    }
}
