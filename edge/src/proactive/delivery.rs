//! Webhook delivery: the notification body (fixed when the transition is found, so every
//! retry sends the same bytes), the queue message that carries it, and the retry schedule.

use super::registration::Registration;
use super::transition::{Change, Transition};
use serde::{Deserialize, Serialize};
use waymark_shared::serde_time;
use waymark_shared::words::{Composer, Form, Lang};

/// Attempts before a notification is set aside as undeliverable (kept, never dropped).
pub const MAX_ATTEMPTS: u32 = 8;
/// The longest wait between two attempts (Queues allow at most 12 hours).
pub const MAX_DELAY_SECONDS: u32 = 6 * 3600;

/// One notification on its way to a merchant: what the delivery queue carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delivery {
    /// The transition's idempotency key (also sent as `Waymark-Idempotency-Key`).
    pub key: String,
    /// The registration it belongs to.
    pub registration: String,
    /// The merchant's webhook URL.
    pub url: String,
    /// The JSON body, exactly as signed and sent on every attempt.
    pub body: String,
}

/// The JSON a merchant receives. No personal data: the buyer's locale and time zone, and the
/// words for the buyer composed in them (`composer` is in the registration's language and
/// zone): the transition's `message` (the milestone's sentence, or "needs your attention"
/// for an exception) and, under `words`, the exception's title, explanation and action as the
/// buyer's answer has them. The merchant sends these on as they are.
pub fn body(
    reg: &Registration,
    t: &Transition,
    created_at: chrono::DateTime<chrono::Utc>,
    (composer, lang): (&Composer, Lang),
) -> String {
    let parcel = reg
        .snapshot
        .iter()
        .find(|s| s.tracking_number == t.tracking_number);
    let milestone = match t.change {
        Change::Milestone(kind) => Some(kind),
        Change::Exception(_) => None,
    };
    let message = composer.milestone(milestone, &reg.id, "", &t.carrier, Form::Full);
    let exception = match (t.change, parcel) {
        (Change::Exception(kind), Some(p)) => composer
            .shipment(p, None)
            .exceptions
            .into_iter()
            .find(|e| e.kind == kind),
        _ => None,
    };
    let transition = Transition {
        message: message.clone(),
        ..t.clone()
    };
    serde_json::json!({
        "id": t.key,
        "shipment_id": reg.id,
        "transition": transition,
        "status": parcel.map(|s| s.status),
        "phase": parcel.and_then(|s| s.phase),
        "eta": parcel.and_then(|s| s.eta.as_ref()),
        "locale": reg.locale,
        "time_zone": reg.time_zone,
        "words": {
            "lang": lang,
            "dir": lang.dir(),
            "message": message,
            "exception": exception,
        },
        "created_at": serde_time::format_utc(&created_at),
    })
    .to_string()
}

/// The deliveries for these transitions of `reg`, worded by `words` (a composer in the
/// registration's language and zone, and that language).
pub fn deliveries(
    reg: &Registration,
    transitions: &[Transition],
    created_at: chrono::DateTime<chrono::Utc>,
    words: (&Composer, Lang),
) -> Vec<Delivery> {
    transitions
        .iter()
        .map(|t| Delivery {
            key: t.key.clone(),
            registration: reg.id.clone(),
            url: reg.webhook_url.clone(),
            body: body(reg, t, created_at, words),
        })
        .collect()
}

/// What to do after attempt number `attempts` (1 = the first) failed: wait this many seconds
/// and try again, or `None` to set it aside. Waits grow fourfold from `base_seconds`.
pub fn retry_delay(attempts: u32, base_seconds: u32) -> Option<u32> {
    if attempts >= MAX_ATTEMPTS {
        return None;
    }
    let factor = 4u64.saturating_pow(attempts.saturating_sub(1));
    Some((base_seconds.max(1) as u64 * factor).min(MAX_DELAY_SECONDS as u64) as u32)
}

/// Whether a receiver's answer means the notification arrived.
pub fn delivered(status: u16) -> bool {
    (200..300).contains(&status)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proactive::registration::NewRegistration;
    use crate::proactive::transition::unsent;
    use chrono::{TimeZone, Utc};
    use waymark_shared::words::{Catalog, PlainFormatter};
    use waymark_shared::{Carrier, Event, Phase, Shipment, Status};

    #[test]
    fn backoff_grows_then_gives_up() {
        let waits: Vec<Option<u32>> = (1..=MAX_ATTEMPTS).map(|a| retry_delay(a, 30)).collect();
        assert_eq!(waits[0], Some(30));
        assert_eq!(waits[1], Some(120));
        assert_eq!(waits[2], Some(480));
        assert_eq!(waits[6], Some(MAX_DELAY_SECONDS));
        assert_eq!(waits[7], None, "the eighth failure sets it aside");
        assert!(waits.windows(2).all(|w| w[1].is_none() || w[0] <= w[1]));
        assert_eq!(retry_delay(1, 0), Some(1), "never a zero wait");
    }

    #[test]
    fn body_carries_the_transition_and_no_personal_data() {
        let now = Utc.with_ymd_and_hms(2026, 3, 5, 0, 0, 0).unwrap();
        let mut reg: Registration = serde_json::from_value::<NewRegistration>(serde_json::json!({
            "id": "1042", "numbers": [{"number": "LP1"}], "locale": "fr", "time_zone": "Europe/Paris",
            "webhook_url": "https://shop.example.com/h"
        }))
        .unwrap()
        .into_registration(now, false)
        .unwrap();
        let e = Event::new(
            now,
            Status::OutForDelivery,
            Carrier::LaPoste,
            "En cours de livraison",
        )
        .with_phase(Some(Phase::LastMile));
        reg.snapshot = vec![Shipment::from_events(Carrier::LaPoste, "LP1", vec![e], now)];
        let t = unsent(&reg.id, &reg.snapshot, &[]);
        let catalog = Catalog::builtin(Lang::En);
        let fmt = PlainFormatter::utc(Lang::En);
        let d = deliveries(&reg, &t, now, (&Composer::new(&catalog, &fmt), Lang::En));
        assert_eq!(d.len(), 2, "picked up and out for delivery");
        let v: serde_json::Value = serde_json::from_str(&d[1].body).unwrap();
        assert_eq!(v["id"], "1042:LP1:out_for_delivery");
        assert_eq!(v["transition"]["type"], "milestone");
        assert_eq!(v["transition"]["kind"], "out_for_delivery");
        assert_eq!(v["status"], "out_for_delivery");
        assert_eq!(v["locale"], "fr");
        assert_eq!(v["words"]["lang"], "en");
        assert_eq!(
            v["transition"]["message"],
            "Your parcel is out for delivery today."
        );
        assert_eq!(v["words"]["message"], v["transition"]["message"]);
        assert!(v["words"]["exception"].is_null());
        assert_eq!(d[1].url, "https://shop.example.com/h");
        assert!(delivered(204) && !delivered(302) && !delivered(500));
    }

    #[test]
    fn an_exception_carries_its_title_explanation_and_action() {
        let now = Utc.with_ymd_and_hms(2026, 3, 5, 0, 0, 0).unwrap();
        let mut reg: Registration = serde_json::from_value::<NewRegistration>(serde_json::json!({
            "id": "1042", "numbers": [{"number": "LP1"}], "webhook_url": "https://shop.example.com/h"
        }))
        .unwrap()
        .into_registration(now, false)
        .unwrap();
        let e = Event::new(
            now,
            Status::FailedAttempt,
            Carrier::Usps,
            "No access to delivery location",
        )
        .with_phase(Some(Phase::LastMile));
        let mut s = Shipment::from_events(Carrier::Usps, "LP1", vec![e], now);
        waymark_shared::exception_rules::refresh(&mut s, now);
        reg.snapshot = vec![s];
        let t = unsent(&reg.id, &reg.snapshot, &[]);
        let catalog = Catalog::builtin(Lang::En);
        let fmt = PlainFormatter::utc(Lang::En);
        let d = deliveries(&reg, &t, now, (&Composer::new(&catalog, &fmt), Lang::En));
        let exc = d
            .iter()
            .map(|d| serde_json::from_str::<serde_json::Value>(&d.body).unwrap())
            .find(|v| v["transition"]["type"] == "exception")
            .expect("a failed attempt is an exception");
        let w = &exc["words"]["exception"];
        assert_eq!(w["kind"], "failed_attempt");
        for field in ["title", "explanation", "action"] {
            let text = w[field].as_str().unwrap_or_default();
            assert!(
                !text.is_empty() && !text.contains('{') && !text.contains('$'),
                "{field}: {text}"
            );
        }
        assert!(exc["transition"]["message"]
            .as_str()
            .unwrap()
            .contains("attention"));
    }
}
