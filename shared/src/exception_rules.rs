//! Exception rules: what needs attention, judged from the timeline at a fixed instant. Each
//! names the leg and carrier that last held the parcel — the basis of a lost-parcel claim.

use crate::estimate::{destination_country, origin_country, phase_started};
use crate::lanes::lane_for;
use crate::{Carrier, Event, ExceptionKind, Phase, Reason, Shipment, ShipmentException, Status};
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

fn exception(
    kind: ExceptionKind,
    reason: Option<Reason>,
    since: DateTime<Utc>,
    who: &(Carrier, String),
    message: String,
) -> ShipmentException {
    ShipmentException {
        kind,
        reason,
        since,
        carrier: who.0.clone(),
        tracking_number: who.1.clone(),
        message,
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
        let message = if status == Status::ReturnedToSender {
            "The parcel went back to the sender. The store can arrange a new shipment or a refund."
        } else {
            "The parcel is on its way back to the sender. Contact the store to arrange what happens next."
        };
        out.push(exception(
            ExceptionKind::Returned,
            Some(Reason::Returned),
            since,
            &who,
            message.into(),
        ));
        return out;
    }
    if status.is_terminal() {
        return out;
    }
    if status == Status::FailedAttempt {
        let reason = last.reason.or(Some(Reason::RecipientUnavailable));
        let message = format!(
            "{} could not deliver the parcel{}. It will usually try again or leave it at a pickup point; check the notice or contact {}.",
            who.0,
            match reason {
                Some(Reason::AddressIssue) => " because of an address problem",
                Some(Reason::BusinessClosed) => " because the business was closed",
                _ => "",
            },
            who.0
        );
        out.push(exception(
            ExceptionKind::FailedAttempt,
            reason,
            last.at,
            &who,
            message,
        ));
    }
    if status == Status::Exception {
        let reason = last.reason;
        let message = match reason {
            Some(Reason::DutiesUnpaid) => "Duties or taxes must be paid before the parcel is released. Follow the carrier's payment notice.".to_string(),
            Some(Reason::CustomsDocuments) => "Customs needs more information before releasing the parcel. Watch for a request from the carrier or contact the store.".to_string(),
            Some(Reason::AddressIssue) => "The carrier reports an address problem. Contact the store to confirm the delivery address.".to_string(),
            Some(r) => format!("{} reported a problem ({}). Nothing to do yet; the store will follow up if it is not resolved.", who.0, crate::fold::lower(&r.to_string())),
            None => format!("{} reported a problem with the parcel. Nothing to do yet; the store will follow up if it is not resolved.", who.0),
        };
        let kind = if reason == Some(Reason::Lost) {
            ExceptionKind::Lost
        } else {
            ExceptionKind::CarrierException
        };
        out.push(exception(kind, reason, last.at, &who, message));
    }

    let origin = origin_country(shipment);
    let destination = destination_country(shipment);
    let lane = lane_for(origin.as_deref(), destination.as_deref());
    if let (Some(phase), Some(started)) = (shipment.phase, phase_started(shipment)) {
        if phase.is_customs() {
            let normal = lane.days(phase);
            let held = (now - started).num_days();
            if held > normal.max as i64 + CUSTOMS_GRACE_DAYS {
                let place = if phase == Phase::ImportCustoms {
                    destination.clone()
                } else {
                    origin.clone()
                };
                let message = format!(
                    "Customs{} has held the parcel for {held} days; usually {}–{}. Nothing to do yet; if it passes {} days, contact the store.",
                    place.map(|c| format!(" in {c}")).unwrap_or_default(),
                    normal.min,
                    normal.max,
                    normal.max * 2 + 2
                );
                out.push(exception(
                    ExceptionKind::CustomsDwell,
                    Some(Reason::CustomsDelay),
                    started,
                    &who,
                    message,
                ));
            }
        }
    }

    let silent = (now - last.at).num_days();
    if silent >= LOST_AFTER_DAYS && !out.iter().any(|e| e.kind == ExceptionKind::Lost) {
        let message = format!(
            "No scan for {silent} days since {} last had the parcel. It may be lost: the store can open a claim with {}.",
            who.0, who.0
        );
        out.push(exception(
            ExceptionKind::Lost,
            Some(Reason::Lost),
            last.at,
            &who,
            message,
        ));
    } else if silent >= silence_threshold_days(shipment.phase) && silent < LOST_AFTER_DAYS {
        let message = format!(
            "No update for {silent} days while {} has the parcel{}. Parcels often go quiet {}; the store is watching it.",
            who.0,
            shipment.phase.map(|p| format!(" ({})", crate::fold::lower(&p.to_string()))).unwrap_or_default(),
            if shipment.phase == Some(Phase::Linehaul) { "between countries" } else { "for a while" }
        );
        out.push(exception(
            ExceptionKind::Silence,
            Some(Reason::CarrierDelay),
            last.at + Duration::days(silence_threshold_days(shipment.phase)),
            &who,
            message,
        ));
    }
    out
}

/// Re-judges a shipment at `now`: its ETA (see [`crate::estimate::estimate`]) and its
/// exceptions, together.
pub fn refresh(shipment: &mut Shipment, now: DateTime<Utc>) {
    shipment.eta = crate::estimate::estimate(shipment, None, None, now);
    shipment.exceptions = detect_exceptions(shipment, now);
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
        assert!(
            e.message.contains("in US") && e.message.contains("6 days"),
            "{}",
            e.message
        );
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
        assert!(e.message.contains("paid"));
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
