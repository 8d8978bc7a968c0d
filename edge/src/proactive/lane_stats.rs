//! How the merchant's own lanes perform: each delivered parcel becomes a record (its lane —
//! origin, destination, carrier — and the days it spent in each phase, in customs, and whether
//! it arrived by the latest day it was first promised), and the records of a lane become its
//! statistics (count, p50/p90 per phase and door to door, on-time share, customs dwell). Pure:
//! `crate::worker_entry` stores the records (D1 `parcels`) and the console draws the table.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use waymark_shared::estimate::{destination_country, origin_country};
use waymark_shared::{Phase, Shipment, Status};

/// The phases a record measures, in path order.
pub const PHASES: [Phase; 5] = [
    Phase::Origin,
    Phase::ExportCustoms,
    Phase::Linehaul,
    Phase::ImportCustoms,
    Phase::LastMile,
];

/// One delivered parcel, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParcelRecord {
    /// The tracking number.
    pub tracking_number: String,
    /// Carrier slug.
    pub carrier: String,
    /// Origin country (ISO 3166-1 alpha-2), when known.
    pub origin: Option<String>,
    /// Destination country, when known.
    pub destination: Option<String>,
    /// The first scan (Unix ms).
    pub shipped_at: f64,
    /// The delivery scan (Unix ms).
    pub delivered_at: f64,
    /// Days in each of [`PHASES`] (None: the parcel's scans never showed that phase).
    pub phase_days: [Option<f64>; 5],
    /// Days between entering import customs and leaving it.
    pub customs_days: Option<f64>,
    /// Whether it arrived by the latest day first promised (None: no promise was shown).
    pub on_time: Option<bool>,
}

fn days(from: DateTime<Utc>, to: DateTime<Utc>) -> f64 {
    (to - from).num_minutes().max(0) as f64 / 1440.0
}

/// The phase a scan counts for: the destination's own scans (arrival, sorting) count as the
/// last mile — the merchant sees "after customs" as one stretch.
fn measured(p: Phase) -> Option<usize> {
    match p {
        Phase::Destination => Some(4),
        other => PHASES.iter().position(|x| *x == other),
    }
}

/// The record of a delivered parcel; None for one not delivered (or with no scans).
pub fn record(s: &Shipment) -> Option<ParcelRecord> {
    if s.status != Status::Delivered {
        return None;
    }
    let mut events: Vec<_> = s.events.iter().collect();
    events.sort_by_key(|e| e.at);
    let first = events.first()?.at;
    let delivered = events
        .iter()
        .rev()
        .find(|e| e.status == Status::Delivered)
        .map_or(events.last()?.at, |e| e.at);
    // Each phase lasts from its first scan to the next phase's first scan.
    let mut starts: [Option<DateTime<Utc>>; 5] = [None; 5];
    for e in &events {
        if let Some(i) = e.phase.and_then(measured) {
            starts[i].get_or_insert(e.at);
        }
    }
    let mut phase_days = [None; 5];
    for i in 0..5 {
        let Some(start) = starts[i] else { continue };
        let end = starts[i + 1..]
            .iter()
            .flatten()
            .min()
            .copied()
            .unwrap_or(delivered);
        phase_days[i] = Some(days(start, end.max(start)));
    }
    let customs_days = phase_days[3];
    Some(ParcelRecord {
        tracking_number: s.tracking_number.clone(),
        carrier: s.carrier.slug().to_string(),
        origin: origin_country(s),
        destination: destination_country(s),
        shipped_at: first.timestamp_millis() as f64,
        delivered_at: delivered.timestamp_millis() as f64,
        phase_days,
        customs_days,
        on_time: s
            .promised
            .as_ref()
            .map(|p| delivered.date_naive() <= p.latest.date_naive()),
    })
}

/// The `p`-quantile (0–1) of sorted values, by linear interpolation.
pub fn quantile(sorted: &[f64], p: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let pos = p.clamp(0.0, 1.0) * (sorted.len() - 1) as f64;
    let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
    Some(sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo as f64))
}

/// p50 and p90 of some values.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Spread {
    /// Median.
    pub p50: f64,
    /// 90th percentile.
    pub p90: f64,
    /// How many values.
    pub n: usize,
}

fn spread(values: impl Iterator<Item = f64>) -> Option<Spread> {
    let mut v: Vec<f64> = values.filter(|x| x.is_finite()).collect();
    v.sort_by(f64::total_cmp);
    Some(Spread {
        p50: quantile(&v, 0.5)?,
        p90: quantile(&v, 0.9)?,
        n: v.len(),
    })
}

/// One lane's statistics.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lane {
    /// Origin country.
    pub origin: Option<String>,
    /// Destination country.
    pub destination: Option<String>,
    /// Carrier slug.
    pub carrier: String,
    /// Delivered parcels.
    pub count: usize,
    /// Door to door, in days.
    pub total: Option<Spread>,
    /// Each of [`PHASES`], in days.
    pub phases: [Option<Spread>; 5],
    /// Import customs dwell, in days.
    pub customs: Option<Spread>,
    /// On time against the first promise: (on time, with a promise).
    pub on_time: (usize, usize),
}

/// The lanes of these records, busiest first.
pub fn lanes(records: &[ParcelRecord]) -> Vec<Lane> {
    let mut keys: Vec<(Option<String>, Option<String>, String)> = Vec::new();
    for r in records {
        let k = (r.origin.clone(), r.destination.clone(), r.carrier.clone());
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    let mut out: Vec<Lane> = keys
        .into_iter()
        .map(|(origin, destination, carrier)| {
            let mine: Vec<&ParcelRecord> = records
                .iter()
                .filter(|r| {
                    r.origin == origin && r.destination == destination && r.carrier == carrier
                })
                .collect();
            let phases =
                std::array::from_fn(|i| spread(mine.iter().filter_map(|r| r.phase_days[i])));
            Lane {
                count: mine.len(),
                total: spread(
                    mine.iter()
                        .map(|r| (r.delivered_at - r.shipped_at) / 86_400_000.0),
                ),
                phases,
                customs: spread(mine.iter().filter_map(|r| r.customs_days)),
                on_time: (
                    mine.iter().filter(|r| r.on_time == Some(true)).count(),
                    mine.iter().filter(|r| r.on_time.is_some()).count(),
                ),
                origin,
                destination,
                carrier,
            }
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.carrier.cmp(&b.carrier)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};
    use waymark_shared::location::Location;
    use waymark_shared::{Carrier, Eta, EtaBasis, Event};

    fn parcel(steps: &[(f64, Phase, Status, &str)], promised_days: Option<i64>) -> Shipment {
        let t0 = Utc.with_ymd_and_hms(2026, 10, 1, 0, 0, 0).unwrap();
        let events = steps
            .iter()
            .map(|(d, phase, status, country)| {
                let mut e = Event::new(
                    t0 + Duration::minutes((d * 1440.0) as i64),
                    *status,
                    Carrier::Cainiao,
                    "scan",
                );
                e.phase = Some(*phase);
                e.location = Location::new(None, None, None, Some(country)).non_empty();
                e
            })
            .collect();
        let mut s = Shipment::from_events(Carrier::Cainiao, "LP1", events, t0);
        s.status = steps.last().unwrap().2;
        s.promised = promised_days.map(|d| Eta {
            earliest: t0,
            latest: t0 + Duration::days(d),
            basis: EtaBasis::LaneHistory,
        });
        s
    }

    fn delivered(promised: Option<i64>) -> Shipment {
        parcel(
            &[
                (0.0, Phase::Origin, Status::InTransit, "CN"),
                (1.0, Phase::ExportCustoms, Status::InTransit, "CN"),
                (2.0, Phase::Linehaul, Status::InTransit, "CN"),
                (4.0, Phase::ImportCustoms, Status::InTransit, "US"),
                (6.5, Phase::LastMile, Status::OutForDelivery, "US"),
                (7.0, Phase::LastMile, Status::Delivered, "US"),
            ],
            promised,
        )
    }

    #[test]
    fn a_delivered_parcel_is_measured_phase_by_phase() {
        let r = record(&delivered(Some(10))).unwrap();
        assert_eq!(
            r.phase_days,
            [Some(1.0), Some(1.0), Some(2.0), Some(2.5), Some(0.5)]
        );
        assert_eq!(r.customs_days, Some(2.5));
        assert_eq!(
            (r.origin.as_deref(), r.destination.as_deref()),
            (Some("CN"), Some("US"))
        );
        assert_eq!(r.on_time, Some(true));
        assert_eq!(record(&delivered(Some(5))).unwrap().on_time, Some(false));
        assert_eq!(record(&delivered(None)).unwrap().on_time, None);
        let moving = parcel(&[(0.0, Phase::Origin, Status::InTransit, "CN")], None);
        assert_eq!(record(&moving), None, "only delivered parcels are history");
    }

    #[test]
    fn quantiles_interpolate() {
        let v = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!(quantile(&v, 0.5), Some(3.0));
        assert_eq!(quantile(&v, 0.9), Some(4.6));
        assert_eq!(quantile(&[], 0.5), None);
    }

    #[test]
    fn lanes_group_count_and_rank() {
        let mut a = record(&delivered(Some(10))).unwrap();
        let mut b = a.clone();
        b.delivered_at += 2.0 * 86_400_000.0;
        b.on_time = Some(false);
        let mut other = a.clone();
        other.carrier = "usps".into();
        a.tracking_number = "A".into();
        let lanes = lanes(&[a, b, other]);
        assert_eq!(lanes.len(), 2);
        assert_eq!((lanes[0].carrier.as_str(), lanes[0].count), ("cainiao", 2));
        assert_eq!(lanes[0].on_time, (1, 2));
        let total = lanes[0].total.unwrap();
        assert_eq!((total.p50, total.n), (8.0, 2));
    }
}
