//! One normalized tracking event (a carrier scan).

use crate::{serde_time, Carrier, Location, Phase, Reason, Status};
use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};

/// A carrier scan, normalized: the true UTC instant, what it means and where it happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// The instant of the scan, in UTC.
    #[serde(with = "serde_time::utc")]
    pub at: DateTime<Utc>,
    /// The offset of the scan's local time, when the carrier gave or implied one.
    #[serde(with = "serde_time::offset_opt", default)]
    pub local_offset: Option<FixedOffset>,
    /// The normalized status this scan implies.
    pub status: Status,
    /// The phase of the cross-border path, when it can be told.
    pub phase: Option<Phase>,
    /// True when `phase` was inferred by Waymark (from the scan's country and its place in the
    /// timeline, see [`crate::phase_infer`]) rather than given by the carrier's data. Absent
    /// from the JSON when false, so carrier-given phases serialize as before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub phase_inferred: bool,
    /// Why, for exceptions and failed attempts.
    pub reason: Option<Reason>,
    /// The carrier's own words, kept as text (never interpreted as markup).
    pub description: String,
    /// The carrier's raw event code, when it gave one.
    pub code: Option<String>,
    /// The carrier that reported the scan.
    pub carrier: Carrier,
    /// Where the scan happened, city-level.
    pub location: Option<Location>,
}

impl Event {
    /// A minimal event; the other fields are filled by the builder-style setters.
    pub fn new(at: DateTime<Utc>, status: Status, carrier: Carrier, description: &str) -> Event {
        Event {
            at: serde_time::whole_seconds(at),
            local_offset: None,
            status,
            phase: None,
            phase_inferred: false,
            reason: None,
            description: description.to_string(),
            code: None,
            carrier,
            location: None,
        }
    }

    /// The scan's wall-clock time where it happened, when the offset is known.
    pub fn local_time(&self) -> Option<DateTime<FixedOffset>> {
        self.local_offset.map(|o| self.at.with_timezone(&o))
    }

    /// Sets the phase (as the carrier's data gave it: not inferred).
    pub fn with_phase(mut self, phase: Option<Phase>) -> Event {
        self.phase = phase;
        self.phase_inferred = false;
        self
    }

    /// Sets the reason.
    pub fn with_reason(mut self, reason: Option<Reason>) -> Event {
        self.reason = reason;
        self
    }

    /// Sets the raw code.
    pub fn with_code(mut self, code: Option<&str>) -> Event {
        // A code is one short token ("OF", "GTMS_SIGNED", "pre-transit"); anything after it
        // is not the code (and may be someone's name).
        self.code = code
            .and_then(|c| c.split_whitespace().next())
            .filter(|c| {
                c.len() <= 40
                    && c.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"_-.:/".contains(&b))
            })
            .map(str::to_string);
        self
    }

    /// Sets the location (an empty one becomes `None`).
    pub fn with_location(mut self, location: Location) -> Event {
        self.location = location.non_empty();
        self
    }

    /// Sets the local offset.
    pub fn with_offset(mut self, offset: Option<FixedOffset>) -> Event {
        self.local_offset = offset;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn json_shape_is_the_contract() {
        let at = Utc.with_ymd_and_hms(2024, 5, 2, 1, 30, 0).unwrap();
        let e = Event::new(
            at,
            Status::InTransit,
            Carrier::Cainiao,
            "Departed <b>hub</b>",
        )
        .with_offset(FixedOffset::east_opt(8 * 3600))
        .with_phase(Some(Phase::Origin))
        .with_code(Some(" GTMS_OE_DEPART "))
        .with_location(Location::new(Some("Shenzhen"), None, None, Some("cn")));
        let v = serde_json::to_value(&e).unwrap();
        assert_eq!(
            v,
            serde_json::json!({
                "at": "2024-05-02T01:30:00Z",
                "local_offset": "+08:00",
                "status": "in_transit",
                "phase": "origin",
                "reason": null,
                "description": "Departed <b>hub</b>",
                "code": "GTMS_OE_DEPART",
                "carrier": "cainiao",
                "location": {"city": "Shenzhen", "region": null, "postal_code": null, "country": "CN"}
            })
        );
        let back: Event = serde_json::from_value(v).unwrap();
        assert_eq!(back, e);
        assert_eq!(
            back.local_time().unwrap().to_rfc3339(),
            "2024-05-02T09:30:00+08:00"
        );
    }

    #[test]
    fn an_inferred_phase_is_marked_and_a_given_one_unchanged_in_json() {
        let at = Utc.with_ymd_and_hms(2024, 5, 2, 1, 30, 0).unwrap();
        let given = Event::new(at, Status::InTransit, Carrier::Usps, "Departed facility")
            .with_phase(Some(Phase::Destination));
        let v = serde_json::to_value(&given).unwrap();
        assert!(v.get("phase_inferred").is_none(), "absent when false");
        let mut inferred = given.clone();
        inferred.phase_inferred = true;
        let v = serde_json::to_value(&inferred).unwrap();
        assert_eq!(v["phase_inferred"], serde_json::json!(true));
        assert_eq!(serde_json::from_value::<Event>(v).unwrap(), inferred);
        // Setting a phase from the carrier's data clears the mark.
        assert!(!inferred.with_phase(Some(Phase::Origin)).phase_inferred);
    }
}
