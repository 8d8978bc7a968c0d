//! Where on the cross-border path a parcel is.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A stage of the cross-border path, in the order a parcel passes them (`Return` aside).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Picked up or accepted in the origin country.
    Origin,
    /// Export clearance in the origin country.
    ExportCustoms,
    /// International transport (air or sea) between countries.
    Linehaul,
    /// Import clearance in the destination country.
    ImportCustoms,
    /// Moving inside the destination country's network.
    Destination,
    /// Out for delivery, at a pickup point, or delivered.
    LastMile,
    /// On its way back to, or back with, the sender.
    Return,
}

impl Phase {
    /// The forward phases of a cross-border parcel, in order.
    pub const CROSS_BORDER: [Phase; 6] = [
        Phase::Origin,
        Phase::ExportCustoms,
        Phase::Linehaul,
        Phase::ImportCustoms,
        Phase::Destination,
        Phase::LastMile,
    ];

    /// The forward phases of a domestic parcel: no customs, no linehaul.
    pub const DOMESTIC: [Phase; 3] = [Phase::Origin, Phase::Destination, Phase::LastMile];

    /// Whether this phase only exists for parcels that cross a border.
    pub fn is_cross_border_only(self) -> bool {
        matches!(
            self,
            Phase::ExportCustoms | Phase::Linehaul | Phase::ImportCustoms
        )
    }

    /// Whether this is a customs phase.
    pub fn is_customs(self) -> bool {
        matches!(self, Phase::ExportCustoms | Phase::ImportCustoms)
    }

    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Origin => "origin",
            Phase::ExportCustoms => "export_customs",
            Phase::Linehaul => "linehaul",
            Phase::ImportCustoms => "import_customs",
            Phase::Destination => "destination",
            Phase::LastMile => "last_mile",
            Phase::Return => "return",
        }
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Phase::Origin => "Origin",
            Phase::ExportCustoms => "Export customs",
            Phase::Linehaul => "International transit",
            Phase::ImportCustoms => "Import customs",
            Phase::Destination => "Destination country",
            Phase::LastMile => "Last mile",
            Phase::Return => "Return to sender",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_follows_the_path() {
        let mut sorted = Phase::CROSS_BORDER;
        sorted.sort();
        assert_eq!(sorted, Phase::CROSS_BORDER);
        assert!(Phase::DOMESTIC.iter().all(|p| !p.is_cross_border_only()));
    }

    #[test]
    fn json_names() {
        for p in Phase::CROSS_BORDER.into_iter().chain([Phase::Return]) {
            assert_eq!(
                serde_json::to_string(&p).unwrap(),
                format!("\"{}\"", p.as_str())
            );
        }
        let none: Option<Phase> = serde_json::from_str("null").unwrap();
        assert_eq!(none, None);
    }
}
