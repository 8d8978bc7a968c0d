//! Exception rules: what needs attention, judged from the timeline at a fixed instant. Each
//! names the leg and carrier that last held the parcel — the basis of a lost-parcel claim.

use crate::estimate::{destination_country, origin_country, phase_started};
use crate::lanes::lane_for;
use crate::{
    BuyerAction, Carrier, Event, ExceptionFacts, ExceptionKind, Phase, Reason, Shipment,
    ShipmentException, Status,
};
use chrono::{DateTime, Duration, Utc};

/// Days without a scan, per phase, after which the parcel is "silent".
pub fn silence_threshold_days(phase: Option<Phase>) -> i64 {
    match phase {
        Some(Phase::Origin) => 5,
        Some(Phase::ExportCustoms) => 4,
        Some(Phase::Linehaul) => 10,
        Some(Phase::ImportCustoms) => 7,
        Some(Phase::Destination) => 5,
        Some(Phase::LastMile) => 3,
        Some(Phase::Return) => 14,
        None => 7,
    }
}

/// Days without a scan after which an undelivered parcel is presumed lost.
pub const LOST_AFTER_DAYS: i64 = 30;

/// Days beyond the lane's normal customs time before a customs hold is flagged.
pub const CUSTOMS_GRACE_DAYS: i64 = 1;

fn holder(shipment: &Shipment, event: &Event) -> (Carrier, String) {
    let number = shipment
        .legs
        .iter()
        .find(|l| l.carrier == event.carrier)
        .map(|l| l.tracking_number.clone())
        .unwrap_or_else(|| shipment.tracking_number.clone());
    (event.carrier.clone(), number)
}

/// Days after the label's creation without a carrier scan before "never scanned" is raised.
pub const NEVER_SCANNED_AFTER_DAYS: i64 = 4;

fn exception(
    kind: ExceptionKind,
    reason: Option<Reason>,
    since: DateTime<Utc>,
    who: &(Carrier, String),
    action: BuyerAction,
) -> ShipmentException {
    ShipmentException {
        kind,
        reason,
        since,
        carrier: who.0.clone(),
        tracking_number: who.1.clone(),
        action,
        deadline: None,
        facts: ExceptionFacts::default(),
    }
}

/// What the buyer can do about a carrier-reported problem with this cause.
pub fn action_for_reason(reason: Option<Reason>) -> BuyerAction {
    match reason {
        Some(Reason::DutiesUnpaid) => BuyerAction::PayDuties,
        Some(Reason::CustomsDocuments) => BuyerAction::ProvideDocuments,
        Some(Reason::AddressIssue) => BuyerAction::ConfirmAddress,
        Some(Reason::Refused | Reason::Prohibited | Reason::Returned) => BuyerAction::ContactStore,
        Some(Reason::Lost | Reason::Damaged) => BuyerAction::WaitStore,
        _ => BuyerAction::None,
    }
}

/// Every exception that applies at `now`. A stale timeline (carrier unreachable) is judged
/// at its `updated_at`, so a carrier outage never reads as a silent — or lost — parcel.
pub fn detect_exceptions(shipment: &Shipment, now: DateTime<Utc>) -> Vec<ShipmentException> {
    let Some(last) = shipment.events.last() else {
        return Vec::new();
    };
    let now = if shipment.stale {
        shipment.updated_at.min(now)
    } else {
        now
    };
    let who = holder(shipment, last);
    let mut out = Vec::new();
    let status = shipment.status;

    if status.is_returning() {
        let since = shipment
            .events
            .iter()
            .find(|e| e.status.is_returning())
            .map_or(last.at, |e| e.at);
        out.push(exception(
            ExceptionKind::Returned,
            Some(Reason::Returned),
            since,
            &who,
            BuyerAction::ContactStore,
        ));
        return out;
    }
    if status == Status::Expired {
        out.push(exception(
            ExceptionKind::Expired,
            None,
            last.at,
            &who,
            BuyerAction::ContactStore,
        ));
        return out;
    }
    if status.is_terminal() {
        return out;
    }
    if status == Status::FailedAttempt {
        let reason = last.reason.or(Some(Reason::RecipientUnavailable));
        let action = if reason == Some(Reason::AddressIssue) {
            BuyerAction::ConfirmAddress
        } else {
            BuyerAction::ArrangeRedelivery
        };
        out.push(exception(
            ExceptionKind::FailedAttempt,
            reason,
            last.at,
            &who,
            action,
        ));
    }
    if status == Status::AvailableForPickup {
        let mut e = exception(
            ExceptionKind::AwaitingPickup,
            None,
            last.at,
            &who,
            BuyerAction::Collect,
        );
        e.deadline = shipment.pickup.as_ref().and_then(|p| p.collect_by);
        out.push(e);
    }
    if status == Status::Exception {
        let reason = last.reason;
        let kind = if reason == Some(Reason::Lost) {
            ExceptionKind::Lost
        } else {
            ExceptionKind::CarrierException
        };
        let mut e = exception(kind, reason, last.at, &who, action_for_reason(reason));
        if matches!(
            reason,
            Some(
                Reason::DutiesUnpaid
                    | Reason::CustomsDocuments
                    | Reason::CustomsDelay
                    | Reason::CustomsInspection
                    | Reason::Prohibited
            )
        ) {
            e.facts.country = customs_country(shipment, last);
        }
        out.push(e);
    }
    if matches!(status, Status::Pending | Status::InfoReceived) {
        let first = shipment.events.first().map_or(last.at, |e| e.at);
        let days = (now - first).num_days();
        if days >= NEVER_SCANNED_AFTER_DAYS {
            let mut e = exception(
                ExceptionKind::NeverScanned,
                None,
                first,
                &who,
                BuyerAction::None,
            );
            e.facts.days = Some(days);
            out.push(e);
        }
        return out;
    }

    let origin = origin_country(shipment);
    let destination = destination_country(shipment);
    let lane = lane_for(origin.as_deref(), destination.as_deref());
    if let (Some(phase), Some(started)) = (shipment.phase, phase_started(shipment)) {
        if phase.is_customs() {
            let normal = lane.days(phase);
            let held = (now - started).num_days();
            if held > normal.max as i64 + CUSTOMS_GRACE_DAYS {
                let mut e = exception(
                    ExceptionKind::CustomsDwell,
                    Some(Reason::CustomsDelay),
                    started,
                    &who,
                    BuyerAction::None,
                );
                e.facts = ExceptionFacts {
                    days: Some(held),
                    usual_min: Some(normal.min),
                    usual_max: Some(normal.max),
                    country: if phase == Phase::ImportCustoms {
                        destination.clone()
                    } else {
                        origin.clone()
                    },
                    promised_by: None,
                };
                out.push(e);
            }
        }
    }

    if let Some(promised) = &shipment.promised {
        // Late once the buyer's last promised day is over (a day's grace covers time zones).
        if now > promised.latest + Duration::days(1) {
            let mut e = exception(
                ExceptionKind::Late,
                Some(Reason::CarrierDelay),
                promised.latest,
                &who,
                BuyerAction::None,
            );
            e.facts.promised_by = Some(promised.latest);
            out.push(e);
        }
    }

    let silent = (now - last.at).num_days();
    if silent >= LOST_AFTER_DAYS && !out.iter().any(|e| e.kind == ExceptionKind::Lost) {
        let mut e = exception(
            ExceptionKind::Lost,
            Some(Reason::Lost),
            last.at,
            &who,
            BuyerAction::WaitStore,
        );
        e.facts.days = Some(silent);
        out.push(e);
    } else if silent >= silence_threshold_days(shipment.phase) && silent < LOST_AFTER_DAYS {
        let mut e = exception(
            ExceptionKind::Silence,
            Some(Reason::CarrierDelay),
            last.at + Duration::days(silence_threshold_days(shipment.phase)),
            &who,
            BuyerAction::None,
        );
        e.facts.days = Some(silent);
        out.push(e);
    }
    out
}

/// The country whose customs holds the parcel: the last scan's, else the destination.
fn customs_country(shipment: &Shipment, last: &Event) -> Option<String> {
    last.location
        .as_ref()
        .and_then(|l| l.country.clone())
        .or_else(|| destination_country(shipment))
}

/// Re-judges a shipment at `now`: its ETA (see [`crate::estimate::estimate`]) and its
/// exceptions, together. The first window ever shown becomes the promise it is held to.
pub fn refresh(shipment: &mut Shipment, now: DateTime<Utc>) {
    shipment.eta = crate::estimate::estimate(shipment, None, None, now);
    if shipment.promised.is_none() && !shipment.status.is_terminal() {
        shipment.promised = shipment.eta.clone();
    }
    shipment.exceptions = detect_exceptions(shipment, now);
}

/// Carries the promise of an earlier snapshot of the same parcel into a fresh one, so a moving
/// estimate never hides that the parcel is late.
pub fn keep_promise(previous: Option<&Shipment>, current: &mut Shipment) {
    if let Some(p) = previous.and_then(|p| p.promised.clone().or_else(|| p.eta.clone())) {
        current.promised = Some(p);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Leg, Location};
    use chrono::TimeZone;

    fn at(month: u32, day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, month, day, 12, 0, 0).unwrap()
    }

    fn ev(day: u32, status: Status, phase: Phase, country: &str, carrier: Carrier) -> Event {
        Event::new(at(3, day), status, carrier, "scan")
            .with_phase(Some(phase))
            .with_location(Location::new(None, None, None, Some(country)))
    }

    fn parcel(events: Vec<Event>) -> Shipment {
        let mut s = Shipment::from_events(Carrier::Cainiao, "LP1", events, at(3, 1));
        s.add_leg(Leg::new(Carrier::Usps, "9400111"));
        s
    }

    fn kinds(s: &Shipment, now: DateTime<Utc>) -> Vec<ExceptionKind> {
        detect_exceptions(s, now)
            .into_iter()
            .map(|e| e.kind)
            .collect()
    }

    fn in_customs() -> Shipment {
        parcel(vec![
            ev(1, Status::InTransit, Phase::Origin, "CN", Carrier::Cainiao),
            ev(
                3,
                Status::InTransit,
                Phase::Linehaul,
                "CN",
                Carrier::Cainiao,
            ),
            ev(
                6,
                Status::InTransit,
                Phase::ImportCustoms,
                "US",
                Carrier::Usps,
            ),
        ])
    }

    #[test]
    fn customs_dwell_beyond_the_lane_names_the_holder() {
        let s = in_customs();
        // CN→US import customs is 1–4 days (+1 grace): on day 11 (5 days) nothing yet.
        assert!(kinds(&s, at(3, 11)).is_empty());
        let found = detect_exceptions(&s, at(3, 12));
        assert_eq!(found.len(), 1);
        let e = &found[0];
        assert_eq!(e.kind, ExceptionKind::CustomsDwell);
        assert_eq!(
            (e.carrier.clone(), e.tracking_number.as_str()),
            (Carrier::Usps, "9400111")
        );
        assert_eq!(e.since, at(3, 6));
        assert_eq!(
            (e.facts.country.as_deref(), e.facts.days, e.facts.usual_max),
            (Some("US"), Some(6), Some(4))
        );
        assert_eq!(e.action, BuyerAction::None);
    }

    #[test]
    fn silence_then_lost() {
        let s = parcel(vec![
            ev(1, Status::InTransit, Phase::Origin, "CN", Carrier::Cainiao),
            ev(
                3,
                Status::InTransit,
                Phase::Linehaul,
                "CN",
                Carrier::Cainiao,
            ),
        ]);
        assert!(
            kinds(&s, at(3, 12)).is_empty(),
            "9 days in linehaul is normal"
        );
        assert_eq!(kinds(&s, at(3, 14)), [ExceptionKind::Silence]);
        let lost = detect_exceptions(&s, at(4, 3));
        assert_eq!(
            lost.iter().map(|e| e.kind).collect::<Vec<_>>(),
            [ExceptionKind::Lost]
        );
        assert_eq!(lost[0].carrier, Carrier::Cainiao);
        assert_eq!(lost[0].tracking_number, "LP1");
    }

    #[test]
    fn a_stale_timeline_is_judged_when_it_was_fetched() {
        let mut s = parcel(vec![ev(
            3,
            Status::InTransit,
            Phase::Linehaul,
            "CN",
            Carrier::Cainiao,
        )]);
        s.stale = true;
        s.updated_at = at(3, 10);
        assert!(
            kinds(&s, at(4, 30)).is_empty(),
            "a carrier outage is not a lost parcel"
        );
    }

    #[test]
    fn delivered_parcels_never_raise_silence_or_lost() {
        let s = parcel(vec![ev(
            2,
            Status::Delivered,
            Phase::LastMile,
            "US",
            Carrier::Usps,
        )]);
        assert!(kinds(&s, at(3, 2) + Duration::days(60)).is_empty());
    }

    #[test]
    fn failed_attempt_returned_and_carrier_exception() {
        let failed = parcel(vec![ev(
            2,
            Status::FailedAttempt,
            Phase::LastMile,
            "US",
            Carrier::Usps,
        )]);
        let e = &detect_exceptions(&failed, at(3, 2))[0];
        assert_eq!(
            (e.kind, e.carrier.clone()),
            (ExceptionKind::FailedAttempt, Carrier::Usps)
        );
        let returning = parcel(vec![
            ev(2, Status::InTransit, Phase::Origin, "CN", Carrier::Cainiao),
            ev(
                4,
                Status::ReturningToSender,
                Phase::Return,
                "CN",
                Carrier::Cainiao,
            ),
        ]);
        assert_eq!(kinds(&returning, at(3, 5)), [ExceptionKind::Returned]);
        let mut duties = parcel(vec![ev(
            6,
            Status::Exception,
            Phase::ImportCustoms,
            "US",
            Carrier::Usps,
        )]);
        duties.events[0].reason = Some(Reason::DutiesUnpaid);
        let e = &detect_exceptions(&duties, at(3, 6))[0];
        assert_eq!(
            (e.kind, e.reason),
            (ExceptionKind::CarrierException, Some(Reason::DutiesUnpaid))
        );
        assert_eq!(e.action, BuyerAction::PayDuties);
        assert_eq!(e.facts.country.as_deref(), Some("US"));
        let moving_again = parcel(vec![
            ev(
                6,
                Status::Exception,
                Phase::ImportCustoms,
                "US",
                Carrier::Usps,
            ),
            ev(
                7,
                Status::InTransit,
                Phase::Destination,
                "US",
                Carrier::Usps,
            ),
        ]);
        assert!(
            kinds(&moving_again, at(3, 7)).is_empty(),
            "resolved by later progress"
        );
    }

    #[test]
    fn refresh_sets_eta_and_exceptions_together() {
        let mut s = in_customs();
        refresh(&mut s, at(3, 12));
        assert!(s.eta.is_some());
        assert_eq!(s.exceptions.len(), 1);
    }
}
