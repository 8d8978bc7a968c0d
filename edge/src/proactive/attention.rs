//! Which registered orders need the merchant, and how urgently: the most urgent open exception
//! of an order's parcels, with the order's carrier, lane and status — the columns the
//! console's attention list filters and sorts on (an index on urgency, then age).

use super::registration::{Registration, WatchState};
use chrono::{DateTime, Utc};
use waymark_shared::estimate::{destination_country, origin_country};
use waymark_shared::exception::ExceptionKind;
use waymark_shared::{Shipment, Status};

/// How urgently an exception kind needs the merchant: higher first; 0 never appears on the
/// list. A parcel that is lost or going back costs the order; a failed attempt or a customs
/// hold has a deadline; lateness and silence are worth a look before the buyer asks.
pub fn rank(kind: ExceptionKind) -> u8 {
    match kind {
        ExceptionKind::Lost => 90,
        ExceptionKind::Returned => 80,
        ExceptionKind::FailedAttempt => 70,
        ExceptionKind::CustomsDwell => 60,
        ExceptionKind::CarrierException => 55,
        ExceptionKind::AwaitingPickup => 50,
        ExceptionKind::Late => 45,
        ExceptionKind::NeverScanned => 40,
        ExceptionKind::Silence => 35,
        ExceptionKind::Expired => 30,
        ExceptionKind::WatchEnded => 20,
    }
}

/// The kinds in the order of the list (most urgent first), for the console's filter.
pub fn kinds_by_urgency() -> Vec<ExceptionKind> {
    let mut kinds = ExceptionKind::ALL.to_vec();
    kinds.sort_by_key(|k| std::cmp::Reverse(rank(*k)));
    kinds
}

/// The most urgent open exception of an order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attention {
    /// Its kind.
    pub kind: ExceptionKind,
    /// [`rank`] of the kind.
    pub rank: u8,
    /// Since when it applies.
    pub since: DateTime<Utc>,
}

/// What the console lists an order by.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Summary {
    /// The most urgent open exception, if any.
    pub attention: Option<Attention>,
    /// The carrier slug that holds the parcel now (the first parcel's).
    pub carrier: Option<String>,
    /// Origin country (ISO 3166-1 alpha-2), from the first scan that names one.
    pub origin: Option<String>,
    /// Destination country.
    pub destination: Option<String>,
    /// The first parcel's status.
    pub status: Option<Status>,
}

/// Whether an exception still needs someone: a delivered parcel's earlier trouble does not.
fn open(parcel: &Shipment) -> bool {
    parcel.status != Status::Delivered
}

/// The order's summary. A stopped watch needs nobody (the merchant ended it).
pub fn summarize(reg: &Registration) -> Summary {
    let first = reg.snapshot.first();
    let attention = if reg.state == WatchState::Stopped {
        None
    } else {
        reg.snapshot
            .iter()
            .filter(|p| open(p))
            .flat_map(|p| p.exceptions.iter())
            .map(|e| Attention {
                kind: e.kind,
                rank: rank(e.kind),
                since: e.since,
            })
            // Most urgent; within a rank, the one that has lasted longest.
            .max_by(|a, b| a.rank.cmp(&b.rank).then(b.since.cmp(&a.since)))
    };
    Summary {
        attention,
        carrier: first.map(|p| p.carrier.slug().to_string()),
        origin: first.and_then(origin_country),
        destination: first.and_then(destination_country),
        status: first.map(|p| p.status),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proactive::registration::WatchedNumber;
    use chrono::TimeZone;
    use waymark_shared::exception::{BuyerAction, ExceptionFacts, ShipmentException};
    use waymark_shared::Carrier;

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, day, 0, 0, 0).unwrap()
    }

    fn parcel(status: Status, kinds: &[(ExceptionKind, u32)]) -> Shipment {
        let mut s = Shipment::from_events(Carrier::Usps, "9400", Vec::new(), at(1));
        s.status = status;
        s.exceptions = kinds
            .iter()
            .map(|(kind, day)| ShipmentException {
                kind: *kind,
                reason: None,
                since: at(*day),
                carrier: Carrier::Usps,
                tracking_number: "9400".into(),
                action: BuyerAction::None,
                deadline: None,
                facts: ExceptionFacts::default(),
            })
            .collect();
        s
    }

    fn reg(state: WatchState, snapshot: Vec<Shipment>) -> Registration {
        Registration {
            id: "1042".into(),
            numbers: vec![WatchedNumber {
                number: "9400".into(),
                carrier: None,
            }],
            locale: None,
            time_zone: None,
            webhook_url: "https://shop.example.com/h".into(),
            state,
            created_at: at(1),
            expires_at: at(28),
            next_refresh_at: at(1),
            refreshed_at: None,
            snapshot,
            notified: Vec::new(),
            buyer_email_sha256: None,
        }
    }

    #[test]
    fn the_most_urgent_open_exception_is_the_orders() {
        let r = reg(
            WatchState::Active,
            vec![
                parcel(Status::InTransit, &[(ExceptionKind::Silence, 3)]),
                parcel(
                    Status::FailedAttempt,
                    &[(ExceptionKind::FailedAttempt, 5), (ExceptionKind::Late, 2)],
                ),
            ],
        );
        let a = summarize(&r).attention.unwrap();
        assert_eq!(
            (a.kind, a.rank, a.since),
            (ExceptionKind::FailedAttempt, 70, at(5))
        );
        assert_eq!(summarize(&r).carrier.as_deref(), Some("usps"));
    }

    #[test]
    fn within_a_rank_the_oldest_wins() {
        let r = reg(
            WatchState::Active,
            vec![
                parcel(Status::InTransit, &[(ExceptionKind::Silence, 9)]),
                parcel(Status::InTransit, &[(ExceptionKind::Silence, 4)]),
            ],
        );
        assert_eq!(summarize(&r).attention.unwrap().since, at(4));
    }

    #[test]
    fn delivered_parcels_and_stopped_watches_need_nobody() {
        let delivered = reg(
            WatchState::Completed,
            vec![parcel(Status::Delivered, &[(ExceptionKind::Late, 3)])],
        );
        assert_eq!(summarize(&delivered).attention, None);
        let stopped = reg(
            WatchState::Stopped,
            vec![parcel(Status::InTransit, &[(ExceptionKind::Lost, 3)])],
        );
        assert_eq!(summarize(&stopped).attention, None);
        assert_eq!(
            summarize(&reg(WatchState::Active, vec![])),
            Summary::default()
        );
    }

    #[test]
    fn every_kind_ranks_above_zero_and_the_order_is_strict() {
        let ranks: Vec<u8> = kinds_by_urgency().into_iter().map(rank).collect();
        assert!(ranks.iter().all(|r| *r > 0));
        assert!(ranks.windows(2).all(|w| w[0] > w[1]), "{ranks:?}");
        assert_eq!(ranks.len(), ExceptionKind::ALL.len());
    }
}
