//! Inbound pushes from aggregators: 17TRACK (`sign` header: hex SHA-256 of
//! `<body>/<security key>`) and EasyPost (`X-Hmac-Signature: hmac-sha256-hex=<hex HMAC-SHA256
//! of the body>`), verified in constant time, and unwrapped into the reply shape their
//! adapters already read, so a push is normalized exactly like a fetched reply.

use crate::api::hex;
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// Why a push was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PushError {
    /// No signature header, or not in the expected form.
    #[error("missing or malformed signature")]
    Unsigned,
    /// The signature does not match the body.
    #[error("signature does not match")]
    Mismatch,
    /// The body is not the documented JSON.
    #[error("push body is not a recognised event: {0}")]
    Malformed(String),
}

/// The bytes of a hex signature (surrounding blanks ignored); `None` when absent or not hex.
fn signature_bytes(s: &str) -> Option<Vec<u8>> {
    Some(s.trim())
        .filter(|s| !s.is_empty())
        .and_then(hex::decode)
}

/// Verifies a 17TRACK push: `sign` = hex(SHA-256(body + "/" + key)).
pub fn verify_17track(body: &[u8], sign: Option<&str>, key: &str) -> Result<(), PushError> {
    let given = sign.and_then(signature_bytes).ok_or(PushError::Unsigned)?;
    let mut h = Sha256::new();
    h.update(body);
    h.update(b"/");
    h.update(key.as_bytes());
    if hex::same(&h.finalize(), &given) {
        Ok(())
    } else {
        Err(PushError::Mismatch)
    }
}

/// Verifies an EasyPost push: `X-Hmac-Signature: hmac-sha256-hex=<hex>` keyed with the webhook
/// secret (EasyPost NFKD-normalizes the secret; an ASCII secret is its own normal form).
pub fn verify_easypost(body: &[u8], header: Option<&str>, secret: &str) -> Result<(), PushError> {
    let given = header
        .and_then(|h| h.trim().strip_prefix("hmac-sha256-hex="))
        .and_then(signature_bytes)
        .ok_or(PushError::Unsigned)?;
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(body);
    mac.verify_slice(&given).map_err(|_| PushError::Mismatch)
}

fn parse(body: &[u8]) -> Result<Value, PushError> {
    serde_json::from_slice(body).map_err(|e| PushError::Malformed(e.to_string()))
}

/// A 17TRACK push as a `gettrackinfo` reply; `None` for events that carry no tracking
/// (e.g. `TRACKING_STOPPED`).
pub fn from_17track(body: &[u8]) -> Result<Option<Vec<u8>>, PushError> {
    let v = parse(body)?;
    match v.get("event").and_then(Value::as_str) {
        Some("TRACKING_UPDATED") => {
            let data = v
                .get("data")
                .filter(|d| d.get("number").is_some())
                .ok_or_else(|| {
                    PushError::Malformed("TRACKING_UPDATED without data.number".into())
                })?;
            Ok(Some(
                serde_json::json!({"code": 0, "data": {"accepted": [data], "rejected": []}})
                    .to_string()
                    .into_bytes(),
            ))
        }
        Some(_) => Ok(None),
        None => Err(PushError::Malformed("no `event`".into())),
    }
}

/// An EasyPost push as a Tracker object; `None` for events about other objects.
pub fn from_easypost(body: &[u8]) -> Result<Option<Vec<u8>>, PushError> {
    let v = parse(body)?;
    if v.get("object").and_then(Value::as_str) != Some("Event") {
        return Err(PushError::Malformed("not an EasyPost Event".into()));
    }
    let description = v.get("description").and_then(Value::as_str).unwrap_or("");
    if !description.starts_with("tracker.") {
        return Ok(None);
    }
    let result = v
        .get("result")
        .filter(|r| r.get("object").and_then(Value::as_str) == Some("Tracker"))
        .ok_or_else(|| PushError::Malformed("tracker event without a Tracker result".into()))?;
    Ok(Some(result.to_string().into_bytes()))
}

/// A push's identity, to refuse a replay: EasyPost's event id (`evt_…`) when it has one, else
/// a SHA-256 of the body (17TRACK sends none; a replayed push is byte for byte the same).
pub fn push_id(source: PushSource, body: &[u8]) -> String {
    if source == PushSource::EasyPost {
        if let Some(id) = serde_json::from_slice::<Value>(body)
            .ok()
            .and_then(|v| v.get("id").and_then(Value::as_str).map(str::to_string))
            .filter(|id| {
                !id.is_empty()
                    && id.len() <= 64
                    && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            })
        {
            return id;
        }
    }
    hex::encode(&Sha256::digest(body))
}

/// Whether a pushed shipment is older than the stored copy of its leg: its newest event is
/// earlier than the stored newest one. A push that arrives late (or is replayed after a
/// newer one) must not overwrite newer data.
pub fn is_older(pushed: &waymark_shared::Shipment, stored: &[waymark_shared::Shipment]) -> bool {
    let newest = |s: &waymark_shared::Shipment| s.events.iter().map(|e| e.at).max();
    let Some(pushed_at) = newest(pushed) else {
        // No events at all: nothing newer to say than what is kept.
        return stored.iter().any(|s| !s.events.is_empty());
    };
    stored
        .iter()
        .filter(|s| {
            s.tracking_number
                .eq_ignore_ascii_case(&pushed.tracking_number)
        })
        .filter_map(newest)
        .any(|kept| kept > pushed_at)
}

/// An aggregator that pushes tracking updates to Waymark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PushSource {
    /// 17TRACK webhook v2.2.
    SeventeenTrack,
    /// EasyPost tracker events.
    EasyPost,
}

impl PushSource {
    /// The carrier whose adapter reads the unwrapped push.
    pub fn carrier(self) -> waymark_shared::Carrier {
        match self {
            PushSource::SeventeenTrack => waymark_shared::Carrier::SeventeenTrack,
            PushSource::EasyPost => waymark_shared::Carrier::EasyPost,
        }
    }

    /// The worker secret that verifies its pushes.
    pub fn secret_name(self) -> &'static str {
        match self {
            PushSource::SeventeenTrack => "SEVENTEENTRACK_API_KEY",
            PushSource::EasyPost => "EASYPOST_WEBHOOK_SECRET",
        }
    }

    /// The request header that carries the signature.
    pub fn signature_header(self) -> &'static str {
        match self {
            PushSource::SeventeenTrack => "sign",
            PushSource::EasyPost => "X-Hmac-Signature",
        }
    }

    /// Verifies a push and unwraps it into the reply shape the carrier's adapter reads;
    /// `Ok(None)` for a genuine push that carries no tracking.
    pub fn accept(
        self,
        body: &[u8],
        signature: Option<&str>,
        secret: &str,
    ) -> Result<Option<Vec<u8>>, PushError> {
        match self {
            PushSource::SeventeenTrack => {
                verify_17track(body, signature, secret)?;
                from_17track(body)
            }
            PushSource::EasyPost => {
                verify_easypost(body, signature, secret)?;
                from_easypost(body)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replays_and_late_pushes_are_recognised() {
        use chrono::{TimeZone, Utc};
        use waymark_shared::{Carrier, Event, Shipment, Status};
        let ep = br#"{"id":"evt_123","object":"Event"}"#;
        assert_eq!(push_id(PushSource::EasyPost, ep), "evt_123");
        let st = br#"{"event":"TRACKING_UPDATED"}"#;
        assert_eq!(
            push_id(PushSource::SeventeenTrack, st),
            push_id(PushSource::SeventeenTrack, st)
        );
        assert_ne!(
            push_id(PushSource::SeventeenTrack, st),
            push_id(PushSource::SeventeenTrack, b"{}")
        );
        assert_eq!(
            push_id(PushSource::EasyPost, br#"{"id":"../x"}"#).len(),
            64,
            "an odd id is hashed"
        );

        let at = |h| Utc.with_ymd_and_hms(2026, 12, 1, h, 0, 0).unwrap();
        let ship = |hours: &[u32]| {
            let events = hours
                .iter()
                .map(|h| Event::new(at(*h), Status::InTransit, Carrier::EasyPost, "x"))
                .collect();
            Shipment::from_events(Carrier::EasyPost, "EZ1", events, at(23))
        };
        assert!(is_older(&ship(&[1, 2]), &[ship(&[1, 2, 5])]), "a late push");
        assert!(
            !is_older(&ship(&[1, 2, 5, 6]), &[ship(&[1, 2, 5])]),
            "a newer push"
        );
        assert!(
            !is_older(&ship(&[1, 2, 5]), &[ship(&[1, 2, 5])]),
            "the same news again is not older"
        );
        assert!(!is_older(&ship(&[1]), &[]), "nothing kept yet");
        assert!(
            is_older(&ship(&[]), &[ship(&[1])]),
            "an empty push says less than what is kept"
        );
    }
    use crate::carriers::{normalize, Context};
    use chrono::{TimeZone, Utc};
    use waymark_shared::Carrier;

    #[test]
    fn seventeentrack_signature() {
        let body = br#"{"event":"TRACKING_STOPPED","data":{"number":"X"}}"#;
        let mut h = Sha256::new();
        h.update(body);
        h.update(b"/secret-key");
        let sign = hex::encode(&h.finalize());
        assert_eq!(verify_17track(body, Some(&sign), "secret-key"), Ok(()));
        assert_eq!(
            verify_17track(body, Some(&sign), "other"),
            Err(PushError::Mismatch)
        );
        assert_eq!(
            verify_17track(b"{}", Some(&sign), "secret-key"),
            Err(PushError::Mismatch)
        );
        assert_eq!(verify_17track(body, None, "k"), Err(PushError::Unsigned));
        assert_eq!(
            verify_17track(body, Some("zz"), "k"),
            Err(PushError::Unsigned)
        );
        assert_eq!(from_17track(body), Ok(None));
    }

    #[test]
    fn easypost_signature() {
        let body = br#"{"object":"Event","description":"batch.created","result":{}}"#;
        let mut mac = Hmac::<Sha256>::new_from_slice(b"whsec").unwrap();
        mac.update(body);
        let header = format!(
            "hmac-sha256-hex={}",
            hex::encode(&mac.finalize().into_bytes())
        );
        assert_eq!(verify_easypost(body, Some(&header), "whsec"), Ok(()));
        assert_eq!(
            verify_easypost(body, Some(&header), "other"),
            Err(PushError::Mismatch)
        );
        assert_eq!(
            verify_easypost(
                body,
                Some(header.trim_start_matches("hmac-sha256-hex=")),
                "whsec"
            ),
            Err(PushError::Unsigned)
        );
        assert_eq!(from_easypost(body), Ok(None));
        assert!(matches!(
            from_easypost(b"<html>"),
            Err(PushError::Malformed(_))
        ));
    }

    #[test]
    fn pushes_normalize_like_fetched_replies() {
        let ctx = Context {
            fetched_at: Utc.with_ymd_and_hms(2026, 3, 10, 0, 0, 0).unwrap(),
        };
        let push17 = serde_json::json!({"event": "TRACKING_UPDATED", "data": {"number": "RB123", "carrier": 3011, "track_info": {
            "latest_status": {"status": "InTransit", "sub_status": "InTransit_Other"},
            "tracking": {"providers": [{"provider": {"key": 3011, "name": "China Post"}, "events": [
                {"time_iso": "2026-03-02T10:00:00+08:00", "time_utc": "2026-03-02T02:00:00Z", "description": "Departed <b>Shenzhen</b>", "location": "Shenzhen", "stage": "InTransit", "sub_status": "InTransit_Other"}
            ]}]}
        }}});
        let bytes = from_17track(push17.to_string().as_bytes())
            .unwrap()
            .unwrap();
        let found = normalize(&Carrier::SeventeenTrack, &bytes, &ctx).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].tracking_number, "RB123");
        assert_eq!(found[0].events.len(), 1);
        assert_eq!(found[0].events[0].description, "Departed <b>Shenzhen</b>");

        let push_ep = serde_json::json!({"object": "Event", "description": "tracker.updated", "result": {
            "object": "Tracker", "id": "trk_1", "tracking_code": "EZ1000000001", "status": "in_transit", "carrier": "USPS",
            "tracking_details": [{"object": "TrackingDetail", "datetime": "2026-03-03T15:00:00Z", "message": "Arrived at facility",
                "status": "in_transit", "tracking_location": {"object": "TrackingLocation", "city": "CHICAGO", "state": "IL", "country": "US", "zip": null}}]
        }});
        let bytes = from_easypost(push_ep.to_string().as_bytes())
            .unwrap()
            .unwrap();
        let found = normalize(&Carrier::EasyPost, &bytes, &ctx).unwrap();
        assert_eq!(found[0].tracking_number, "EZ1000000001");
        assert_eq!(found[0].events.len(), 1);
    }
}
