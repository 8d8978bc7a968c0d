//! Shipment-level exceptions: what needs attention, who held the parcel when it arose, and the
//! facts the buyer's words are composed from (see `words`). No prose lives here.

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
    /// Past the latest day of the delivery window first shown (or promised by the merchant).
    Late,
    /// The carrier stopped tracking it without a delivery.
    Expired,
    /// A label exists but the carrier has not scanned the parcel for days.
    NeverScanned,
    /// Waiting at a pickup point for the buyer to collect it.
    AwaitingPickup,
    /// The watch of a registered order ran out before the parcel was delivered.
    WatchEnded,
}

impl ExceptionKind {
    /// Every kind, in declaration order.
    pub const ALL: [ExceptionKind; 11] = [
        ExceptionKind::CarrierException,
        ExceptionKind::CustomsDwell,
        ExceptionKind::Silence,
        ExceptionKind::FailedAttempt,
        ExceptionKind::Returned,
        ExceptionKind::Lost,
        ExceptionKind::Late,
        ExceptionKind::Expired,
        ExceptionKind::NeverScanned,
        ExceptionKind::AwaitingPickup,
        ExceptionKind::WatchEnded,
    ];

    /// The snake_case name used in JSON and in message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            ExceptionKind::CarrierException => "carrier_exception",
            ExceptionKind::CustomsDwell => "customs_dwell",
            ExceptionKind::Silence => "silence",
            ExceptionKind::FailedAttempt => "failed_attempt",
            ExceptionKind::Returned => "returned",
            ExceptionKind::Lost => "lost",
            ExceptionKind::Late => "late",
            ExceptionKind::Expired => "expired",
            ExceptionKind::NeverScanned => "never_scanned",
            ExceptionKind::AwaitingPickup => "awaiting_pickup",
            ExceptionKind::WatchEnded => "watch_ended",
        }
    }
}

/// What the buyer can do about an exception.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BuyerAction {
    /// Nothing: the store is watching it.
    #[default]
    None,
    /// Pay duties or taxes.
    PayDuties,
    /// Give customs the documents or information it asks for.
    ProvideDocuments,
    /// Confirm the delivery address with the store.
    ConfirmAddress,
    /// Arrange a new delivery or a pickup with the carrier.
    ArrangeRedelivery,
    /// Collect it from a pickup point (by the deadline, when there is one).
    Collect,
    /// Contact the store (a new shipment or a refund).
    ContactStore,
    /// Nothing now: the store opens a claim and will be in touch.
    WaitStore,
}

impl BuyerAction {
    /// Every action, in declaration order.
    pub const ALL: [BuyerAction; 8] = [
        BuyerAction::None,
        BuyerAction::PayDuties,
        BuyerAction::ProvideDocuments,
        BuyerAction::ConfirmAddress,
        BuyerAction::ArrangeRedelivery,
        BuyerAction::Collect,
        BuyerAction::ContactStore,
        BuyerAction::WaitStore,
    ];

    /// Whether the buyer has something to do.
    pub fn is_needed(self) -> bool {
        !matches!(self, BuyerAction::None | BuyerAction::WaitStore)
    }

    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            BuyerAction::None => "none",
            BuyerAction::PayDuties => "pay_duties",
            BuyerAction::ProvideDocuments => "provide_documents",
            BuyerAction::ConfirmAddress => "confirm_address",
            BuyerAction::ArrangeRedelivery => "arrange_redelivery",
            BuyerAction::Collect => "collect",
            BuyerAction::ContactStore => "contact_store",
            BuyerAction::WaitStore => "wait_store",
        }
    }
}

/// The facts behind an exception, as far as they are known: what the buyer's words say.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ExceptionFacts {
    /// Days it has lasted (held in customs, silent, since the label).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
    /// The lane's usual days for this phase (customs dwell): lower bound.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usual_min: Option<u32>,
    /// The lane's usual days for this phase: upper bound.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usual_max: Option<u32>,
    /// The country it concerns (customs), ISO 3166-1 alpha-2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The latest day first promised (late against the promise).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_time::utc_opt"
    )]
    pub promised_by: Option<DateTime<Utc>>,
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
    /// What the buyer can do about it.
    #[serde(default)]
    pub action: BuyerAction,
    /// The date by which the buyer must act (collect by), when there is one.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_time::utc_opt"
    )]
    pub deadline: Option<DateTime<Utc>>,
    /// The facts the words are composed from.
    #[serde(default)]
    pub facts: ExceptionFacts,
}

impl fmt::Display for ExceptionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
