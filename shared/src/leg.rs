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
            tracking_number: clean_number(tracking_number),
        }
    }
}

/// A tracking number as the carrier's reply gives it, reduced to the number: upper case, and
/// only the leading groups of ASCII letters and digits that hold a digit ("1Z 5R8 939" →
/// "1Z5R8939"). Words after it — a label, a note, someone's name — are not the number.
pub fn clean_number(raw: &str) -> String {
    let mut out = String::new();
    for group in raw.split_whitespace() {
        let number_like = group.bytes().any(|b| b.is_ascii_digit())
            && group
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !number_like {
            break;
        }
        out.push_str(group);
    }
    if out.is_empty() {
        // No digits at all (a carrier's placeholder, a test's "X"): the first word, as given.
        out = raw
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string();
    }
    out.to_ascii_uppercase()
}
