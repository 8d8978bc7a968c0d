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
/// error.
///
/// Only what happened counts. Conditional, future and not-yet wording ("… will be returned
/// to sender if not collected within 10 days", « sera retourné … s'il n'est pas retiré »,
/// „wird … zurückgesendet, falls …“, «será devuelto si …», 如未领取将退回, "Delivery will be
/// attempted tomorrow", "not yet delivered") is a warning or a plan, not an outcome: those
/// clauses are set aside and the rest is classified. A warning about an uncollected parcel
/// says it is waiting to be collected, so it makes an otherwise plain scan
/// `available_for_pickup`. The carrier's text itself is kept whole by the adapters.
pub fn classify(text: &str) -> Meaning {
    use Phase::*;
    use Status::*;
    let lowered = waymark_shared::fold::lower(text);
    let Some(split) = hypothetical::split(&lowered) else {
        return classify_facts(&lowered);
    };
    let m = classify_facts(&split.facts);
    // A scan that says no more than "held" or "arrived" is the parcel waiting to be collected.
    let plain = (m.status == InTransit && m.phase.is_none_or(|p| p == Destination))
        || (m.status == Exception && m.reason == Some(Reason::CarrierDelay));
    if split.awaiting_collection && plain {
        return Meaning::status(AvailableForPickup).phase(LastMile);
    }
    m
}

/// The rules, on lower-cased text that states facts. Ordered from most to least specific.
fn classify_facts(t: &str) -> Meaning {
    use Phase::*;
    use Status::*;

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
            "devuelto al remitente",
            "devolvido ao remetente",
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
            "rücksendung",
            "zurückgeschickt",
            "zurückgesendet",
            "en devolución",
            "em devolução",
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
            "zur abholung bereit",
            "abholbereit",
            "abholen",
            "listo para recoger",
            "disponível para retirada",
            "aguardando retirada",
            "可取件",
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

/// Telling what happened from what might happen: conditional, future and not-yet clauses.
mod hypothetical {
    /// Carrier text with its hypothetical clauses set aside.
    pub struct Split {
        /// The clauses that state facts, rejoined.
        pub facts: String,
        /// Whether a set-aside clause warns about a parcel not (yet) collected.
        pub awaiting_collection: bool,
    }

    /// Words that make a clause conditional: its outcome depends on something not yet known.
    const CONDITIONAL_WORDS: &[&str] = &[
        "if",
        "unless",
        "otherwise",
        "si",
        "sinon",
        "s'il",
        "s’il",
        "falls",
        "wenn",
        "sofern",
        "andernfalls",
        "ansonsten",
        "sonst",
        "caso",
    ];
    const CONDITIONAL_PHRASES: &[&str] = &[
        "in case",
        "faute de",
        "à défaut",
        "en cas de",
        "dans le cas",
        "de lo contrario",
        "en caso de",
        "se não",
        "如果",
        "如未",
        "如",
        "若",
        "假如",
        "否则",
        "逾期",
    ];
    /// Words that put a clause in the future or the merely possible. ("could" is not one:
    /// "could not be delivered" is a fact; "may" alone is a month.)
    const FUTURE_WORDS: &[&str] = &[
        "will",
        "won't",
        "would",
        "should",
        "shall",
        "might",
        "sera",
        "seront",
        "serait",
        "seraient",
        "pourra",
        "pourrait",
        "devra",
        "devrait",
        "será",
        "serán",
        "serão",
        "podrá",
        "podría",
        "deberá",
        "debería",
        "poderá",
        "deverá",
        "devolverá",
        "entregará",
        "intentará",
        "sarà",
        "verrà",
        "würde",
        "sollte",
        "könnte",
        "voraussichtlich",
    ];
    const FUTURE_PHRASES: &[&str] = &[
        "not yet",
        "may be",
        "may not",
        "expected to",
        "to be returned",
        "va être",
        "vont être",
        "pas encore",
        "todavía no",
        "aún no",
        "ainda não",
        "noch nicht",
        "va a ser",
        "vai ser",
        "尚未",
        "还未",
        "仍未",
        "将于",
        "将会",
        "将被",
        "会被",
        "预计",
    ];
    /// Wording of a parcel waiting to be collected, as a warning puts it.
    const UNCOLLECTED: &[&str] = &[
        "unclaimed",
        "uncollected",
        "not collected",
        "not picked up",
        "not claimed",
        "not retrieved",
        "collect by",
        "collect it by",
        "collected within",
        "pas retiré",
        "pas été retiré",
        "non retiré",
        "pas réclamé",
        "à retirer",
        "nicht abgeholt",
        "abzuholen",
        "no se recoge",
        "no es recogido",
        "no recogido",
        "no ser recogido",
        "não for retirado",
        "não retirado",
        "não seja retirado",
        "no sea recogido",
        "não for levantado",
        "未领取",
        "未取件",
        "未取",
        "未被领取",
    ];
    /// Outcome wording a conditional sentence puts under its condition even without a
    /// future verb ("Unless collected within 10 days, returned to sender").
    const OUTCOMES: &[&str] = &[
        "return",
        "retour",
        "zurück",
        "devuel",
        "devolv",
        "退回",
        "退还",
        "deliver",
        "livr",
        "zugestellt",
        "entreg",
    ];

    fn words(clause: &str) -> impl Iterator<Item = &str> {
        clause
            .split(|c: char| !(waymark_shared::fold::is_word_char(c) || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
    }

    fn any_word(clause: &str, list: &[&str]) -> bool {
        words(clause).any(|w| list.contains(&w))
    }

    fn any_phrase(clause: &str, list: &[&str]) -> bool {
        list.iter().any(|p| clause.contains(p))
    }

    fn conditional(clause: &str) -> bool {
        any_word(clause, CONDITIONAL_WORDS) || any_phrase(clause, CONDITIONAL_PHRASES)
    }

    fn future(clause: &str) -> bool {
        any_word(clause, FUTURE_WORDS)
            || any_phrase(clause, FUTURE_PHRASES)
            // 将 is the future ("将退回") unless it marks an object of what already happened
            // ("已将包裹退回").
            || (clause.contains('将') && !clause.contains('已'))
    }

    /// German „wird/werden“ is a present passive as often as a future: „wird zurückgesendet“
    /// is happening, „wird zugestellt“ is not yet; under „falls/wenn“ both are hypothetical.
    fn german_passive(clause: &str) -> bool {
        any_word(clause, &["wird", "werden"])
    }

    /// A cheap test that the text may hold a hypothetical clause at all.
    fn may_hold(t: &str) -> bool {
        [
            CONDITIONAL_WORDS,
            CONDITIONAL_PHRASES,
            FUTURE_WORDS,
            FUTURE_PHRASES,
            &["将", "wird", "werden"],
        ]
        .iter()
        .any(|list| list.iter().any(|m| t.contains(m)))
    }

    fn sentences(t: &str) -> impl Iterator<Item = &str> {
        t.split(['.', ';', '!', '?', '\n', '。', '；', '！', '？'])
    }

    fn clauses(sentence: &str) -> Vec<&str> {
        let mut out = vec![sentence];
        for sep in [
            ",", "，", "、", ":", "：", "(", ")", " - ", " – ", " and ", " but ", " et ", " mais ",
            " und ", " aber ", " y ", " pero ", " e ", " mas ", "并", "但",
        ] {
            out = out.into_iter().flat_map(|c| c.split(sep)).collect();
        }
        out.into_iter()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect()
    }

    /// The text's facts and what its hypothetical clauses warn about; `None` when every
    /// clause states a fact (most scans), so the caller classifies the text as it is.
    pub fn split(t: &str) -> Option<Split> {
        if !may_hold(t) {
            return None;
        }
        let mut facts: Vec<&str> = Vec::new();
        let mut set_aside: Vec<&str> = Vec::new();
        for sentence in sentences(t) {
            let parts = clauses(sentence);
            let conditional_sentence = parts.iter().any(|c| conditional(c));
            for c in parts {
                let hypothetical = conditional(c)
                    || future(c)
                    || (german_passive(c) && (conditional_sentence || c.contains("zugestellt")))
                    || (conditional_sentence && any_phrase(c, OUTCOMES));
                if hypothetical {
                    set_aside.push(c);
                } else {
                    facts.push(c);
                }
            }
        }
        if set_aside.is_empty() {
            return None;
        }
        Some(Split {
            facts: facts.join(". "),
            awaiting_collection: set_aside.iter().any(|c| any_phrase(c, UNCOLLECTED)),
        })
    }
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

    #[test]
    fn conditional_and_future_wording_is_not_the_outcome() {
        let c = |t| classify(t).status;
        use Status::*;
        for (text, want) in [
            ("Item available for collection at the post office. It will be returned to sender if not collected within 10 days", AvailableForPickup),
            ("The item will be returned to sender if not collected within 10 days", AvailableForPickup),
            ("If unclaimed, the item will be returned", AvailableForPickup),
            ("Delivery will be attempted tomorrow", InTransit),
            ("Not yet delivered", InTransit),
            ("Votre colis est disponible dans votre point de retrait. Il sera retourné à l'expéditeur s'il n'est pas retiré sous 10 jours.", AvailableForPickup),
            ("Si le colis n'est pas retiré sous 15 jours, il sera retourné à l'expéditeur", AvailableForPickup),
            ("Votre colis sera livré demain", InTransit),
            ("Die Sendung liegt in der Filiale zur Abholung bereit. Sie wird an den Absender zurückgesendet, falls sie nicht innerhalb von 7 Werktagen abgeholt wird.", AvailableForPickup),
            ("Wenn die Sendung nicht abgeholt wird, wird sie an den Absender zurückgesendet", AvailableForPickup),
            ("Die Sendung wird voraussichtlich morgen zugestellt", InTransit),
            ("El envío será devuelto al remitente si no es recogido en 15 días", AvailableForPickup),
            ("O objeto será devolvido ao remetente caso não seja retirado em 7 dias", AvailableForPickup),
            ("包裹已到达自提点，如未在7天内领取，将退回寄件人", AvailableForPickup),
            ("若3天内未取件将退回", AvailableForPickup),
            ("包裹将于明天派送", InTransit),
        ] {
            assert_eq!(c(text), want, "{text}");
        }
        // Facts stay facts, in every language.
        for (text, want) in [
            ("Returned to sender", ReturnedToSender),
            (
                "Delivery attempted - no one available, will try again tomorrow",
                FailedAttempt,
            ),
            ("Item could not be delivered", FailedAttempt),
            ("Delivered on 5 May", Delivered),
            (
                "Die Sendung wird an den Absender zurückgesendet",
                ReturningToSender,
            ),
            ("Die Sendung wurde zugestellt", Delivered),
            ("Votre colis est livré", Delivered),
            ("已将包裹退回寄件人", ReturningToSender),
            ("Out for delivery, will be delivered by 8pm", OutForDelivery),
        ] {
            assert_eq!(c(text), want, "{text}");
        }
    }
}
