//! The normalized status of an event or a shipment.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Where a parcel stands, as one of the contract's twelve statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Nothing is known yet (no carrier event).
    Pending,
    /// The carrier has the shipment's data but not the parcel.
    InfoReceived,
    /// The parcel is moving through the carrier network.
    InTransit,
    /// On the vehicle for final delivery today.
    OutForDelivery,
    /// Waiting at a pickup point, locker or post office.
    AvailableForPickup,
    /// A delivery was attempted and did not succeed.
    FailedAttempt,
    /// Handed to the recipient.
    Delivered,
    /// Something needs attention (customs hold, damage, address problem, …).
    Exception,
    /// On its way back to the sender.
    ReturningToSender,
    /// Back with the sender.
    ReturnedToSender,
    /// The carrier stopped tracking it without a final outcome.
    Expired,
    /// The shipment was cancelled before it moved.
    Cancelled,
}

impl Status {
    /// Every status, in declaration order.
    pub const ALL: [Status; 12] = [
        Status::Pending,
        Status::InfoReceived,
        Status::InTransit,
        Status::OutForDelivery,
        Status::AvailableForPickup,
        Status::FailedAttempt,
        Status::Delivered,
        Status::Exception,
        Status::ReturningToSender,
        Status::ReturnedToSender,
        Status::Expired,
        Status::Cancelled,
    ];

    /// A terminal status is final: once an event reaches it, later (or earlier-sorted)
    /// non-terminal events never move the shipment away from it.
    pub fn is_terminal(self) -> bool {
        matches!(
            self,
            Status::Delivered | Status::ReturnedToSender | Status::Cancelled | Status::Expired
        )
    }

    /// Precedence among terminal statuses when a timeline holds more than one: a parcel that
    /// came back to its sender after a delivery scan is returned, and a real outcome beats
    /// "expired" or "cancelled".
    pub fn terminal_rank(self) -> u8 {
        match self {
            Status::ReturnedToSender => 4,
            Status::Delivered => 3,
            Status::Cancelled => 2,
            Status::Expired => 1,
            _ => 0,
        }
    }

    /// Whether the parcel is on its way back (or back) to the sender.
    pub fn is_returning(self) -> bool {
        matches!(self, Status::ReturningToSender | Status::ReturnedToSender)
    }

    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::InfoReceived => "info_received",
            Status::InTransit => "in_transit",
            Status::OutForDelivery => "out_for_delivery",
            Status::AvailableForPickup => "available_for_pickup",
            Status::FailedAttempt => "failed_attempt",
            Status::Delivered => "delivered",
            Status::Exception => "exception",
            Status::ReturningToSender => "returning_to_sender",
            Status::ReturnedToSender => "returned_to_sender",
            Status::Expired => "expired",
            Status::Cancelled => "cancelled",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Status::Pending => "Pending",
            Status::InfoReceived => "Label created",
            Status::InTransit => "In transit",
            Status::OutForDelivery => "Out for delivery",
            Status::AvailableForPickup => "Ready for pickup",
            Status::FailedAttempt => "Delivery attempted",
            Status::Delivered => "Delivered",
            Status::Exception => "Needs attention",
            Status::ReturningToSender => "Returning to sender",
            Status::ReturnedToSender => "Returned to sender",
            Status::Expired => "Tracking expired",
            Status::Cancelled => "Cancelled",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_names_are_the_contract() {
        for s in Status::ALL {
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
            let back: Status = serde_json::from_str(&json).unwrap();
            assert_eq!(back, s);
        }
        assert!(serde_json::from_str::<Status>("\"shipped\"").is_err());
    }

    #[test]
    fn terminal_statuses() {
        let terminal: Vec<_> = Status::ALL
            .into_iter()
            .filter(|s| s.is_terminal())
            .collect();
        assert_eq!(
            terminal,
            [
                Status::Delivered,
                Status::ReturnedToSender,
                Status::Expired,
                Status::Cancelled
            ]
        );
        assert!(Status::ReturnedToSender.terminal_rank() > Status::Delivered.terminal_rank());
        assert_eq!(Status::InTransit.terminal_rank(), 0);
    }

    #[test]
    fn display_is_human() {
        assert_eq!(Status::OutForDelivery.to_string(), "Out for delivery");
        assert_eq!(Status::InfoReceived.to_string(), "Label created");
    }
}
