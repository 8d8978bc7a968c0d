//! Classification of carrier wording, for carriers (or events) without a usable code.
//! Codes come first in each adapter; this is the second opinion.

use waymark_shared::{Phase, Reason, Status};

/// What a piece of carrier text says about a scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meaning {
    /// The status the text implies.
    pub status: Status,
    /// The phase, when the text tells it.
    pub phase: Option<Phase>,
    /// The reason, for exceptions and failed attempts.
    pub reason: Option<Reason>,
}

impl Meaning {
    /// A meaning with neither phase nor reason.
    pub const fn status(status: Status) -> Meaning {
        Meaning {
            status,
            phase: None,
            reason: None,
        }
    }

    /// Sets the phase.
    pub const fn phase(mut self, phase: Phase) -> Meaning {
        self.phase = Some(phase);
        self
    }

    /// Sets the reason.
    pub const fn reason(mut self, reason: Reason) -> Meaning {
        self.reason = Some(reason);
        self
    }
}

fn has(text: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| text.contains(n))
}

/// Classifies free text (any case). Unknown wording is `in_transit` with no phase: never an
/// error. Rules are ordered from most to least specific.
pub fn classify(text: &str) -> Meaning {
    use Phase::*;
    use Status::*;
    let t = waymark_shared::fold::lower(text);
    let t = t.as_str();

    // Wordings of specific carriers that the general rules below would misread.
    if has(
        t,
        &[
            "shipping information",
            "pre-advice",
            "preadvice",
            "tracking number allocated",
        ],
    ) {
        return Meaning::status(InfoReceived).phase(Origin);
    }
    if has(t, &["onboard for delivery", "on board for delivery"]) {
        return Meaning::status(OutForDelivery).phase(LastMile);
    }
    if has(t, &["awaiting international departure", "export facility"]) {
        return Meaning::status(InTransit).phase(ExportCustoms);
    }
    if has(t, &["air carrier", "processed by air"]) {
        return Meaning::status(InTransit).phase(Linehaul);
    }
    if has(
        t,
        &[
            "from sender",
            "received by australia post",
            "déposé",
            "entre nos mains",
        ],
    ) && !t.contains("information")
    {
        return Meaning::status(InTransit).phase(Origin);
    }

    if has(
        t,
        &[
            "returned to sender",
            "returned to shipper",
            "delivered to sender",
            "return delivered",
            "retourné à l'expéditeur",
            "已退回",
        ],
    ) {
        return Meaning::status(ReturnedToSender)
            .phase(Return)
            .reason(Reason::Returned);
    }
    if has(
        t,
        &[
            "return to sender",
            "returning to sender",
            "being returned",
            "return to shipper",
            "returned",
            "retour à l'expéditeur",
            "退回",
        ],
    ) {
        return Meaning::status(ReturningToSender)
            .phase(Return)
            .reason(Reason::Returned);
    }
    if has(
        t,
        &[
            "not delivered",
            "undeliverable",
            "delivery attempt",
            "attempted delivery",
            "attempted",
            "no one available",
            "recipient not available",
            "could not be delivered",
            "unable to deliver",
            "missed delivery",
            "notice left",
            "avis de passage",
        ],
    ) {
        let reason = if has(t, &["address"]) {
            Reason::AddressIssue
        } else if has(t, &["closed"]) {
            Reason::BusinessClosed
        } else if has(t, &["refused"]) {
            Reason::Refused
        } else {
            Reason::RecipientUnavailable
        };
        return Meaning::status(FailedAttempt)
            .phase(LastMile)
            .reason(reason);
    }
    if has(t, &["refused"]) {
        return Meaning::status(Exception)
            .phase(LastMile)
            .reason(Reason::Refused);
    }
    if has(
        t,
        &[
            "out for delivery",
            "with delivery courier",
            "on vehicle for delivery",
            "en cours de livraison",
            "in consegna",
            "派送中",
            "派件",
        ],
    ) {
        return Meaning::status(OutForDelivery).phase(LastMile);
    }
    if has(
        t,
        &[
            "available for pickup",
            "available for collection",
            "ready for pickup",
            "ready for collection",
            "awaiting collection",
            "at pickup point",
            "parcel locker",
            "held at post office",
            "disponible",
            "待取",
            "自提",
        ],
    ) {
        return Meaning::status(AvailableForPickup).phase(LastMile);
    }
    if has(
        t,
        &[
            "delivered",
            "livré",
            "distribué",
            "zugestellt",
            "entregado",
            "entregue",
            "签收",
            "妥投",
            "已送达",
        ],
    ) && !has(
        t,
        &[
            "to be delivered",
            "will be delivered",
            "delivered to the carrier",
            "delivered to carrier",
            "delivered to airline",
            "delivered to the airline",
        ],
    ) {
        return Meaning::status(Delivered).phase(LastMile);
    }
    if has(
        t,
        &[
            "duties",
            "duty",
            "taxes",
            "tax payment",
            "import fee",
            "droits et taxes",
        ],
    ) && has(t, &["pay", "due", "unpaid", "owed", "awaiting"])
    {
        return Meaning::status(Exception)
            .phase(ImportCustoms)
            .reason(Reason::DutiesUnpaid);
    }
    if has(t, &["damaged", "endommagé"]) {
        return Meaning::status(Exception).reason(Reason::Damaged);
    }
    if has(t, &["lost", "missing", "perdu"]) {
        return Meaning::status(Exception).reason(Reason::Lost);
    }
    if has(t, &["prohibited", "forbidden", "seized", "confiscated"]) {
        return Meaning::status(Exception).reason(Reason::Prohibited);
    }
    if has(
        t,
        &[
            "incorrect address",
            "address incomplete",
            "insufficient address",
            "bad address",
            "address issue",
            "address problem",
            "adresse",
        ],
    ) {
        return Meaning::status(Exception).reason(Reason::AddressIssue);
    }
    if has(t, &["weather", "storm", "natural disaster"]) {
        return Meaning::status(Exception).reason(Reason::Weather);
    }
    let customs = has(
        t,
        &[
            "customs",
            "clearance",
            "douane",
            "zoll",
            "aduana",
            "海关",
            "清关",
        ],
    );
    if customs {
        let export = has(t, &["export", "origin", "出口"]);
        let phase = if export { ExportCustoms } else { ImportCustoms };
        if has(
            t,
            &["document", "information required", "paperwork", "invoice"],
        ) {
            return Meaning::status(Exception)
                .phase(phase)
                .reason(Reason::CustomsDocuments);
        }
        if has(t, &["inspection", "examination", "inspected"]) {
            return Meaning::status(Exception)
                .phase(phase)
                .reason(Reason::CustomsInspection);
        }
        if has(t, &["held", "hold", "delay", "detained", "retenu"]) {
            return Meaning::status(Exception)
                .phase(phase)
                .reason(Reason::CustomsDelay);
        }
        return Meaning::status(InTransit).phase(phase);
    }
    if has(
        t,
        &[
            "exception",
            "delay",
            "problem",
            "incident",
            "held",
            "on hold",
        ],
    ) {
        return Meaning::status(Exception).reason(Reason::CarrierDelay);
    }
    if has(
        t,
        &[
            "label created",
            "shipment information received",
            "shipping label",
            "pre-advice",
            "electronic information",
            "data uploaded",
            "order information received",
            "awaiting item",
            "information received",
            "shipment data",
            "preadvice",
            "pre-shipment",
            "pre shipment",
            "prise en charge en attente",
        ],
    ) {
        return Meaning::status(InfoReceived).phase(Origin);
    }
    if has(
        t,
        &[
            "departed from the origin country",
            "departed origin country",
            "flight",
            "airline",
            "departed from airport",
            "arrived at airport",
            "linehaul",
            "in transit to destination country",
            "international transit",
            "hand over to airline",
            "vessel",
            "depart from transit country",
            "航班",
            "起飞",
        ],
    ) {
        return Meaning::status(InTransit).phase(Linehaul);
    }
    if has(
        t,
        &[
            "arrived in destination country",
            "arrived at destination country",
            "arrival at destination country",
            "arrived in the destination country",
            "destination country",
            "inbound",
            "arrivée dans le pays de destination",
        ],
    ) {
        return Meaning::status(InTransit).phase(ImportCustoms);
    }
    if has(
        t,
        &[
            "picked up",
            "accepted",
            "acceptance",
            "received by carrier",
            "collected",
            "origin facility",
            "origin scan",
            "dropped off",
            "shipment received",
            "揽收",
            "收寄",
        ],
    ) {
        return Meaning::status(InTransit).phase(Origin);
    }
    Meaning::status(InTransit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_wordings() {
        let c = |t| classify(t);
        assert_eq!(c("Delivered, In/At Mailbox").status, Status::Delivered);
        assert_eq!(c("Delivered to the airline").status, Status::InTransit);
        assert_eq!(c("Out for Delivery").status, Status::OutForDelivery);
        assert_eq!(
            c("Arrived awaiting clearance (Inbound)").phase,
            Some(Phase::ImportCustoms)
        );
        assert_eq!(c("Customs clearance in progress").status, Status::InTransit);
        assert_eq!(c("Held by customs").reason, Some(Reason::CustomsDelay));
        let d = c("Delivery attempted - no one available");
        assert_eq!(
            (d.status, d.reason),
            (Status::FailedAttempt, Some(Reason::RecipientUnavailable))
        );
        assert_eq!(c("Shipment Data Uploaded").status, Status::InfoReceived);
        assert_eq!(c("Returned to sender").status, Status::ReturnedToSender);
        assert_eq!(
            c("Duties and taxes due, please pay").reason,
            Some(Reason::DutiesUnpaid)
        );
        assert_eq!(c("Something nobody has seen").status, Status::InTransit);
        assert_eq!(c("Colis livré").status, Status::Delivered);
        assert_eq!(
            c("Shipping information received by Australia Post").status,
            Status::InfoReceived
        );
        assert_eq!(c("Received by Australia Post").phase, Some(Phase::Origin));
        assert_eq!(c("Onboard for delivery").status, Status::OutForDelivery);
        assert_eq!(
            c("Cleared and awaiting international departure").phase,
            Some(Phase::ExportCustoms)
        );
    }
}
