//! The end of a watch: a registered order whose watch runs out before its parcels finished is
//! not a silent stop — each parcel still on its way gets a "watch ended" exception, which
//! reaches the merchant's webhook (and the buyer's channels) like any other.

use super::registration::Registration;
use chrono::{DateTime, Utc};
use waymark_shared::{
    BuyerAction, ExceptionFacts, ExceptionKind, Shipment, ShipmentException, Status,
};

/// Whether a parcel reached an outcome (nothing more will happen to it).
fn finished(s: &Shipment) -> bool {
    matches!(
        s.status,
        Status::Delivered | Status::ReturnedToSender | Status::Cancelled
    )
}

/// Marks every unfinished parcel of `reg` with a watch-ended exception dated `ended_at`;
/// returns how many were marked. Marking twice adds nothing.
pub fn end_watch(reg: &mut Registration, ended_at: DateTime<Utc>) -> usize {
    let days = (reg.expires_at - reg.created_at).num_days();
    let mut marked = 0;
    for s in reg.snapshot.iter_mut().filter(|s| !finished(s)) {
        if s.exceptions
            .iter()
            .any(|e| e.kind == ExceptionKind::WatchEnded)
        {
            continue;
        }
        let carrier = s
            .events
            .last()
            .map_or(s.carrier.clone(), |e| e.carrier.clone());
        let tracking_number = s
            .legs
            .iter()
            .rev()
            .find(|l| l.carrier == carrier)
            .map_or(s.tracking_number.clone(), |l| l.tracking_number.clone());
        s.exceptions.push(ShipmentException {
            kind: ExceptionKind::WatchEnded,
            reason: None,
            since: ended_at,
            carrier,
            tracking_number,
            action: BuyerAction::ContactStore,
            deadline: None,
            facts: ExceptionFacts {
                days: Some(days),
                ..ExceptionFacts::default()
            },
        });
        marked += 1;
    }
    marked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proactive::registration::NewRegistration;
    use crate::proactive::transition;
    use chrono::TimeZone;
    use waymark_shared::{Carrier, Event};

    fn at(d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, d, 12, 0, 0).unwrap()
    }

    fn registration(parcels: Vec<Shipment>) -> Registration {
        let body = serde_json::json!({"id": "1042", "numbers": [{"number": "LP1"}, {"number": "9400"}],
            "webhook_url": "https://shop.example.com/hook", "watch_days": 20});
        let mut reg = serde_json::from_value::<NewRegistration>(body)
            .expect("a registration body")
            .into_registration(at(1), false)
            .expect("valid");
        reg.snapshot = parcels;
        reg
    }

    #[test]
    fn an_unfinished_parcel_is_told_once_and_a_delivered_one_not_at_all() {
        let moving = Shipment::from_events(
            Carrier::Cainiao,
            "LP1",
            vec![Event::new(
                at(2),
                Status::InTransit,
                Carrier::Cainiao,
                "Departed",
            )],
            at(2),
        );
        let delivered = Shipment::from_events(
            Carrier::Usps,
            "9400",
            vec![Event::new(
                at(3),
                Status::Delivered,
                Carrier::Usps,
                "Delivered",
            )],
            at(3),
        );
        let mut reg = registration(vec![moving, delivered]);
        assert_eq!(end_watch(&mut reg, at(21)), 1);
        assert_eq!(end_watch(&mut reg, at(22)), 0, "marking twice adds nothing");
        let e = &reg.snapshot[0].exceptions[0];
        assert_eq!(
            (e.kind, e.action, e.facts.days),
            (
                ExceptionKind::WatchEnded,
                BuyerAction::ContactStore,
                Some(20)
            )
        );
        assert!(reg.snapshot[1].exceptions.is_empty());
        let sent = transition::unsent(&reg.id, &reg.snapshot, &reg.notified);
        assert!(
            sent.iter().any(|t| t.key.contains("watch_ended")),
            "{sent:?}"
        );
    }
}
