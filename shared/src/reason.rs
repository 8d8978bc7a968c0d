//! Why a parcel is held, or why a delivery failed.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The cause behind an exception or a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Customs is taking longer than usual.
    CustomsDelay,
    /// Customs needs documents or information.
    CustomsDocuments,
    /// Duties or taxes must be paid before release.
    DutiesUnpaid,
    /// The contents are not allowed.
    Prohibited,
    /// Customs is inspecting the parcel.
    CustomsInspection,
    /// The address is wrong or incomplete.
    AddressIssue,
    /// Nobody was there to receive it.
    RecipientUnavailable,
    /// The business was closed.
    BusinessClosed,
    /// The recipient refused it.
    Refused,
    /// The parcel is damaged.
    Damaged,
    /// The parcel is lost.
    Lost,
    /// Weather delays.
    Weather,
    /// A delay inside the carrier's network.
    CarrierDelay,
    /// It is being sent back.
    Returned,
    /// Anything else.
    Other,
}

impl Reason {
    /// Every reason, in declaration order.
    pub const ALL: [Reason; 15] = [
        Reason::CustomsDelay,
        Reason::CustomsDocuments,
        Reason::DutiesUnpaid,
        Reason::Prohibited,
        Reason::CustomsInspection,
        Reason::AddressIssue,
        Reason::RecipientUnavailable,
        Reason::BusinessClosed,
        Reason::Refused,
        Reason::Damaged,
        Reason::Lost,
        Reason::Weather,
        Reason::CarrierDelay,
        Reason::Returned,
        Reason::Other,
    ];

    /// Whether the buyer is the one who can act on it (pay, provide documents, fix an address,
    /// collect or be present).
    pub fn needs_buyer_action(self) -> bool {
        matches!(
            self,
            Reason::CustomsDocuments
                | Reason::DutiesUnpaid
                | Reason::AddressIssue
                | Reason::RecipientUnavailable
        )
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Reason::CustomsDelay => "Customs delay",
            Reason::CustomsDocuments => "Customs needs documents",
            Reason::DutiesUnpaid => "Duties or taxes unpaid",
            Reason::Prohibited => "Prohibited contents",
            Reason::CustomsInspection => "Customs inspection",
            Reason::AddressIssue => "Address problem",
            Reason::RecipientUnavailable => "Recipient unavailable",
            Reason::BusinessClosed => "Business closed",
            Reason::Refused => "Refused by recipient",
            Reason::Damaged => "Damaged",
            Reason::Lost => "Lost",
            Reason::Weather => "Weather delay",
            Reason::CarrierDelay => "Carrier delay",
            Reason::Returned => "Returned",
            Reason::Other => "Other",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_round_trip() {
        for r in Reason::ALL {
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(serde_json::from_str::<Reason>(&json).unwrap(), r);
        }
        assert_eq!(
            serde_json::to_string(&Reason::DutiesUnpaid).unwrap(),
            "\"duties_unpaid\""
        );
        assert!(Reason::DutiesUnpaid.needs_buyer_action());
        assert!(!Reason::Weather.needs_buyer_action());
    }
}
