//! Rate limits: per-isolate counters (per client network, per token; `api::rate_limit`), and
//! where deployed Cloudflare's Rate Limiting binding (`[[ratelimits]]` in wrangler.toml) for a
//! limit across isolates — approximate, counted per Cloudflare location over its period; see
//! docs/deploy.md for what it does and does not stop. Local runs set
//! `RATE_LIMIT_BINDINGS=off` and keep the in-memory limiter (the binding's limits are fixed in
//! wrangler.toml, tests tune the in-memory ones).

use crate::api::rate_limit::{RateLimiter, Verdict};
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static LIMITERS: RefCell<HashMap<&'static str, RateLimiter>> = RefCell::new(HashMap::new());
}

/// Counts a request against the `kind` limiter (per IP, per token).
pub fn rate_check(kind: &'static str, key: &str, limit: u32, now: i64) -> Verdict {
    LIMITERS.with(|l| {
        l.borrow_mut()
            .entry(kind)
            .or_default()
            .check(key, limit, 60, now)
    })
}

/// Counts a request against the Rate Limiting binding `binding`, when bound and not turned off.
/// A binding that fails to answer lets the request through (the in-memory limit still holds).
pub async fn shared_check(
    env: &worker::Env,
    binding: &str,
    key: &str,
) -> Result<(), crate::api::error::ApiError> {
    if !super::config::settings(env).rate_limit_bindings {
        return Ok(());
    }
    let Ok(limiter) = env.rate_limiter(binding) else {
        return Ok(());
    };
    match limiter.limit(key.to_string()).await {
        Ok(outcome) if !outcome.success => {
            Err(crate::api::error::ApiError::RateLimited { retry_after: 60 })
        }
        Ok(_) => Ok(()),
        Err(e) => {
            worker::console_log!("waymark: rate limit binding {binding} failed: {e}");
            Ok(())
        }
    }
}
