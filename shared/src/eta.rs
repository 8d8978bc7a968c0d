//! The estimated arrival: always a range, with what it rests on.

use crate::serde_time;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// An honest delivery estimate: a window and what it is based on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Eta {
    /// The earliest instant delivery is expected.
    #[serde(with = "serde_time::utc")]
    pub earliest: DateTime<Utc>,
    /// The latest instant delivery is expected.
    #[serde(with = "serde_time::utc")]
    pub latest: DateTime<Utc>,
    /// What the window rests on.
    pub basis: EtaBasis,
}

/// The source of an estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EtaBasis {
    /// A delivery date or window the carrier committed to.
    CarrierPromise,
    /// The carrier's own (non-binding) estimate.
    CarrierEstimate,
    /// Waymark's model of the lane from the current phase and elapsed time.
    LaneHistory,
}

impl Eta {
    /// A window; the bounds are swapped if given the wrong way round.
    pub fn new(a: DateTime<Utc>, b: DateTime<Utc>, basis: EtaBasis) -> Eta {
        let (earliest, latest) = if a <= b { (a, b) } else { (b, a) };
        Eta {
            earliest: serde_time::whole_seconds(earliest),
            latest: serde_time::whole_seconds(latest),
            basis,
        }
    }
}

impl fmt::Display for EtaBasis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EtaBasis::CarrierPromise => "Carrier's delivery promise",
            EtaBasis::CarrierEstimate => "Carrier's estimate",
            EtaBasis::LaneHistory => "Typical time for this route",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn window_is_ordered_and_serialized() {
        let a = Utc.with_ymd_and_hms(2024, 1, 5, 0, 0, 0).unwrap();
        let b = Utc.with_ymd_and_hms(2024, 1, 3, 0, 0, 0).unwrap();
        let eta = Eta::new(a, b, EtaBasis::CarrierEstimate);
        assert!(eta.earliest < eta.latest);
        assert_eq!(
            serde_json::to_value(&eta).unwrap(),
            serde_json::json!({"earliest": "2024-01-03T00:00:00Z", "latest": "2024-01-05T00:00:00Z", "basis": "carrier_estimate"})
        );
    }
}
