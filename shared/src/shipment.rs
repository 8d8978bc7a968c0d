//! A shipment: one parcel's merged timeline across all its legs.

use crate::{phase_infer, timeline};
use crate::{serde_time, Carrier, Eta, Event, Leg, Phase, PickupPoint, ShipmentException, Status};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One parcel, normalized: its legs in hand-off order, its events oldest first, and the
/// status, phase, ETA and exceptions derived from them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shipment {
    /// The carrier of the number the shipment is known by (the first leg's, as a rule).
    pub carrier: Carrier,
    /// The number the shipment is known by.
    pub tracking_number: String,
    /// The current status (never moved backwards past a terminal state).
    pub status: Status,
    /// The current phase, when known.
    pub phase: Option<Phase>,
    /// Every carrier leg, in hand-off order.
    pub legs: Vec<Leg>,
    /// Every event, oldest first, one per checkpoint.
    pub events: Vec<Event>,
    /// The delivery estimate, when there is an honest one.
    pub eta: Option<Eta>,
    /// The first window shown to the buyer (or the merchant's promised date), kept across
    /// refreshes: a parcel past its latest day is late, whatever the current estimate says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promised: Option<Eta>,
    /// The pickup point holding the parcel, when the carrier names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pickup: Option<PickupPoint>,
    /// What needs attention.
    pub exceptions: Vec<ShipmentException>,
    /// When the carriers were last asked.
    #[serde(with = "serde_time::utc")]
    pub updated_at: DateTime<Utc>,
    /// True when a carrier could not be reached and this is the last good timeline.
    pub stale: bool,
}

impl Shipment {
    /// A shipment from one carrier's events: events sorted oldest first and deduplicated,
    /// status and phase derived, the carrier's own number as the first leg.
    pub fn from_events(
        carrier: Carrier,
        tracking_number: &str,
        events: Vec<Event>,
        updated_at: DateTime<Utc>,
    ) -> Shipment {
        let leg = Leg::new(carrier.clone(), tracking_number);
        let mut shipment = Shipment {
            carrier,
            tracking_number: leg.tracking_number.clone(),
            status: Status::Pending,
            phase: None,
            legs: vec![leg],
            events,
            eta: None,
            promised: None,
            pickup: None,
            exceptions: Vec::new(),
            updated_at: serde_time::whole_seconds(updated_at),
            stale: false,
        };
        shipment.normalize();
        shipment
    }

    /// Re-applies the timeline rules after events changed: sort, dedupe, derive status/phase.
    pub fn normalize(&mut self) {
        let events = std::mem::take(&mut self.events);
        self.events = timeline::sort_and_dedupe(phase_infer::forget(events));
        phase_infer::infer(&mut self.events, &self.legs);
        self.status = timeline::derive_status(&self.events);
        self.phase = timeline::derive_phase(&self.events, self.status);
    }

    /// Takes a status the carrier reported for the whole shipment into account, without ever
    /// moving backwards: it wins when there are no events, or when it is a stronger terminal
    /// state than the events show.
    pub fn apply_reported_status(&mut self, reported: Status) {
        if self.events.is_empty()
            || reported.terminal_rank() > self.status.terminal_rank()
            || (self.status == Status::InfoReceived && reported == Status::InTransit)
        {
            self.status = reported;
            if self.phase.is_none() || reported.is_terminal() {
                self.phase = timeline::phase_for_status(reported).or(self.phase);
            }
        }
    }

    /// Adds a hand-off leg (another carrier's number for the same parcel) unless already there.
    pub fn add_leg(&mut self, leg: Leg) {
        if !leg.tracking_number.is_empty() && !self.legs.contains(&leg) {
            self.legs.push(leg);
        }
    }

    /// Whether the parcel's events (or legs) show it crossing a border.
    pub fn is_cross_border(&self) -> bool {
        timeline::is_cross_border(&self.events)
    }

    /// Merges the timelines of one parcel's legs (each fetched from its own carrier) into one.
    /// The first part names the shipment; legs follow hand-off order (by each part's first
    /// event); events are merged, deduplicated and the status re-derived; the ETA of the
    /// latest leg that has one wins; `stale` if any part is stale; `updated_at` is the oldest.
    /// Returns `None` for no parts.
    pub fn merge_legs(parts: Vec<Shipment>) -> Option<Shipment> {
        timeline::merge_legs(parts)
    }
}
