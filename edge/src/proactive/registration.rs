//! A registered shipment: an order the merchant asked Waymark to watch, with where to send
//! its notifications and the last snapshot of its timeline.

use crate::api::error::ApiError;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use waymark_shared::{serde_time, Shipment};

/// The most tracking numbers one registration may hold.
pub const MAX_NUMBERS: usize = 10;
/// How long a registration is watched unless the merchant says otherwise.
pub const DEFAULT_WATCH_DAYS: i64 = 90;
/// The longest watch a merchant may ask for.
pub const MAX_WATCH_DAYS: i64 = 180;

/// One tracking number of a registration, with an optional carrier slug.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WatchedNumber {
    /// The tracking number as the merchant gave it (trimmed).
    pub number: String,
    /// The carrier slug, when the merchant knows it (else detected from the number).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::api::validate::not_null"
    )]
    pub carrier: Option<String>,
}

/// The body of `POST /v1/shipments`.
#[derive(Debug, Clone, Deserialize)]
pub struct NewRegistration {
    /// The merchant's order id; it is also the registration's id.
    pub id: String,
    /// The order's tracking numbers.
    pub numbers: Vec<WatchedNumber>,
    /// The buyer's language (BCP 47), passed on in every notification.
    #[serde(default)]
    pub locale: Option<String>,
    /// The buyer's IANA time zone, passed on in every notification.
    #[serde(default)]
    pub time_zone: Option<String>,
    /// Where notifications go (https; http only to loopback, for local development).
    pub webhook_url: String,
    /// How many days to watch (default 90, at most 180).
    #[serde(default)]
    pub watch_days: Option<i64>,
    /// SHA-256 (64 lower-case hex digits) of the buyer's e-mail address, trimmed and
    /// lower-cased, so a helpdesk can find the order by the address that wrote in. The address
    /// itself never reaches Waymark.
    #[serde(default)]
    pub buyer_email_sha256: Option<String>,
}

/// Where a registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WatchState {
    /// Refreshed on its cadence.
    Active,
    /// Every parcel reached a final status; no more refreshes.
    Completed,
    /// The watch ran out before the parcels finished.
    Expired,
    /// The merchant stopped it (`DELETE`).
    Stopped,
}

/// A registered shipment as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Registration {
    /// The merchant's order id.
    pub id: String,
    /// The watched numbers.
    pub numbers: Vec<WatchedNumber>,
    /// The buyer's language.
    pub locale: Option<String>,
    /// The buyer's time zone.
    pub time_zone: Option<String>,
    /// Where notifications go.
    pub webhook_url: String,
    /// Where it stands.
    pub state: WatchState,
    /// When it was registered.
    #[serde(with = "serde_time::utc")]
    pub created_at: DateTime<Utc>,
    /// When the watch ends.
    #[serde(with = "serde_time::utc")]
    pub expires_at: DateTime<Utc>,
    /// When it is next due for a refresh.
    #[serde(with = "serde_time::utc")]
    pub next_refresh_at: DateTime<Utc>,
    /// When it was last refreshed (scheduled or pushed).
    #[serde(default, with = "serde_time::utc_opt")]
    pub refreshed_at: Option<DateTime<Utc>>,
    /// The parcels as last seen.
    #[serde(default)]
    pub snapshot: Vec<Shipment>,
    /// Idempotency keys of every transition already handed to the delivery queue.
    #[serde(default)]
    pub notified: Vec<String>,
    /// SHA-256 of the buyer's e-mail address (see [`NewRegistration`]), for helpdesk lookups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer_email_sha256: Option<String>,
}

/// Whether `s` is a SHA-256 digest as the API takes it: 64 lower-case hex digits.
pub fn is_sha256_hex(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Whether `id` is a valid order id: 1–64 letters, digits, `-`, `_` or `.`.
pub fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

fn valid_tag(s: &str, extra: &[u8]) -> bool {
    (1..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || extra.contains(&b))
}

impl NewRegistration {
    /// Checks the request and makes the registration, due for its first refresh at once.
    /// `allow_loopback` admits plain-http webhooks to this machine (local development only,
    /// see [`crate::api::webhook_url`]).
    pub fn into_registration(
        self,
        now: DateTime<Utc>,
        allow_loopback: bool,
    ) -> Result<Registration, ApiError> {
        let bad = |m: &str| Err(ApiError::BadRequest(m.into()));
        if !valid_id(&self.id) {
            return bad("id must be 1–64 letters, digits, '-', '_' or '.'");
        }
        if self.numbers.is_empty() || self.numbers.len() > MAX_NUMBERS {
            return bad("1–10 tracking numbers are required");
        }
        let mut numbers = Vec::new();
        for n in self.numbers {
            let number = crate::api::validate::number(&n.number)?.to_string();
            crate::api::validate::carrier(n.carrier.as_deref())?;
            if !numbers
                .iter()
                .any(|w: &WatchedNumber| w.number.eq_ignore_ascii_case(&number))
            {
                numbers.push(WatchedNumber {
                    number,
                    carrier: n.carrier.filter(|c| !c.is_empty()),
                });
            }
        }
        if self.locale.as_deref().is_some_and(|l| !valid_tag(l, b"-_")) {
            return bad("locale must be a BCP 47 tag such as pt-BR");
        }
        if self
            .time_zone
            .as_deref()
            .is_some_and(|z| !valid_tag(z, b"/_+-"))
        {
            return bad("time_zone must be an IANA name such as Europe/Paris");
        }
        crate::api::webhook_url::check(&self.webhook_url, allow_loopback)
            .map_err(|e| ApiError::BadRequest(e.to_string()))?;
        if self
            .buyer_email_sha256
            .as_deref()
            .is_some_and(|h| !is_sha256_hex(h))
        {
            return bad("buyer_email_sha256 must be 64 lower-case hex digits (SHA-256)");
        }
        let days = self.watch_days.unwrap_or(DEFAULT_WATCH_DAYS);
        if !(1..=MAX_WATCH_DAYS).contains(&days) {
            return bad("watch_days must be 1–180");
        }
        Ok(Registration {
            id: self.id,
            numbers,
            locale: self.locale,
            time_zone: self.time_zone,
            webhook_url: self.webhook_url,
            state: WatchState::Active,
            created_at: now,
            expires_at: now + Duration::days(days),
            next_refresh_at: now,
            refreshed_at: None,
            snapshot: Vec::new(),
            notified: Vec::new(),
            buyer_email_sha256: self.buyer_email_sha256,
        })
    }
}

impl Registration {
    /// Whether a scheduled refresh should pick it up at `now`.
    pub fn is_due(&self, now: DateTime<Utc>) -> bool {
        self.state == WatchState::Active && self.next_refresh_at <= now
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn new(json: serde_json::Value) -> Result<Registration, ApiError> {
        let now = Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap();
        serde_json::from_value::<NewRegistration>(json)
            .unwrap()
            .into_registration(now, false)
    }

    #[test]
    fn valid_registration_is_due_at_once() {
        let r = new(serde_json::json!({
            "id": "1042", "numbers": [{"number": " LP00123 "}, {"number": "lp00123"}, {"number": "9400", "carrier": "usps"}],
            "locale": "pt-BR", "time_zone": "America/Sao_Paulo", "webhook_url": "https://shop.example.com/hooks"
        }))
        .unwrap();
        assert_eq!(r.numbers.len(), 2, "the same number twice is watched once");
        assert_eq!(r.numbers[0].number, "LP00123");
        assert_eq!(r.numbers[1].carrier.as_deref(), Some("usps"));
        assert_eq!(r.state, WatchState::Active);
        assert!(r.is_due(r.created_at));
        assert_eq!((r.expires_at - r.created_at).num_days(), 90);
    }

    #[test]
    fn bad_requests_are_refused_with_a_reason() {
        let base = serde_json::json!({"id": "1042", "numbers": [{"number": "LP1"}], "webhook_url": "https://a.example.com/h"});
        for (field, value) in [
            ("id", serde_json::json!("../etc")),
            ("id", serde_json::json!("")),
            ("numbers", serde_json::json!([])),
            ("numbers", serde_json::json!([{"number": "  "}])),
            (
                "webhook_url",
                serde_json::json!("http://shop.example.com/h"),
            ),
            ("webhook_url", serde_json::json!("https://10.1.2.3/h")),
            ("webhook_url", serde_json::json!("https://localhost/h")),
            ("webhook_url", serde_json::json!("ftp://x")),
            (
                "webhook_url",
                serde_json::json!("http://localhost.evil.example/"),
            ),
            ("locale", serde_json::json!("en<script>")),
            ("time_zone", serde_json::json!("Europe/Paris; drop")),
            ("watch_days", serde_json::json!(400)),
            ("buyer_email_sha256", serde_json::json!("buyer@example.com")),
            ("buyer_email_sha256", serde_json::json!("AB".repeat(32))),
        ] {
            let mut body = base.clone();
            body[field] = value.clone();
            assert!(
                matches!(new(body), Err(ApiError::BadRequest(_))),
                "{field}={value} must be refused"
            );
        }
        assert!(new(base).is_ok());
    }
}
