//! Lost-parcel evidence: the chain of custody per leg, for a merchant's claim.

use crate::{serde_time, Carrier, Event, Location, Phase, Shipment, Status};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One scan, as evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scan {
    /// When.
    #[serde(with = "serde_time::utc")]
    pub at: DateTime<Utc>,
    /// The carrier that scanned it.
    pub carrier: Carrier,
    /// The normalized status.
    pub status: Status,
    /// The carrier's words.
    pub description: String,
    /// Where (city level).
    pub location: Option<Location>,
}

impl From<&Event> for Scan {
    fn from(e: &Event) -> Scan {
        Scan {
            at: e.at,
            carrier: e.carrier.clone(),
            status: e.status,
            description: e.description.clone(),
            location: e.location.clone(),
        }
    }
}

/// Custody on one leg.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegCustody {
    /// The carrier of the leg.
    pub carrier: Carrier,
    /// Its tracking number.
    pub tracking_number: String,
    /// The leg's first scan (when it took the parcel), if it ever scanned it.
    pub first_scan: Option<Scan>,
    /// The leg's last scan.
    pub last_scan: Option<Scan>,
    /// The next leg's first scan: when this carrier handed the parcel on.
    pub handed_over: Option<Scan>,
    /// Scans this leg reported.
    pub scans: usize,
    /// Whole days since this leg's last scan, for the leg that holds the parcel now.
    pub days_silent: Option<i64>,
    /// Whether this leg is the last one known to hold the parcel.
    pub holds_parcel: bool,
}

/// Who answered for one stage of the journey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageResponsibility {
    /// The stage (origin pickup, export declaration, linehaul, destination customs, last mile).
    pub phase: Phase,
    /// The carrier that held the parcel in that stage, from the scans (or the leg that should
    /// have, when no scan shows it).
    pub carrier: Carrier,
    /// Whether scans show the stage at all.
    pub scanned: bool,
    /// The last scan in that stage.
    #[serde(with = "serde_time::utc_opt")]
    pub last_scan_at: Option<DateTime<Utc>>,
}

/// The whole evidence file for one shipment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The shipment's number.
    pub tracking_number: String,
    /// Its current status.
    pub status: Status,
    /// When this evidence was compiled.
    #[serde(with = "serde_time::utc")]
    pub generated_at: DateTime<Utc>,
    /// The last scan of any leg.
    pub last_scan: Option<Scan>,
    /// Whole days since that scan.
    pub days_silent: Option<i64>,
    /// Custody per leg, in hand-off order.
    pub legs: Vec<LegCustody>,
    /// Responsibility per stage.
    pub stages: Vec<StageResponsibility>,
    /// Every scan of every leg, oldest first: the chain of custody itself.
    pub history: Vec<Scan>,
}

fn leg_index(shipment: &Shipment, carrier: &Carrier) -> Option<usize> {
    shipment.legs.iter().position(|l| &l.carrier == carrier)
}

/// Compiles the evidence for a shipment at `now`.
pub fn compile(shipment: &Shipment, now: DateTime<Utc>) -> Evidence {
    let days = |at: DateTime<Utc>| (now - at).num_days().max(0);
    let last_any = shipment.events.last();
    let holder = last_any.and_then(|e| leg_index(shipment, &e.carrier));
    let mut legs: Vec<LegCustody> = shipment
        .legs
        .iter()
        .enumerate()
        .map(|(i, leg)| {
            let mine: Vec<&Event> = shipment
                .events
                .iter()
                .filter(|e| leg_index(shipment, &e.carrier) == Some(i))
                .collect();
            LegCustody {
                carrier: leg.carrier.clone(),
                tracking_number: leg.tracking_number.clone(),
                first_scan: mine.first().map(|e| Scan::from(*e)),
                last_scan: mine.last().map(|e| Scan::from(*e)),
                handed_over: None,
                scans: mine.len(),
                days_silent: None,
                holds_parcel: holder == Some(i),
            }
        })
        .collect();
    for i in 0..legs.len().saturating_sub(1) {
        legs[i].handed_over = legs[i + 1].first_scan.clone();
    }
    let delivered = shipment.status.is_terminal();
    for leg in legs.iter_mut().filter(|l| l.holds_parcel && !delivered) {
        leg.days_silent = leg.last_scan.as_ref().map(|s| days(s.at));
    }
    let stages = [
        Phase::Origin,
        Phase::ExportCustoms,
        Phase::Linehaul,
        Phase::ImportCustoms,
        Phase::LastMile,
    ]
    .into_iter()
    .filter(|p| shipment.is_cross_border() || !p.is_cross_border_only())
    .map(|phase| {
        let in_stage: Vec<&Event> = shipment
            .events
            .iter()
            .filter(|e| match phase {
                Phase::LastMile => matches!(e.phase, Some(Phase::LastMile | Phase::Destination)),
                p => e.phase == Some(p),
            })
            .collect();
        let fallback = match phase {
            Phase::Origin | Phase::ExportCustoms | Phase::Linehaul => shipment.legs.first(),
            _ => shipment.legs.last(),
        };
        StageResponsibility {
            phase,
            carrier: in_stage
                .last()
                .map(|e| e.carrier.clone())
                .or_else(|| fallback.map(|l| l.carrier.clone()))
                .unwrap_or_else(|| shipment.carrier.clone()),
            scanned: !in_stage.is_empty(),
            last_scan_at: in_stage.last().map(|e| e.at),
        }
    })
    .collect();
    Evidence {
        tracking_number: shipment.tracking_number.clone(),
        status: shipment.status,
        generated_at: now,
        last_scan: last_any.map(Scan::from),
        days_silent: last_any.filter(|_| !delivered).map(|e| days(e.at)),
        legs,
        stages,
        history: shipment.events.iter().map(Scan::from).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Leg;
    use chrono::TimeZone;

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, day, 12, 0, 0).unwrap()
    }

    #[test]
    fn custody_chain_of_a_vanished_parcel() {
        let ev = |d, phase, carrier: Carrier, country| {
            Event::new(at(d), Status::InTransit, carrier, "scan")
                .with_phase(Some(phase))
                .with_location(Location::new(None, None, None, Some(country)))
        };
        let mut s = Shipment::from_events(
            Carrier::Cainiao,
            "LP1",
            vec![
                ev(1, Phase::Origin, Carrier::Cainiao, "CN"),
                ev(3, Phase::Linehaul, Carrier::Cainiao, "CN"),
                ev(6, Phase::ImportCustoms, Carrier::Usps, "US"),
            ],
            at(20),
        );
        s.add_leg(Leg::new(Carrier::Usps, "9400111"));
        let e = compile(&s, Utc.with_ymd_and_hms(2026, 3, 26, 12, 0, 0).unwrap());
        assert_eq!(e.legs.len(), 2);
        assert_eq!(e.legs[0].scans, 2);
        assert_eq!(e.legs[0].handed_over.as_ref().unwrap().at, at(6));
        assert!(e.legs[1].holds_parcel && !e.legs[0].holds_parcel);
        assert_eq!(e.legs[1].days_silent, Some(20));
        assert_eq!(e.days_silent, Some(20));
        let customs = e
            .stages
            .iter()
            .find(|s| s.phase == Phase::ImportCustoms)
            .unwrap();
        assert_eq!(
            (customs.carrier.clone(), customs.scanned),
            (Carrier::Usps, true)
        );
        let export = e
            .stages
            .iter()
            .find(|s| s.phase == Phase::ExportCustoms)
            .unwrap();
        assert_eq!(
            (export.carrier.clone(), export.scanned),
            (Carrier::Cainiao, false)
        );
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["legs"][1]["tracking_number"], "9400111");
    }

    #[test]
    fn delivered_parcel_is_not_silent() {
        let s = Shipment::from_events(
            Carrier::Usps,
            "9400",
            vec![Event::new(
                at(2),
                Status::Delivered,
                Carrier::Usps,
                "Delivered",
            )],
            at(3),
        );
        let e = compile(&s, at(28));
        assert_eq!(e.days_silent, None);
        assert_eq!(e.legs[0].days_silent, None);
        assert_eq!(e.stages.len(), 2, "domestic: origin and last mile only");
    }
}
