//! Transitions: what changed between two looks at an order that a merchant should hear about
//! — a milestone reached or an exception raised — each with an idempotency key that is the same
//! however many times the change is seen, so it is notified once.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use waymark_shared::exception::ExceptionKind;
use waymark_shared::milestone::{milestones, MilestoneKind};
use waymark_shared::{serde_time, Carrier, Shipment};

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "kind", rename_all = "snake_case")]
pub enum Change {
    /// A milestone was reached.
    Milestone(MilestoneKind),
    /// An exception was raised.
    Exception(ExceptionKind),
}

/// One notifiable change of one parcel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transition {
    /// `<registration>:<parcel number>:<kind>[:<since>]`, the same every time it is seen.
    pub key: String,
    /// What happened.
    #[serde(flatten)]
    pub change: Change,
    /// The parcel's (first leg's) tracking number.
    pub tracking_number: String,
    /// The carrier that reported it.
    pub carrier: Carrier,
    /// When it happened (the scan, or when the exception began).
    #[serde(with = "serde_time::utc")]
    pub at: DateTime<Utc>,
    /// A plain-language line: English as found; the webhook body carries it composed in the
    /// registration's language (see `delivery::body`).
    pub message: String,
}

fn milestone_transitions<'a>(
    registration: &'a str,
    s: &'a Shipment,
) -> impl Iterator<Item = Transition> + 'a {
    let prefix = format!("{registration}:{}", s.tracking_number);
    milestones(s).into_iter().map(move |m| Transition {
        key: format!("{prefix}:{}", m.kind.as_str()),
        change: Change::Milestone(m.kind),
        tracking_number: s.tracking_number.clone(),
        carrier: m.carrier,
        at: m.at,
        message: m.kind.to_string(),
    })
}

fn exception_name(kind: ExceptionKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn exception_transitions<'a>(
    registration: &'a str,
    s: &'a Shipment,
) -> impl Iterator<Item = Transition> + 'a {
    s.exceptions
        .iter()
        // A parcel served from the last good copy is judged by a carrier that did not answer:
        // its silence proves nothing, so it never raises "silent" or "lost".
        .filter(move |x| {
            !(s.stale && matches!(x.kind, ExceptionKind::Silence | ExceptionKind::Lost))
        })
        .map(move |x| Transition {
            key: format!(
                "{registration}:{}:{}:{}",
                s.tracking_number,
                exception_name(x.kind),
                x.since.timestamp()
            ),
            change: Change::Exception(x.kind),
            tracking_number: s.tracking_number.clone(),
            carrier: x.carrier.clone(),
            at: x.since,
            message: x.kind.as_str().to_string(),
        })
}

/// Every notifiable state of the order's parcels as they are now.
pub fn current(registration: &str, parcels: &[Shipment]) -> Vec<Transition> {
    parcels
        .iter()
        .flat_map(|s| {
            milestone_transitions(registration, s).chain(exception_transitions(registration, s))
        })
        .collect()
}

/// The transitions not yet notified: those whose key is not in `notified`, once each, oldest
/// first.
pub fn unsent(registration: &str, parcels: &[Shipment], notified: &[String]) -> Vec<Transition> {
    let mut out: Vec<Transition> = Vec::new();
    for t in current(registration, parcels) {
        if !notified.contains(&t.key) && !out.iter().any(|o| o.key == t.key) {
            out.push(t);
        }
    }
    out.sort_by_key(|t| t.at);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};
    use waymark_shared::{Event, Location, Phase, Status};

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, day, 12, 0, 0).unwrap()
    }

    fn ev(day: u32, status: Status, phase: Phase, country: &str) -> Event {
        Event::new(at(day), status, Carrier::Cainiao, "scan")
            .with_phase(Some(phase))
            .with_location(Location::new(None, None, None, Some(country)))
    }

    fn parcel(events: Vec<Event>, now: DateTime<Utc>) -> Shipment {
        let mut s = Shipment::from_events(Carrier::Cainiao, "LP1", events, now);
        waymark_shared::exception_rules::refresh(&mut s, now);
        s
    }

    #[test]
    fn each_transition_is_new_once() {
        let early = parcel(
            vec![
                ev(1, Status::InTransit, Phase::Origin, "CN"),
                ev(2, Status::InTransit, Phase::Linehaul, "CN"),
            ],
            at(3),
        );
        let first = unsent("1042", std::slice::from_ref(&early), &[]);
        let kinds: Vec<Change> = first.iter().map(|t| t.change).collect();
        assert_eq!(
            kinds,
            [
                Change::Milestone(MilestoneKind::PickedUp),
                Change::Milestone(MilestoneKind::DepartedOriginCountry)
            ]
        );
        assert_eq!(first[0].key, "1042:LP1:picked_up");
        let notified: Vec<String> = first.iter().map(|t| t.key.clone()).collect();
        assert!(
            unsent("1042", &[early], &notified).is_empty(),
            "seen again, sent again"
        );

        let later = parcel(
            vec![
                ev(1, Status::InTransit, Phase::Origin, "CN"),
                ev(2, Status::InTransit, Phase::Linehaul, "CN"),
                ev(6, Status::OutForDelivery, Phase::LastMile, "US"),
            ],
            at(6),
        );
        let next: Vec<Change> = unsent("1042", &[later], &notified)
            .iter()
            .map(|t| t.change)
            .collect();
        assert_eq!(
            next,
            [
                Change::Milestone(MilestoneKind::ArrivedDestinationCountry),
                Change::Milestone(MilestoneKind::OutForDelivery)
            ]
        );
    }

    #[test]
    fn a_silent_carrier_is_lost_but_an_unreachable_one_is_not() {
        let events = vec![
            ev(1, Status::InTransit, Phase::Origin, "CN"),
            ev(2, Status::InTransit, Phase::Linehaul, "CN"),
        ];
        let much_later = at(2) + Duration::days(60);
        let answered = parcel(events.clone(), much_later);
        let lost = unsent("1042", &[answered], &[]);
        assert!(
            lost.iter()
                .any(|t| t.change == Change::Exception(ExceptionKind::Lost)),
            "{lost:?}"
        );

        // Same scans, but this time the carrier failed and the copy is the one kept from day 3.
        let mut kept = Shipment::from_events(Carrier::Cainiao, "LP1", events, at(3));
        kept.stale = true;
        waymark_shared::exception_rules::refresh(&mut kept, much_later);
        // Even if a rule were to judge it silent, the transition filter holds it back.
        kept.exceptions.push(waymark_shared::ShipmentException {
            kind: ExceptionKind::Lost,
            reason: None,
            since: at(2),
            carrier: Carrier::Cainiao,
            tracking_number: "LP1".into(),
            action: Default::default(),
            deadline: None,
            facts: Default::default(),
        });
        let out = unsent("1042", &[kept], &[]);
        assert!(
            !out.iter().any(|t| matches!(
                t.change,
                Change::Exception(ExceptionKind::Lost | ExceptionKind::Silence)
            )),
            "{out:?}"
        );
    }

    #[test]
    fn exception_keys_name_kind_and_onset() {
        let s = parcel(
            vec![
                ev(1, Status::InTransit, Phase::Origin, "CN"),
                ev(2, Status::FailedAttempt, Phase::LastMile, "US"),
            ],
            at(2),
        );
        let t = unsent("o-1", &[s], &[]);
        let failed = t
            .iter()
            .find(|t| t.change == Change::Exception(ExceptionKind::FailedAttempt))
            .expect("failed attempt raised");
        assert_eq!(
            failed.key,
            format!("o-1:LP1:failed_attempt:{}", at(2).timestamp())
        );
        assert_eq!(
            serde_json::to_value(failed).unwrap()["type"],
            "exception",
            "{}",
            serde_json::to_string(failed).unwrap()
        );
    }
}
