//! Reading vars and secrets. Credentials are secrets; they never leave this module except
//! inside the upstream request they authenticate.

#[cfg(feature = "updates")]
use crate::api::upstream::{carrier_config, CarrierConfig};
#[cfg(feature = "updates")]
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

/// A carrier's base URL and credentials from the vars and secrets (see
/// [`upstream::carrier_config`](crate::api::upstream::carrier_config), which the command line's
/// `fetch` shares).
#[cfg(feature = "updates")]
pub fn carrier(env: &Env, carrier: &Carrier) -> CarrierConfig {
    carrier_config(carrier, |name| text(env, name))
}
