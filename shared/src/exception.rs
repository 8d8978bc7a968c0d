//! Shipment-level exceptions: what needs attention, and who held the parcel when it arose.

use crate::{serde_time, Carrier, Reason};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The kind of trouble a shipment is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExceptionKind {
    /// The carrier reported an exception event.
    CarrierException,
    /// Customs has held the parcel longer than is normal for the lane.
    CustomsDwell,
    /// No scan for longer than is normal for the phase.
    Silence,
    /// A delivery attempt failed.
    FailedAttempt,
    /// The parcel is going or has gone back to the sender.
    Returned,
    /// Silent for so long the parcel is presumed lost.
    Lost,
}

/// One thing about a shipment that needs attention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShipmentException {
    /// What kind of trouble.
    pub kind: ExceptionKind,
    /// The cause, when known.
    pub reason: Option<Reason>,
    /// Since when it has applied.
    #[serde(with = "serde_time::utc")]
    pub since: DateTime<Utc>,
    /// The carrier that last held the parcel.
    pub carrier: Carrier,
    /// That carrier's tracking number (the leg).
    pub tracking_number: String,
    /// A plain-language explanation (English; the widget translates by `kind` and `reason`).
    pub message: String,
}

impl fmt::Display for ExceptionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ExceptionKind::CarrierException => "Carrier exception",
            ExceptionKind::CustomsDwell => "Held in customs",
            ExceptionKind::Silence => "No recent updates",
            ExceptionKind::FailedAttempt => "Delivery attempt failed",
            ExceptionKind::Returned => "Returned to sender",
            ExceptionKind::Lost => "Presumed lost",
        })
    }
}
