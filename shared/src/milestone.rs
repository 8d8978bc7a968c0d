//! Milestones: the moments a buyer wants to hear about, derived from a timeline, and the
//! transitions between two snapshots of it (what is new since the last look).

use crate::{serde_time, Carrier, Event, Phase, Shipment, Status};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A milestone on the way to the buyer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneKind {
    /// The carrier has the parcel.
    PickedUp,
    /// Export customs released it.
    ExportCleared,
    /// It left the origin country.
    DepartedOriginCountry,
    /// It reached the destination country.
    ArrivedDestinationCountry,
    /// Import customs released it.
    ImportCleared,
    /// It is at a pickup point.
    AvailableForPickup,
    /// It is on the vehicle for delivery.
    OutForDelivery,
    /// It was delivered.
    Delivered,
}

impl MilestoneKind {
    /// The snake_case name used in JSON and idempotency keys.
    pub fn as_str(self) -> &'static str {
        match self {
            MilestoneKind::PickedUp => "picked_up",
            MilestoneKind::ExportCleared => "export_cleared",
            MilestoneKind::DepartedOriginCountry => "departed_origin_country",
            MilestoneKind::ArrivedDestinationCountry => "arrived_destination_country",
            MilestoneKind::ImportCleared => "import_cleared",
            MilestoneKind::AvailableForPickup => "available_for_pickup",
            MilestoneKind::OutForDelivery => "out_for_delivery",
            MilestoneKind::Delivered => "delivered",
        }
    }
}

impl fmt::Display for MilestoneKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MilestoneKind::PickedUp => "Picked up",
            MilestoneKind::ExportCleared => "Cleared export customs",
            MilestoneKind::DepartedOriginCountry => "Left the origin country",
            MilestoneKind::ArrivedDestinationCountry => "Arrived in the destination country",
            MilestoneKind::ImportCleared => "Cleared import customs",
            MilestoneKind::AvailableForPickup => "Ready for pickup",
            MilestoneKind::OutForDelivery => "Out for delivery",
            MilestoneKind::Delivered => "Delivered",
        })
    }
}

/// A milestone reached, with the scan that shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    /// Which milestone.
    pub kind: MilestoneKind,
    /// When it was reached (the scan's instant).
    #[serde(with = "serde_time::utc")]
    pub at: DateTime<Utc>,
    /// The carrier that reported it.
    pub carrier: Carrier,
    /// The carrier's words for it.
    pub description: String,
}

impl Milestone {
    /// A key that is the same every time this milestone of this shipment is seen, so a
    /// notification for it is sent once: `<tracking number>:<kind>`.
    pub fn idempotency_key(&self, shipment: &Shipment) -> String {
        format!("{}:{}", shipment.tracking_number, self.kind.as_str())
    }
}

fn milestone(kind: MilestoneKind, e: &Event) -> Milestone {
    Milestone {
        kind,
        at: e.at,
        carrier: e.carrier.clone(),
        description: e.description.clone(),
    }
}

fn first(events: &[Event], pred: impl Fn(&Event) -> bool) -> Option<&Event> {
    events.iter().find(|e| pred(e))
}

/// Every milestone the timeline shows, in path order. Each is reached at the first scan that
/// proves it; customs "cleared" is the first scan past the customs phase after one inside it.
pub fn milestones(shipment: &Shipment) -> Vec<Milestone> {
    use MilestoneKind::*;
    let ev = &shipment.events;
    let mut out = Vec::new();
    let moving = |e: &Event| {
        !matches!(
            e.status,
            Status::Pending | Status::InfoReceived | Status::Cancelled | Status::Expired
        )
    };
    if let Some(e) = first(ev, |e| moving(e) && e.phase != Some(Phase::Return)) {
        out.push(milestone(PickedUp, e));
    }
    let after_phase = |p: Phase| {
        let inside = ev.iter().position(|e| e.phase == Some(p))?;
        ev[inside..]
            .iter()
            .find(|e| e.phase.is_some_and(|q| q > p && q != Phase::Return))
    };
    if let Some(e) = after_phase(Phase::ExportCustoms) {
        out.push(milestone(ExportCleared, e));
    }
    if let Some(e) = first(ev, |e| e.phase == Some(Phase::Linehaul)) {
        out.push(milestone(DepartedOriginCountry, e));
    }
    let origin_country = ev.iter().find_map(|e| e.location.as_ref()?.country.clone());
    if let Some(e) = first(ev, |e| {
        matches!(e.phase, Some(Phase::ImportCustoms))
            || (shipment.is_cross_border()
                && matches!(e.phase, Some(Phase::Destination | Phase::LastMile)))
            || e.location
                .as_ref()
                .and_then(|l| l.country.as_ref())
                .is_some_and(|c| origin_country.as_ref().is_some_and(|o| o != c))
    }) {
        out.push(milestone(ArrivedDestinationCountry, e));
    }
    if let Some(e) = after_phase(Phase::ImportCustoms) {
        out.push(milestone(ImportCleared, e));
    }
    for (kind, status) in [
        (AvailableForPickup, Status::AvailableForPickup),
        (OutForDelivery, Status::OutForDelivery),
        (Delivered, Status::Delivered),
    ] {
        if let Some(e) = first(ev, |e| e.status == status) {
            out.push(milestone(kind, e));
        }
    }
    out.sort_by_key(|m| m.kind);
    out
}

/// The milestones `current` shows that `previous` did not (all of them when there is no
/// previous snapshot): what to notify about after a refresh.
pub fn new_milestones(previous: Option<&Shipment>, current: &Shipment) -> Vec<Milestone> {
    let seen: Vec<MilestoneKind> = previous
        .map(|p| milestones(p).into_iter().map(|m| m.kind).collect())
        .unwrap_or_default();
    milestones(current)
        .into_iter()
        .filter(|m| !seen.contains(&m.kind))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Location;
    use chrono::TimeZone;

    fn ev(day: u32, status: Status, phase: Phase, country: &str, carrier: Carrier) -> Event {
        Event::new(
            Utc.with_ymd_and_hms(2026, 3, day, 12, 0, 0).unwrap(),
            status,
            carrier,
            "scan",
        )
        .with_phase(Some(phase))
        .with_location(Location::new(None, None, None, Some(country)))
    }

    fn cross_border() -> Shipment {
        use Carrier::*;
        Shipment::from_events(
            Cainiao,
            "LP1",
            vec![
                ev(1, Status::InfoReceived, Phase::Origin, "CN", Cainiao),
                ev(2, Status::InTransit, Phase::Origin, "CN", Cainiao),
                ev(3, Status::InTransit, Phase::ExportCustoms, "CN", Cainiao),
                ev(4, Status::InTransit, Phase::Linehaul, "CN", Cainiao),
                ev(6, Status::InTransit, Phase::ImportCustoms, "US", Usps),
                ev(8, Status::InTransit, Phase::Destination, "US", Usps),
                ev(9, Status::OutForDelivery, Phase::LastMile, "US", Usps),
                ev(9, Status::Delivered, Phase::LastMile, "US", Usps),
            ],
            Utc.with_ymd_and_hms(2026, 3, 10, 0, 0, 0).unwrap(),
        )
    }

    #[test]
    fn all_milestones_of_a_cross_border_parcel() {
        let s = cross_border();
        let kinds: Vec<_> = milestones(&s).into_iter().map(|m| m.kind).collect();
        use MilestoneKind::*;
        assert_eq!(
            kinds,
            [
                PickedUp,
                ExportCleared,
                DepartedOriginCountry,
                ArrivedDestinationCountry,
                ImportCleared,
                OutForDelivery,
                Delivered
            ]
        );
        let m = milestones(&s);
        assert_eq!(m[0].at.to_rfc3339(), "2026-03-02T12:00:00+00:00");
        assert_eq!(
            m[4].carrier,
            Carrier::Usps,
            "import cleared by the last-mile scan"
        );
        assert_eq!(m[0].idempotency_key(&s), "LP1:picked_up");
    }

    #[test]
    fn only_new_milestones_are_reported() {
        let full = cross_border();
        let mut earlier = full.clone();
        earlier.events.truncate(4);
        earlier.normalize();
        let new: Vec<_> = new_milestones(Some(&earlier), &full)
            .into_iter()
            .map(|m| m.kind)
            .collect();
        use MilestoneKind::*;
        assert_eq!(
            new,
            [
                ArrivedDestinationCountry,
                ImportCleared,
                OutForDelivery,
                Delivered
            ]
        );
        assert!(new_milestones(Some(&full), &full).is_empty());
        assert_eq!(new_milestones(None, &full).len(), 7);
    }

    #[test]
    fn domestic_parcel_has_no_border_milestones() {
        let s = Shipment::from_events(
            Carrier::Usps,
            "9400",
            vec![
                ev(1, Status::InTransit, Phase::Origin, "US", Carrier::Usps),
                ev(
                    2,
                    Status::InTransit,
                    Phase::Destination,
                    "US",
                    Carrier::Usps,
                ),
                ev(3, Status::Delivered, Phase::LastMile, "US", Carrier::Usps),
            ],
            Utc.with_ymd_and_hms(2026, 3, 10, 0, 0, 0).unwrap(),
        );
        let kinds: Vec<_> = milestones(&s).into_iter().map(|m| m.kind).collect();
        assert_eq!(kinds, [MilestoneKind::PickedUp, MilestoneKind::Delivered]);
    }
}
