//! Assembling the public timeline of an order from the shipments its numbers returned.

use chrono::{DateTime, Utc};
pub use waymark_shared::order::OrderTimeline;
use waymark_shared::{serde_time, Shipment};

/// Groups shipments into parcels: shipments that share a leg number are one parcel seen by
/// several carriers and are merged; the rest stay apart. Order of first appearance is kept.
pub fn group_parcels(shipments: Vec<Shipment>) -> Vec<Shipment> {
    let mut groups: Vec<Vec<Shipment>> = Vec::new();
    for s in shipments {
        let numbers: Vec<&str> = s.legs.iter().map(|l| l.tracking_number.as_str()).collect();
        let hit = groups.iter().position(|g| {
            g.iter().any(|o| {
                o.legs
                    .iter()
                    .any(|l| numbers.contains(&l.tracking_number.as_str()))
            })
        });
        match hit {
            Some(i) => groups[i].push(s),
            None => groups.push(vec![s]),
        }
    }
    groups
        .into_iter()
        .filter_map(Shipment::merge_legs)
        .collect()
}

/// The order's timeline at `now`: parcels grouped, ETA and exceptions re-judged for `now`.
pub fn assemble(order_id: &str, shipments: Vec<Shipment>, now: DateTime<Utc>) -> OrderTimeline {
    assemble_after(order_id, shipments, now, &[])
}

/// The parcel of an earlier look at the order that `parcel` is (same number on any leg).
fn same_parcel<'a>(previous: &'a [Shipment], parcel: &Shipment) -> Option<&'a Shipment> {
    previous.iter().find(|p| {
        p.legs.iter().any(|l| {
            parcel
                .legs
                .iter()
                .any(|m| m.tracking_number.eq_ignore_ascii_case(&l.tracking_number))
        }) || p
            .tracking_number
            .eq_ignore_ascii_case(&parcel.tracking_number)
    })
}

/// As [`assemble`], with the parcels of an earlier look at the order: each parcel keeps the
/// promise it was first shown with, so a moving estimate never hides that it is late.
pub fn assemble_after(
    order_id: &str,
    shipments: Vec<Shipment>,
    now: DateTime<Utc>,
    previous: &[Shipment],
) -> OrderTimeline {
    let mut parcels = group_parcels(shipments);
    for p in &mut parcels {
        waymark_shared::exception_rules::keep_promise(same_parcel(previous, p), p);
        waymark_shared::exception_rules::refresh(p, now);
    }
    let updated_at = parcels.iter().map(|p| p.updated_at).min().unwrap_or(now);
    let stale = parcels.iter().any(|p| p.stale);
    OrderTimeline {
        order_id: order_id.to_string(),
        shipments: parcels,
        updated_at: serde_time::whole_seconds(updated_at),
        stale,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use waymark_shared::{Carrier, Event, Leg, Status};

    fn at(h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 1, h, 0, 0).unwrap()
    }

    #[test]
    fn shared_leg_numbers_merge_into_one_parcel() {
        let mut first = Shipment::from_events(
            Carrier::Cainiao,
            "LP1",
            vec![Event::new(at(1), Status::InTransit, Carrier::Cainiao, "a")],
            at(5),
        );
        first.add_leg(Leg::new(Carrier::Usps, "9400"));
        let last_mile = Shipment::from_events(
            Carrier::Usps,
            "9400",
            vec![Event::new(at(4), Status::Delivered, Carrier::Usps, "b")],
            at(5),
        );
        let other = Shipment::from_events(Carrier::Dhl, "123", vec![], at(5));
        let parcels = group_parcels(vec![first, other, last_mile]);
        assert_eq!(parcels.len(), 2);
        assert_eq!(parcels[0].legs.len(), 2);
        assert_eq!(parcels[0].status, Status::Delivered);
        assert_eq!(parcels[1].tracking_number, "123");
    }

    #[test]
    fn stale_and_updated_at() {
        let mut a = Shipment::from_events(Carrier::Usps, "1", vec![], at(3));
        a.stale = true;
        let b = Shipment::from_events(Carrier::Usps, "2", vec![], at(5));
        let t = assemble("1042", vec![a, b], at(6));
        assert!(t.stale);
        assert_eq!(t.updated_at, at(3));
        assert_eq!(serde_json::to_value(&t).unwrap()["order_id"], "1042");
    }

    #[test]
    fn the_first_promise_is_kept_across_refreshes() {
        use waymark_shared::{Eta, EtaBasis, ExceptionKind, Phase};
        let ev = |d: u32, st: Status, ph: Phase, c: &str| {
            Event::new(
                Utc.with_ymd_and_hms(2026, 3, d, 12, 0, 0).unwrap(),
                st,
                Carrier::Cainiao,
                "scan",
            )
            .with_phase(Some(ph))
            .with_location(waymark_shared::Location::new(None, None, None, Some(c)))
        };
        let first = Shipment::from_events(
            Carrier::Cainiao,
            "LP1",
            vec![ev(1, Status::InTransit, Phase::Origin, "CN")],
            at(5),
        );
        let mut before = assemble("1042", vec![first], at(5));
        // The window the buyer was first shown ended long ago.
        let promise = Eta {
            earliest: Utc.with_ymd_and_hms(2026, 3, 6, 0, 0, 0).unwrap(),
            latest: Utc.with_ymd_and_hms(2026, 3, 8, 0, 0, 0).unwrap(),
            basis: EtaBasis::LaneHistory,
        };
        before.shipments[0].promised = Some(promise.clone());
        let later = Utc.with_ymd_and_hms(2026, 3, 20, 12, 0, 0).unwrap();
        let fresh = Shipment::from_events(
            Carrier::Cainiao,
            "LP1",
            vec![
                ev(1, Status::InTransit, Phase::Origin, "CN"),
                ev(19, Status::InTransit, Phase::Linehaul, "CN"),
            ],
            later,
        );
        let kept = assemble_after("1042", vec![fresh.clone()], later, &before.shipments);
        assert_eq!(kept.shipments[0].promised, Some(promise));
        assert!(
            kept.shipments[0]
                .exceptions
                .iter()
                .any(|e| e.kind == ExceptionKind::Late),
            "{:?}",
            kept.shipments[0].exceptions
        );
        let forgot = assemble("1042", vec![fresh], later);
        assert!(!forgot.shipments[0]
            .exceptions
            .iter()
            .any(|e| e.kind == ExceptionKind::Late));
    }
}
