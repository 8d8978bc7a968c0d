//! How often a watched parcel is asked about: often when something is about to happen (out
//! for delivery), rarely when nothing can (a container ship at sea), never once it is final.

use chrono::{DateTime, Duration, Utc};
use waymark_shared::{Phase, Shipment, Status};

/// The gap before the next refresh after a carrier failed to answer.
pub const AFTER_FAILURE: Duration = Duration::hours(1);

/// Days in linehaul after which the parcel is taken to be at sea, not in the air.
const SEA_AFTER_DAYS: i64 = 4;

/// How long to wait before asking about this parcel again; `None` once it is final.
pub fn interval(s: &Shipment, now: DateTime<Utc>) -> Option<Duration> {
    if s.status.is_terminal() {
        return None;
    }
    if s.stale {
        return Some(AFTER_FAILURE);
    }
    Some(match s.status {
        Status::OutForDelivery | Status::FailedAttempt => Duration::minutes(30),
        Status::AvailableForPickup | Status::Exception => Duration::hours(2),
        Status::ReturningToSender => Duration::hours(12),
        Status::Pending | Status::InfoReceived => Duration::hours(6),
        _ => match s.phase {
            Some(Phase::LastMile) => Duration::hours(1),
            Some(Phase::Destination) => Duration::hours(2),
            Some(Phase::ImportCustoms | Phase::ExportCustoms) => Duration::hours(3),
            Some(Phase::Linehaul) => {
                let since = s
                    .events
                    .iter()
                    .find(|e| e.phase == Some(Phase::Linehaul))
                    .map_or(now, |e| e.at);
                if now - since > Duration::days(SEA_AFTER_DAYS) {
                    Duration::hours(12)
                } else {
                    Duration::hours(4)
                }
            }
            _ => Duration::hours(4),
        },
    })
}

/// When an order with these parcels is next due; `None` when every parcel is final.
pub fn next_refresh(parcels: &[Shipment], now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    parcels
        .iter()
        .filter_map(|s| interval(s, now))
        .min()
        .map(|gap| now + gap)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use waymark_shared::{Carrier, Event};

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 20, 0, 0, 0).unwrap()
    }

    fn parcel(status: Status, phase: Phase, days_ago: i64) -> Shipment {
        let e = Event::new(
            now() - Duration::days(days_ago),
            status,
            Carrier::Cainiao,
            "scan",
        )
        .with_phase(Some(phase));
        Shipment::from_events(Carrier::Cainiao, "LP1", vec![e], now())
    }

    #[test]
    fn fast_near_the_door_slow_at_sea_never_when_final() {
        let out = interval(&parcel(Status::OutForDelivery, Phase::LastMile, 0), now());
        let air = interval(&parcel(Status::InTransit, Phase::Linehaul, 1), now());
        let sea = interval(&parcel(Status::InTransit, Phase::Linehaul, 10), now());
        let customs = interval(&parcel(Status::InTransit, Phase::ImportCustoms, 1), now());
        assert_eq!(out, Some(Duration::minutes(30)));
        assert!(
            out < customs && customs < air && air < sea,
            "{out:?} {customs:?} {air:?} {sea:?}"
        );
        assert_eq!(sea, Some(Duration::hours(12)));
        assert_eq!(
            interval(&parcel(Status::Delivered, Phase::LastMile, 0), now()),
            None
        );
    }

    #[test]
    fn a_failed_carrier_is_asked_again_within_the_hour() {
        let mut s = parcel(Status::InTransit, Phase::Linehaul, 10);
        s.stale = true;
        assert_eq!(interval(&s, now()), Some(AFTER_FAILURE));
    }

    #[test]
    fn the_most_urgent_parcel_sets_the_order_cadence() {
        let parcels = [
            parcel(Status::InTransit, Phase::Linehaul, 10),
            parcel(Status::OutForDelivery, Phase::LastMile, 0),
            parcel(Status::Delivered, Phase::LastMile, 0),
        ];
        assert_eq!(
            next_refresh(&parcels, now()),
            Some(now() + Duration::minutes(30))
        );
        assert_eq!(next_refresh(&parcels[2..], now()), None);
    }
}
