//! The workers' settings (wrangler `[vars]`), read once per isolate into one typed struct:
//! every handler asks it, none parses a var itself. A value that does not parse keeps the
//! default and is reported (`problems`), so a typo in wrangler.toml shows in the log instead
//! of silently becoming a default. Secrets are not settings: they are read where they are used.

use waymark_shared::Carrier;

/// Every setting, with its default.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// `CARRIER_TIMEOUT_MS`: one carrier call's budget (OAuth and tracking together), ms.
    pub carrier_timeout_ms: u64,
    /// `CARRIER_COOL_DOWN_SECONDS`: how long a failing carrier rests (`api::circuit`).
    pub carrier_cool_down_seconds: i64,
    /// `CARRIER_MAX_RETRY_AFTER_SECONDS`: the longest `Retry-After` honoured.
    pub carrier_max_retry_after_seconds: u64,
    /// `RATE_LIMIT_IP_PER_MINUTE`: requests per client network per minute, per isolate.
    pub rate_limit_ip_per_minute: u64,
    /// `RATE_LIMIT_TOKEN_PER_MINUTE`: requests per token per minute, per isolate.
    pub rate_limit_token_per_minute: u64,
    /// `RATE_LIMIT_BINDINGS`: `off` skips the cross-isolate Rate Limiting binding.
    pub rate_limit_bindings: bool,
    /// `ALLOWED_ORIGINS`: storefront origins, comma-separated.
    pub allowed_origins: String,
    /// `MAX_HOT_TTL_SECONDS`: a cap on how long a timeline stays hot (0: never).
    pub max_hot_ttl_seconds: Option<u64>,
    /// `AGGREGATOR`: `17track`, `easypost` or none.
    pub aggregator: Option<Carrier>,
    /// `SUPPORT_ORIGIN`: the updates worker's origin for support links.
    pub support_origin: Option<String>,
    /// `WORDS_OVERRIDES`: the merchant's own words (JSON), as given.
    pub words_overrides: Option<String>,
    /// `WEBHOOK_ALLOW_LOOPBACK`: `1` admits plain-http webhooks to this machine.
    pub webhook_allow_loopback: bool,
    /// `WEBHOOK_RETRY_BASE_SECONDS`: the first retry's wait.
    pub webhook_retry_base_seconds: u32,
    /// `REFRESH_MAX_PER_RUN`, `REFRESH_CALLS_PER_CARRIER`, `REFRESH_INTERVAL_SCALE`: the Cron
    /// refresh's bounds (as text: the scheduler reads them with their own defaults).
    pub refresh: RefreshSettings,
    /// Vars that did not parse (name and value), kept at their defaults.
    pub problems: Vec<(String, String)>,
}

/// The scheduled refresh's bounds.
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshSettings {
    /// Registrations refreshed per run at most.
    pub max_per_run: u64,
    /// Carrier calls per carrier per run at most.
    pub calls_per_carrier: u64,
    /// Cadence multiplier, ≥ 0 (local tests use 0: every run finds every registration due).
    pub interval_scale: f64,
}

impl Settings {
    /// Reads every setting through `var` (blank counts as unset).
    pub fn read(var: impl Fn(&str) -> Option<String>) -> Settings {
        let mut problems = Vec::new();
        let get = |name: &str| {
            var(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let mut number = |name: &str, default: u64| match get(name) {
            None => default,
            Some(v) => v.parse().unwrap_or_else(|_| {
                problems.push((name.to_string(), v));
                default
            }),
        };
        let carrier_timeout_ms = number("CARRIER_TIMEOUT_MS", 8000);
        let carrier_cool_down_seconds = number("CARRIER_COOL_DOWN_SECONDS", 30) as i64;
        let carrier_max_retry_after_seconds = number("CARRIER_MAX_RETRY_AFTER_SECONDS", 600);
        let rate_limit_ip_per_minute = number("RATE_LIMIT_IP_PER_MINUTE", 120);
        let rate_limit_token_per_minute = number("RATE_LIMIT_TOKEN_PER_MINUTE", 60);
        let webhook_retry_base_seconds = number("WEBHOOK_RETRY_BASE_SECONDS", 30) as u32;
        let max_per_run = number("REFRESH_MAX_PER_RUN", 200);
        let calls_per_carrier = number("REFRESH_CALLS_PER_CARRIER", 50);
        let max_hot_ttl_seconds = get("MAX_HOT_TTL_SECONDS").and_then(|v| {
            v.parse()
                .map_err(|_| problems.push(("MAX_HOT_TTL_SECONDS".into(), v)))
                .ok()
        });
        let interval_scale = match get("REFRESH_INTERVAL_SCALE") {
            None => 1.0,
            Some(v) => v
                .parse::<f64>()
                .ok()
                .filter(|s| s.is_finite() && *s >= 0.0)
                .unwrap_or_else(|| {
                    problems.push(("REFRESH_INTERVAL_SCALE".into(), v));
                    1.0
                }),
        };
        let aggregator = crate::api::carrier_choice::aggregator(get("AGGREGATOR").as_deref());
        Settings {
            carrier_timeout_ms,
            carrier_cool_down_seconds,
            carrier_max_retry_after_seconds,
            rate_limit_ip_per_minute,
            rate_limit_token_per_minute,
            rate_limit_bindings: get("RATE_LIMIT_BINDINGS").as_deref() != Some("off"),
            allowed_origins: get("ALLOWED_ORIGINS").unwrap_or_default(),
            max_hot_ttl_seconds,
            aggregator,
            support_origin: get("SUPPORT_ORIGIN").map(|o| o.trim_end_matches('/').to_string()),
            words_overrides: get("WORDS_OVERRIDES"),
            webhook_allow_loopback: get("WEBHOOK_ALLOW_LOOPBACK").as_deref() == Some("1"),
            webhook_retry_base_seconds,
            refresh: RefreshSettings {
                max_per_run,
                calls_per_carrier,
                interval_scale,
            },
            problems,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn read(vars: &[(&str, &str)]) -> Settings {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::read(|name| map.get(name).cloned())
    }

    #[test]
    fn defaults() {
        let s = read(&[]);
        assert_eq!(s.carrier_timeout_ms, 8000);
        assert_eq!(s.rate_limit_token_per_minute, 60);
        assert!(s.rate_limit_bindings);
        assert_eq!(s.max_hot_ttl_seconds, None);
        assert_eq!(s.aggregator, None);
        assert!(!s.webhook_allow_loopback);
        assert!(s.problems.is_empty());
    }

    #[test]
    fn values_and_typos() {
        let s = read(&[
            ("CARRIER_TIMEOUT_MS", " 1500 "),
            ("RATE_LIMIT_IP_PER_MINUTE", "lots"),
            ("MAX_HOT_TTL_SECONDS", "0"),
            ("AGGREGATOR", "17track"),
            ("SUPPORT_ORIGIN", "https://u.example.com/"),
            ("RATE_LIMIT_BINDINGS", "off"),
            ("WEBHOOK_ALLOW_LOOPBACK", "1"),
            ("REFRESH_INTERVAL_SCALE", "-2"),
        ]);
        assert_eq!(s.carrier_timeout_ms, 1500);
        assert_eq!(s.rate_limit_ip_per_minute, 120, "a typo keeps the default");
        assert_eq!(s.max_hot_ttl_seconds, Some(0));
        assert_eq!(s.aggregator, Some(Carrier::SeventeenTrack));
        assert_eq!(s.support_origin.as_deref(), Some("https://u.example.com"));
        assert!(!s.rate_limit_bindings && s.webhook_allow_loopback);
        assert_eq!(s.refresh.interval_scale, 1.0);
        assert_eq!(
            s.problems,
            vec![
                ("RATE_LIMIT_IP_PER_MINUTE".to_string(), "lots".to_string()),
                ("REFRESH_INTERVAL_SCALE".to_string(), "-2".to_string())
            ]
        );
    }
}
