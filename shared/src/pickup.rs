//! A pickup point holding a parcel for the buyer: a business's public name, hours and
//! address — not personal data (see `docs/privacy.md`).

use crate::{serde_time, Location};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Where the parcel waits to be collected, as the carrier describes the point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PickupPoint {
    /// The point's public name ("Tabac de la Gare", "Parcel locker 123").
    pub name: String,
    /// Opening hours as the carrier wrote them, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    /// The last day the parcel is held, when given.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_time::utc_opt"
    )]
    pub collect_by: Option<DateTime<Utc>>,
    /// Where the point is (a business's public address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}
