//! A leg: one carrier's part of the journey, under its own tracking number.

use crate::Carrier;
use serde::{Deserialize, Serialize};

/// One carrier's tracking number for (part of) the journey; a shipment's legs are listed in
/// hand-off order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Leg {
    /// The carrier holding the parcel on this leg.
    pub carrier: Carrier,
    /// That carrier's tracking number.
    pub tracking_number: String,
}

impl Leg {
    /// A leg with its number trimmed and upper-cased (tracking numbers are case-insensitive).
    pub fn new(carrier: Carrier, tracking_number: &str) -> Leg {
        Leg {
            carrier,
            tracking_number: tracking_number.trim().to_ascii_uppercase(),
        }
    }
}
