//! The rules of a timeline: ordering, deduplication, status monotonicity, merging of legs.

use crate::{Event, Leg, Phase, Shipment, Status};
use chrono::Duration;

/// Two scans of the same status this close together (and at a loosely matching place) are one
/// checkpoint reported twice.
pub const DEDUPE_WINDOW_MINUTES: i64 = 10;

/// Sorts events oldest first (stable, so equal instants keep the carrier's order) and keeps
/// one event per checkpoint. When two reports of a checkpoint are merged, what one lacks
/// (location, offset, phase, reason, code) is taken from the other: nothing is lost.
pub fn sort_and_dedupe(mut events: Vec<Event>) -> Vec<Event> {
    events.sort_by_key(|e| e.at);
    let window = Duration::minutes(DEDUPE_WINDOW_MINUTES);
    let mut kept: Vec<Event> = Vec::with_capacity(events.len());
    'next: for event in events {
        for earlier in kept.iter_mut().rev() {
            if event.at - earlier.at > window {
                break;
            }
            if same_checkpoint(earlier, &event) {
                fill_gaps(earlier, event);
                continue 'next;
            }
        }
        kept.push(event);
    }
    kept
}

/// Whether two events are one checkpoint reported twice: same status, within the window, at a
/// loosely matching place, and, when the same carrier reported both, the same code (or the
/// same words when there is no code). Two carriers reporting one hand-off need not agree on
/// codes or words.
pub fn same_checkpoint(a: &Event, b: &Event) -> bool {
    if a.status != b.status || (a.at - b.at).abs() > Duration::minutes(DEDUPE_WINDOW_MINUTES) {
        return false;
    }
    let places_match = match (&a.location, &b.location) {
        (Some(x), Some(y)) => x.loosely_matches(y),
        _ => true,
    };
    if !places_match {
        return false;
    }
    if a.carrier != b.carrier {
        return true;
    }
    let codes_match = match (&a.code, &b.code) {
        (Some(x), Some(y)) => x.eq_ignore_ascii_case(y),
        _ => true,
    };
    codes_match && (a.at == b.at || fold(&a.description) == fold(&b.description))
}

fn fold(text: &str) -> String {
    crate::fold::key(text)
}

fn fill_gaps(kept: &mut Event, dropped: Event) {
    if kept.location.is_none() {
        kept.location = dropped.location;
    }
    if kept.local_offset.is_none() {
        kept.local_offset = dropped.local_offset;
    }
    if kept.phase.is_none() {
        kept.phase = dropped.phase;
    }
    if kept.reason.is_none() {
        kept.reason = dropped.reason;
    }
    if kept.code.is_none() {
        kept.code = dropped.code;
    }
    if kept.description.trim().is_empty() {
        kept.description = dropped.description;
    }
}

/// The shipment status the events show. A terminal status anywhere wins (the strongest one),
/// whatever the sort order; "returning to sender" sticks once seen; otherwise the latest
/// event's status, where a late pre-transit scan ("label created") never moves a parcel that
/// is already moving back to "info received".
pub fn derive_status(events: &[Event]) -> Status {
    if let Some(terminal) = events
        .iter()
        .map(|e| e.status)
        .filter(|s| s.is_terminal())
        .max_by_key(|s| s.terminal_rank())
    {
        return terminal;
    }
    if events.iter().any(|e| e.status == Status::ReturningToSender) {
        return Status::ReturningToSender;
    }
    let moving = events
        .iter()
        .rev()
        .find(|e| !matches!(e.status, Status::Pending | Status::InfoReceived));
    match (moving, events.last()) {
        (Some(e), _) => e.status,
        (None, Some(last)) => last.status,
        (None, None) => Status::Pending,
    }
}

/// The phase a status implies on its own, when it implies one.
pub fn phase_for_status(status: Status) -> Option<Phase> {
    match status {
        Status::OutForDelivery
        | Status::AvailableForPickup
        | Status::FailedAttempt
        | Status::Delivered => Some(Phase::LastMile),
        Status::ReturningToSender | Status::ReturnedToSender => Some(Phase::Return),
        Status::InfoReceived => Some(Phase::Origin),
        _ => None,
    }
}

/// The shipment phase: `return` once returning; otherwise the furthest forward phase any event
/// reached (parcels do not travel backwards; a late or mis-sorted scan cannot undo progress),
/// raised to what the status itself implies.
pub fn derive_phase(events: &[Event], status: Status) -> Option<Phase> {
    if matches!(status, Status::ReturningToSender | Status::ReturnedToSender) {
        return Some(Phase::Return);
    }
    let furthest = events
        .iter()
        .filter_map(|e| e.phase)
        .filter(|p| *p != Phase::Return)
        .max();
    match (furthest, phase_for_status(status)) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// Whether the events show a border crossing: a customs or linehaul phase, or scans in two
/// countries.
pub fn is_cross_border(events: &[Event]) -> bool {
    if events
        .iter()
        .any(|e| e.phase.is_some_and(Phase::is_cross_border_only))
    {
        return true;
    }
    let mut countries = events
        .iter()
        .filter_map(|e| e.location.as_ref()?.country.as_deref());
    match countries.next() {
        Some(first) => countries.any(|c| c != first),
        None => false,
    }
}

/// See [`Shipment::merge_legs`].
pub fn merge_legs(mut parts: Vec<Shipment>) -> Option<Shipment> {
    if parts.is_empty() {
        return None;
    }
    let named_by = (parts[0].carrier.clone(), parts[0].tracking_number.clone());
    // Hand-off order: by each part's first event; parts with no events go last, in given order.
    // Ties are broken by carrier and number, so the merge never depends on the parts' order.
    parts.sort_by(|a, b| {
        let key = |p: &Shipment| {
            (
                p.events.first().map(|e| e.at).is_none(),
                p.events.first().map(|e| e.at),
            )
        };
        key(a)
            .cmp(&key(b))
            .then_with(|| a.carrier.slug().cmp(b.carrier.slug()))
            .then_with(|| a.tracking_number.cmp(&b.tracking_number))
    });
    let mut legs: Vec<Leg> = Vec::new();
    let mut events = Vec::new();
    let mut exceptions = Vec::new();
    let mut eta = None;
    let mut promised = None;
    let mut pickup = None;
    let mut stale = false;
    let mut updated_at = parts[0].updated_at;
    for part in parts {
        // The first promise any leg carries stands; the latest leg's pickup point wins.
        promised = promised.or(part.promised);
        if part.pickup.is_some() {
            pickup = part.pickup;
        }
        for leg in part.legs {
            if !legs.contains(&leg) {
                legs.push(leg);
            }
        }
        events.extend(part.events);
        exceptions.extend(part.exceptions);
        if part.eta.is_some() {
            eta = part.eta;
        }
        stale |= part.stale;
        updated_at = updated_at.min(part.updated_at);
    }
    let mut merged = Shipment {
        carrier: named_by.0,
        tracking_number: named_by.1,
        status: Status::Pending,
        phase: None,
        legs,
        events,
        eta,
        promised,
        pickup,
        exceptions,
        updated_at,
        stale,
    };
    merged.normalize();
    Some(merged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Carrier, Location};
    use chrono::{DateTime, TimeZone, Utc};

    fn at(h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2024, 6, 1, h, m, 0).unwrap()
    }

    fn ev(h: u32, m: u32, status: Status, carrier: Carrier, text: &str) -> Event {
        Event::new(at(h, m), status, carrier, text)
    }

    #[test]
    fn delivered_stays_delivered_whatever_the_order() {
        // Landmark's real case: the delivery scan sorts before origin scans of the same day.
        let events = vec![
            ev(
                4,
                23,
                Status::Delivered,
                Carrier::Landmark,
                "Item delivered",
            ),
            ev(7, 54, Status::InTransit, Carrier::Landmark, "Processed"),
            ev(
                7,
                56,
                Status::InfoReceived,
                Carrier::Landmark,
                "Data uploaded",
            ),
        ];
        let sorted = sort_and_dedupe(events);
        assert_eq!(derive_status(&sorted), Status::Delivered);
        assert_eq!(
            derive_phase(&sorted, Status::Delivered),
            Some(Phase::LastMile)
        );
    }

    #[test]
    fn late_label_scan_does_not_move_status_back() {
        let events = sort_and_dedupe(vec![
            ev(1, 0, Status::InTransit, Carrier::Ups, "Departed"),
            ev(2, 0, Status::InfoReceived, Carrier::Ups, "Label created"),
        ]);
        assert_eq!(derive_status(&events), Status::InTransit);
        assert_eq!(derive_status(&[]), Status::Pending);
    }

    #[test]
    fn exception_then_moving_again_is_in_transit() {
        let events = sort_and_dedupe(vec![
            ev(1, 0, Status::Exception, Carrier::Dhl, "Held"),
            ev(5, 0, Status::InTransit, Carrier::Dhl, "Released"),
        ]);
        assert_eq!(derive_status(&events), Status::InTransit);
    }

    #[test]
    fn same_checkpoint_from_two_carriers_is_kept_once_with_gaps_filled() {
        let a = ev(
            10,
            0,
            Status::InTransit,
            Carrier::Cainiao,
            "Arrived at destination country",
        )
        .with_location(Location::new(Some("NEW YORK"), None, None, Some("US")));
        let b = ev(
            10,
            4,
            Status::InTransit,
            Carrier::Usps,
            "Processed through ISC",
        )
        .with_location(Location::new(
            Some("JFK ISC NEW YORK NY"),
            Some("NY"),
            None,
            Some("US"),
        ))
        .with_phase(Some(Phase::ImportCustoms));
        let out = sort_and_dedupe(vec![b, a]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].carrier, Carrier::Cainiao);
        assert_eq!(out[0].phase, Some(Phase::ImportCustoms));
    }

    #[test]
    fn distinct_scans_of_one_carrier_are_not_merged() {
        let out = sort_and_dedupe(vec![
            ev(
                10,
                0,
                Status::InTransit,
                Carrier::Usps,
                "Arrived at facility",
            )
            .with_code(Some("10")),
            ev(10, 3, Status::InTransit, Carrier::Usps, "Departed facility").with_code(Some("EF")),
            ev(10, 3, Status::InTransit, Carrier::Usps, "Departed facility").with_code(Some("EF")),
        ]);
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn different_places_are_different_checkpoints() {
        let out = sort_and_dedupe(vec![
            ev(10, 0, Status::InTransit, Carrier::Cainiao, "x").with_location(Location::new(
                Some("Paris"),
                None,
                None,
                Some("FR"),
            )),
            ev(10, 1, Status::InTransit, Carrier::Usps, "x").with_location(Location::new(
                Some("Lyon"),
                None,
                None,
                Some("FR"),
            )),
        ]);
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn merge_orders_legs_by_hand_off() {
        let now = at(23, 0);
        let last_mile = Shipment::from_events(
            Carrier::Usps,
            "9400100000000000000000",
            vec![ev(20, 0, Status::Delivered, Carrier::Usps, "Delivered")],
            now,
        );
        let first = Shipment::from_events(
            Carrier::Cainiao,
            "lp00000000001",
            vec![
                ev(1, 0, Status::InTransit, Carrier::Cainiao, "Accepted"),
                ev(9, 0, Status::InTransit, Carrier::Cainiao, "Departed CN"),
            ],
            now,
        );
        let merged = Shipment::merge_legs(vec![last_mile, first]).unwrap();
        assert_eq!(
            merged.carrier,
            Carrier::Usps,
            "first part names the shipment"
        );
        assert_eq!(merged.legs[0].carrier, Carrier::Cainiao);
        assert_eq!(merged.legs[0].tracking_number, "LP00000000001");
        assert_eq!(merged.legs[1].carrier, Carrier::Usps);
        assert_eq!(merged.events.len(), 3);
        assert_eq!(merged.status, Status::Delivered);
        assert!(merged.events.windows(2).all(|w| w[0].at <= w[1].at));
        assert!(Shipment::merge_legs(vec![]).is_none());
    }

    #[test]
    fn cross_border_detection() {
        let domestic = vec![
            ev(1, 0, Status::InTransit, Carrier::Usps, "a").with_location(Location::new(
                None,
                None,
                None,
                Some("US"),
            )),
            ev(2, 0, Status::Delivered, Carrier::Usps, "b").with_location(Location::new(
                None,
                None,
                None,
                Some("US"),
            )),
        ];
        assert!(!is_cross_border(&domestic));
        let mut abroad = domestic.clone();
        abroad[0].location = Location::new(None, None, None, Some("CN")).non_empty();
        assert!(is_cross_border(&abroad));
    }

    #[test]
    fn reported_status_never_moves_backwards() {
        let mut s = Shipment::from_events(
            Carrier::Dhl,
            "123",
            vec![ev(1, 0, Status::Delivered, Carrier::Dhl, "Delivered")],
            at(2, 0),
        );
        s.apply_reported_status(Status::InTransit);
        assert_eq!(s.status, Status::Delivered);
        let mut empty = Shipment::from_events(Carrier::Dhl, "123", vec![], at(2, 0));
        assert_eq!(empty.status, Status::Pending);
        empty.apply_reported_status(Status::InTransit);
        assert_eq!(empty.status, Status::InTransit);
    }
}
