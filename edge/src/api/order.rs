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
    let mut parcels = group_parcels(shipments);
    for p in &mut parcels {
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
}
