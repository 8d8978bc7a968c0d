//! The helpdesk's read-only questions about an order — by order id, tracking number or the
//! buyer's hashed e-mail address — and the answer's shape: the same composed words the buyer's
//! widget shows, in the language asked for. Served as `GET /v1/helpdesk/orders` and as the
//! MCP tools `find_order` / `explain_order` (`super::mcp`).

use super::error::ApiError;
use super::query::param;
use crate::proactive::registration::{is_sha256_hex, valid_id};
use serde::Serialize;
use waymark_shared::words::ShipmentAnswer;

/// The most orders one lookup answers (an e-mail address can have several).
pub const MAX_FOUND: usize = 10;

/// What the helpdesk looks an order up by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// The merchant's order id.
    OrderId(String),
    /// A tracking number of the order.
    TrackingNumber(String),
    /// SHA-256 of the buyer's e-mail address (trimmed, lower-cased), as registered.
    EmailSha256(String),
}

impl Lookup {
    /// Exactly one of the three keys, each checked.
    pub fn from_parts(
        order_id: Option<String>,
        tracking_number: Option<String>,
        email_sha256: Option<String>,
    ) -> Result<Lookup, ApiError> {
        let bad = |m: &str| Err(ApiError::BadRequest(m.into()));
        match (order_id, tracking_number, email_sha256) {
            (Some(id), None, None) if valid_id(&id) => Ok(Lookup::OrderId(id)),
            (Some(_), None, None) => bad("order_id must be 1–64 letters, digits, '-', '_' or '.'"),
            (None, Some(n), None) => {
                let n = super::validate::number(&n)?.to_string();
                Ok(Lookup::TrackingNumber(n))
            }
            (None, None, Some(h)) if is_sha256_hex(&h) => Ok(Lookup::EmailSha256(h)),
            (None, None, Some(_)) => {
                bad("email_sha256 must be the SHA-256 of the trimmed, lower-cased address: 64 lower-case hex digits")
            }
            _ => bad("give exactly one of order_id, tracking_number, email_sha256"),
        }
    }

    /// The lookup in a query string, with the optional `lang`.
    pub fn from_query(query: &str) -> Result<(Lookup, Option<String>), ApiError> {
        let get = |n| param(query, n).filter(|v| !v.is_empty());
        let lang = get("lang");
        if lang.as_deref().is_some_and(|l| l.len() > 64) {
            return Err(ApiError::BadRequest("lang must be a BCP 47 tag".into()));
        }
        Ok((
            Lookup::from_parts(get("order_id"), get("tracking_number"), get("email_sha256"))?,
            lang,
        ))
    }
}

/// One order as the helpdesk gets it.
#[derive(Debug, Clone, Serialize)]
pub struct FoundOrder {
    /// The merchant's order id.
    pub order_id: String,
    /// `active`, `completed`, `expired` or `stopped`.
    pub watch: &'static str,
    /// What needs the merchant, when something does (an exception kind).
    pub needs_attention: Option<&'static str>,
    /// The language the words are in (BCP 47).
    pub lang: &'static str,
    /// Each parcel in the buyer's words.
    pub parcels: Vec<ShipmentAnswer>,
}

/// The answer of `GET /v1/helpdesk/orders`.
#[derive(Debug, Clone, Serialize)]
pub struct Found {
    /// The orders found (none is an empty list, not an error).
    pub orders: Vec<FoundOrder>,
}

/// The order in a few plain sentences, for an assistant to read out or quote: each parcel's
/// headline and sentence, its window, and each exception with what the buyer can do.
pub fn explain(order: &FoundOrder) -> String {
    let mut lines = Vec::new();
    for p in &order.parcels {
        if let Some(label) = &p.parcel_label {
            lines.push(label.clone());
        }
        lines.push(p.sentence.clone());
        for t in [&p.eta_text, &p.delivered_text, &p.stale_text]
            .into_iter()
            .flatten()
        {
            lines.push(t.clone());
        }
        for e in &p.exceptions {
            lines.push(format!("{}: {} {}", e.title, e.explanation, e.action));
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exactly_one_key_is_taken() {
        assert_eq!(
            Lookup::from_query("order_id=1042&lang=fr").unwrap(),
            (Lookup::OrderId("1042".into()), Some("fr".into()))
        );
        assert_eq!(
            Lookup::from_query("tracking_number=%20LP001%20").unwrap().0,
            Lookup::TrackingNumber("LP001".into())
        );
        let h = "a".repeat(64);
        assert_eq!(
            Lookup::from_query(&format!("email_sha256={h}")).unwrap().0,
            Lookup::EmailSha256(h)
        );
        for bad in [
            "",
            "order_id=1&tracking_number=2",
            "order_id=../x",
            "email_sha256=buyer%40example.com",
            "tracking_number=%20%20",
        ] {
            assert!(Lookup::from_query(bad).is_err(), "{bad}");
        }
    }
}
