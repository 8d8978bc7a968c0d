//! Waymark's own ETA: an honest range from the current phase, the time already spent in it and
//! the lane's typical days for what remains. Widens, never shrinks, when data is thin.

use crate::lanes::{lane_for, Lane};
use crate::{Eta, EtaBasis, Event, Phase, Shipment};
use chrono::{DateTime, Duration, Utc};

/// With fewer scans than this, the window is widened.
pub const THIN_DATA_EVENTS: usize = 3;
/// How much a thin-data window's latest bound is stretched (×).
pub const THIN_DATA_WIDEN: f64 = 1.5;

/// The origin country: the first scan that names a country.
pub fn origin_country(shipment: &Shipment) -> Option<String> {
    shipment
        .events
        .iter()
        .find_map(|e| e.location.as_ref()?.country.clone())
}

/// The destination country: the latest scan in a destination phase that names a country,
/// else the latest scan naming a country different from the origin.
pub fn destination_country(shipment: &Shipment) -> Option<String> {
    let country = |e: &Event| e.location.as_ref().and_then(|l| l.country.clone());
    shipment
        .events
        .iter()
        .rev()
        .filter(|e| {
            matches!(
                e.phase,
                Some(Phase::ImportCustoms | Phase::Destination | Phase::LastMile)
            )
        })
        .find_map(country)
        .or_else(|| {
            let origin = origin_country(shipment);
            shipment
                .events
                .iter()
                .rev()
                .filter_map(country)
                .find(|c| Some(c) != origin.as_ref())
        })
}

/// When the current phase began: the first scan of that phase (else the latest scan).
pub fn phase_started(shipment: &Shipment) -> Option<DateTime<Utc>> {
    let current = shipment.phase?;
    shipment
        .events
        .iter()
        .find(|e| e.phase == Some(current))
        .or(shipment.events.last())
        .map(|e| e.at)
}

fn days(n: f64) -> Duration {
    Duration::seconds((n * 86_400.0) as i64)
}

/// The remaining (min, max) days from the start of `phase` to delivery on `lane`.
fn remaining(lane: &Lane, phase: Option<Phase>) -> (u32, u32) {
    let path: &[Phase] = if lane.is_cross_border() {
        &Phase::CROSS_BORDER
    } else {
        &Phase::DOMESTIC
    };
    let from = phase
        .and_then(|p| path.iter().position(|q| *q == p))
        .unwrap_or(0);
    path[from..]
        .iter()
        .filter(|p| **p != Phase::LastMile)
        .map(|p| lane.days(*p))
        .fold((0, 0), |(a, b), d| (a + d.min, b + d.max))
}

/// An honest ETA for `shipment` at `now`. A carrier promise or estimate already on the
/// shipment wins and is returned unchanged — unless its window is past while the parcel is not
/// delivered, in which case Waymark's own window replaces it. Terminal parcels get none.
pub fn estimate(
    shipment: &Shipment,
    origin: Option<&str>,
    destination: Option<&str>,
    now: DateTime<Utc>,
) -> Option<Eta> {
    if shipment.status.is_terminal() || shipment.status.is_returning() {
        return None;
    }
    if let Some(eta) = &shipment.eta {
        if eta.basis != EtaBasis::LaneHistory && eta.latest >= now {
            return Some(eta.clone());
        }
    }
    let origin = origin
        .map(str::to_string)
        .or_else(|| origin_country(shipment));
    let destination = destination
        .map(str::to_string)
        .or_else(|| destination_country(shipment));
    let lane = lane_for(origin.as_deref(), destination.as_deref());
    let (min_days, max_days) = remaining(&lane, shipment.phase);
    let start = phase_started(shipment).unwrap_or(now);
    let mut earliest = start + days(min_days as f64);
    let mut latest = start + days(max_days as f64);
    // Thin data or no known phase: stretch the latest bound.
    if shipment.events.len() < THIN_DATA_EVENTS || shipment.phase.is_none() {
        latest = start + days(max_days as f64 * THIN_DATA_WIDEN);
    }
    // Already past the normal window: the parcel is late, so the remaining time is at least the
    // current phase's worth again from now — the window moves out, it never collapses.
    if latest <= now {
        let phase_days = shipment
            .phase
            .map(|p| lane.days(p))
            .unwrap_or(lane.destination);
        latest = now + days(phase_days.max.max(1) as f64 + max_days as f64 * 0.5);
    }
    if earliest < now {
        earliest = now;
    }
    if latest < earliest + Duration::days(1) {
        latest = earliest + Duration::days(1);
    }
    Some(Eta::new(earliest, latest, EtaBasis::LaneHistory))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Carrier, Location, Status};
    use chrono::TimeZone;

    fn at(month: u32, day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, month, day, 12, 0, 0).unwrap()
    }

    fn ev(month: u32, day: u32, status: Status, phase: Phase, country: &str) -> Event {
        Event::new(at(month, day), status, Carrier::Cainiao, "scan")
            .with_phase(Some(phase))
            .with_location(Location::new(None, None, None, Some(country)))
    }

    fn cn_us(events: Vec<Event>) -> Shipment {
        Shipment::from_events(Carrier::Cainiao, "LP1", events, at(3, 20))
    }

    #[test]
    fn lane_window_from_the_current_phase() {
        // In linehaul since 3 March on CN→US: remaining linehaul 2–6 + import 1–4 + destination
        // 2–5 = 5–15 days from 3 March → 8–18 March; now is 4 March.
        let s = cn_us(vec![
            ev(3, 1, Status::InTransit, Phase::Origin, "CN"),
            ev(3, 2, Status::InTransit, Phase::ExportCustoms, "CN"),
            ev(3, 3, Status::InTransit, Phase::Linehaul, "CN"),
        ]);
        let eta = estimate(&s, None, Some("US"), at(3, 4)).unwrap();
        assert_eq!(eta.basis, EtaBasis::LaneHistory);
        assert_eq!(eta.earliest, at(3, 8));
        assert_eq!(eta.latest, at(3, 18));
    }

    #[test]
    fn thin_data_widens() {
        let s = cn_us(vec![ev(3, 3, Status::InTransit, Phase::Linehaul, "CN")]);
        let eta = estimate(&s, None, Some("US"), at(3, 4)).unwrap();
        // 15 max days × 1.5 = 22.5 days from 3 March.
        assert_eq!(eta.latest, at(3, 3) + days(22.5));
        assert_eq!(eta.earliest, at(3, 8));
    }

    #[test]
    fn domestic_lane_skips_customs() {
        let s = Shipment::from_events(
            Carrier::Usps,
            "9400",
            vec![
                ev(3, 1, Status::InTransit, Phase::Origin, "US"),
                ev(3, 2, Status::InTransit, Phase::Destination, "US"),
                ev(3, 3, Status::InTransit, Phase::Destination, "US"),
            ],
            at(3, 3),
        );
        let eta = estimate(&s, Some("US"), Some("US"), at(3, 3)).unwrap();
        // destination 1–5 days from 2 March (when the phase began).
        assert_eq!((eta.earliest, eta.latest), (at(3, 3), at(3, 7)));
    }

    #[test]
    fn carrier_promise_wins_until_it_is_past() {
        let mut s = cn_us(vec![
            ev(3, 1, Status::InTransit, Phase::Origin, "CN"),
            ev(3, 9, Status::InTransit, Phase::ImportCustoms, "US"),
            ev(3, 10, Status::InTransit, Phase::Destination, "US"),
        ]);
        s.eta = Some(Eta::new(at(3, 12), at(3, 13), EtaBasis::CarrierPromise));
        assert_eq!(estimate(&s, None, None, at(3, 11)), s.eta);
        let late = estimate(&s, None, None, at(3, 15)).unwrap();
        assert_eq!(
            late.basis,
            EtaBasis::LaneHistory,
            "a past promise is replaced"
        );
        assert!(late.earliest >= at(3, 15));
        assert!(late.latest > late.earliest);
    }

    #[test]
    fn late_parcels_move_out_never_collapse() {
        let s = cn_us(vec![
            ev(3, 1, Status::InTransit, Phase::Origin, "CN"),
            ev(3, 2, Status::InTransit, Phase::Linehaul, "CN"),
            ev(3, 3, Status::InTransit, Phase::Linehaul, "CN"),
        ]);
        let eta = estimate(&s, None, Some("US"), at(5, 1)).unwrap();
        assert_eq!(eta.earliest, at(5, 1));
        assert!(eta.latest >= at(5, 1) + Duration::days(6));
    }

    #[test]
    fn terminal_parcels_have_no_eta() {
        let s = cn_us(vec![ev(3, 9, Status::Delivered, Phase::LastMile, "US")]);
        assert!(estimate(&s, None, None, at(3, 10)).is_none());
    }
}
