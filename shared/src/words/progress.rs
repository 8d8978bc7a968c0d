//! The progress bar's steps: the phases that apply to a parcel and where it is now.

use crate::{Phase, Shipment, Status};

/// The bar: its steps and how far along the parcel is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// The phases shown, in order.
    pub steps: Vec<Phase>,
    /// Index of the current step (0-based); `None` before the first scan.
    pub current: Option<usize>,
    /// Percent complete (0–100) for `aria-valuenow`.
    pub percent: u8,
}

/// The steps of a parcel: cross-border parcels pass customs and linehaul, domestic ones skip
/// them. A returning parcel shows its forward path with the return as the last step.
pub fn progress(s: &Shipment) -> Progress {
    let mut steps: Vec<Phase> = if s.is_cross_border() {
        Phase::CROSS_BORDER.to_vec()
    } else {
        Phase::DOMESTIC.to_vec()
    };
    if s.status.is_returning() {
        steps.push(Phase::Return);
    }
    let phase = match s.status {
        Status::Pending => None,
        Status::InfoReceived => Some(Phase::Origin),
        Status::Delivered => Some(Phase::LastMile),
        _ => s.phase.or(Some(Phase::Origin)),
    };
    let current = phase.and_then(|p| {
        steps.iter().position(|q| *q == p).or_else(|| {
            // A phase this bar does not show (e.g. customs on a bar for a domestic parcel):
            // the last shown step before it.
            steps.iter().rposition(|q| *q < p)
        })
    });
    let percent = match (s.status, current) {
        (Status::Delivered | Status::ReturnedToSender, _) => 100,
        (_, Some(i)) => (((i + 1) * 100) / (steps.len() + 1)) as u8,
        (_, None) => 0,
    };
    Progress {
        steps,
        current,
        percent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Carrier, Event, Location};
    use chrono::{TimeZone, Utc};

    fn ship(events: Vec<(Status, Phase, &str)>) -> Shipment {
        let at = Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap();
        let events = events
            .into_iter()
            .enumerate()
            .map(|(i, (s, p, c))| {
                Event::new(
                    at + chrono::Duration::hours(i as i64),
                    s,
                    Carrier::Usps,
                    &format!("e{i}"),
                )
                .with_phase(Some(p))
                .with_location(Location::new(None, None, None, Some(c)))
            })
            .collect();
        Shipment::from_events(Carrier::Usps, "1", events, at)
    }

    #[test]
    fn cross_border_in_customs() {
        let p = progress(&ship(vec![
            (Status::InTransit, Phase::Origin, "CN"),
            (Status::InTransit, Phase::ImportCustoms, "US"),
        ]));
        assert_eq!(p.steps.len(), 6);
        assert_eq!(p.current, Some(3));
        assert_eq!(p.percent, 57);
    }

    #[test]
    fn domestic_skips_customs_and_delivered_is_full() {
        let p = progress(&ship(vec![
            (Status::InTransit, Phase::Origin, "US"),
            (Status::Delivered, Phase::LastMile, "US"),
        ]));
        assert_eq!(p.steps, Phase::DOMESTIC.to_vec());
        assert_eq!(p.current, Some(2));
        assert_eq!(p.percent, 100);
        let pending = progress(&Shipment::from_events(
            Carrier::Usps,
            "1",
            vec![],
            Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap(),
        ));
        assert_eq!((pending.current, pending.percent), (None, 0));
    }
}
