//! An order's public timeline: the body of `GET /v1/timeline`, shared by the edge (which
//! writes it) and the widget (which reads it).

use crate::{serde_time, Shipment};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One order's parcels (see `docs/embed-token-and-timeline.md`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderTimeline {
    /// The merchant's order id.
    pub order_id: String,
    /// One entry per distinct parcel.
    pub shipments: Vec<Shipment>,
    /// When carriers last answered (the oldest of the parcels').
    #[serde(with = "serde_time::utc")]
    pub updated_at: DateTime<Utc>,
    /// True when any parcel is served from the last good copy.
    pub stale: bool,
}
