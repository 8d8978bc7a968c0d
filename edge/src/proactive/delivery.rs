//! Webhook delivery: the notification body (fixed when the transition is found, so every
//! retry sends the same bytes), the queue message that carries it, and the retry schedule.

use super::registration::Registration;
use super::transition::Transition;
use serde::{Deserialize, Serialize};
use waymark_shared::serde_time;

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

/// The JSON a merchant receives. No personal data: the buyer's locale and time zone only,
/// so the merchant can word the message to the buyer.
pub fn body(
    reg: &Registration,
    t: &Transition,
    created_at: chrono::DateTime<chrono::Utc>,
) -> String {
    let parcel = reg
        .snapshot
        .iter()
        .find(|s| s.tracking_number == t.tracking_number);
    serde_json::json!({
        "id": t.key,
        "shipment_id": reg.id,
        "transition": t,
        "status": parcel.map(|s| s.status),
        "phase": parcel.and_then(|s| s.phase),
        "eta": parcel.and_then(|s| s.eta.as_ref()),
        "locale": reg.locale,
        "time_zone": reg.time_zone,
        "created_at": serde_time::format_utc(&created_at),
    })
    .to_string()
}

/// The deliveries for these transitions of `reg`.
pub fn deliveries(
    reg: &Registration,
    transitions: &[Transition],
    created_at: chrono::DateTime<chrono::Utc>,
) -> Vec<Delivery> {
    transitions
        .iter()
        .map(|t| Delivery {
            key: t.key.clone(),
            registration: reg.id.clone(),
            url: reg.webhook_url.clone(),
            body: body(reg, t, created_at),
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
            "webhook_url": "https://shop.example/h"
        }))
        .unwrap()
        .into_registration(now)
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
        let d = deliveries(&reg, &t, now);
        assert_eq!(d.len(), 2, "picked up and out for delivery");
        let v: serde_json::Value = serde_json::from_str(&d[1].body).unwrap();
        assert_eq!(v["id"], "1042:LP1:out_for_delivery");
        assert_eq!(v["transition"]["type"], "milestone");
        assert_eq!(v["transition"]["kind"], "out_for_delivery");
        assert_eq!(v["status"], "out_for_delivery");
        assert_eq!(v["locale"], "fr");
        assert_eq!(d[1].url, "https://shop.example/h");
        assert!(delivered(204) && !delivered(302) && !delivered(500));
    }
}
