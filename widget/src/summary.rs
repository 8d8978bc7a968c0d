//! The one plain-language sentence: where the parcel is, what comes next, when, and anything
//! the buyer has to do.

use crate::i18n::{fill, Lang};
use crate::progress::progress;
use chrono::{DateTime, Utc};
use waymark_shared::{ExceptionKind, Shipment, Status};

/// The sentence for a parcel in `lang`; `day` formats an instant as a date in the buyer's zone.
pub fn sentence(s: &Shipment, lang: Lang, day: &dyn Fn(DateTime<Utc>) -> String) -> String {
    let t = lang.texts();
    let Some(last) = s.events.last() else {
        return t.sentence_pending.to_string();
    };
    if s.status == Status::Pending {
        return t.sentence_pending.to_string();
    }
    let mut out = if s.status == Status::Delivered {
        let at = s
            .events
            .iter()
            .rev()
            .find(|e| e.status == Status::Delivered)
            .map_or(last.at, |e| e.at);
        fill(t.sentence_delivered, &[("when", &day(at))])
    } else {
        let place = last
            .location
            .as_ref()
            .and_then(|l| l.city.clone().or_else(|| l.country.clone()));
        let bar = progress(s);
        let next = match (s.status, bar.current) {
            (Status::OutForDelivery | Status::AvailableForPickup | Status::FailedAttempt, _) => {
                t.status(Status::Delivered)
            }
            (Status::ReturningToSender, _) => t.status(Status::ReturnedToSender),
            (_, Some(i)) => bar
                .steps
                .get(i + 1)
                .map_or(t.status(Status::Delivered), |p| t.phase(*p)),
            (_, None) => t.phase(waymark_shared::Phase::Origin),
        };
        let when = s
            .eta
            .as_ref()
            .map(|e| {
                fill(
                    t.range,
                    &[("from", &day(e.earliest)), ("to", &day(e.latest))],
                )
            })
            .unwrap_or_default();
        let status_first = format!("{} — ", t.status(s.status));
        let body = match &place {
            Some(place) => fill(
                t.sentence_moving,
                &[
                    ("where", &fill(t.in_place, &[("place", place)])),
                    ("next", next),
                    ("when", &when),
                ],
            ),
            None => fill(
                t.sentence_stage,
                &[
                    (
                        "phase",
                        t.phase(s.phase.unwrap_or(waymark_shared::Phase::Origin)),
                    ),
                    ("next", next),
                    ("when", &when),
                ],
            ),
        };
        if matches!(s.status, Status::InTransit) {
            body
        } else {
            status_first + &body
        }
    };
    let action = s.exceptions.iter().find(|e| {
        matches!(e.kind, ExceptionKind::FailedAttempt)
            || e.reason.is_some_and(|r| r.needs_buyer_action())
    });
    if let Some(e) = action {
        out.push(' ');
        out.push_str(&fill(t.sentence_action, &[("what", t.exception(e.kind))]));
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use waymark_shared::{Carrier, Eta, EtaBasis, Event, Location, Phase, Reason};

    fn day(at: DateTime<Utc>) -> String {
        at.format("%b %-d").to_string()
    }

    fn at(d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, d, 12, 0, 0).unwrap()
    }

    #[test]
    fn in_customs_with_a_window() {
        let mut s = Shipment::from_events(
            Carrier::Cainiao,
            "LP1",
            vec![
                Event::new(at(1), Status::InTransit, Carrier::Cainiao, "a")
                    .with_phase(Some(Phase::Origin))
                    .with_location(Location::new(Some("Shenzhen"), None, None, Some("CN"))),
                Event::new(at(5), Status::InTransit, Carrier::Cainiao, "b")
                    .with_phase(Some(Phase::ImportCustoms))
                    .with_location(Location::new(Some("Paris"), None, None, Some("FR"))),
            ],
            at(5),
        );
        s.eta = Some(Eta::new(at(8), at(12), EtaBasis::LaneHistory));
        assert_eq!(
            sentence(&s, Lang::En, &day),
            "Your parcel is in Paris. Next: In destination country. Expected Mar 8 – Mar 12"
        );
        assert!(sentence(&s, Lang::Fr, &day).starts_with("Votre colis est à Paris"));
    }

    #[test]
    fn delivered_pending_and_action() {
        let delivered = Shipment::from_events(
            Carrier::Usps,
            "1",
            vec![Event::new(at(3), Status::Delivered, Carrier::Usps, "d")],
            at(3),
        );
        assert_eq!(
            sentence(&delivered, Lang::En, &day),
            "Your parcel was delivered Mar 3."
        );
        let pending = Shipment::from_events(Carrier::Usps, "1", vec![], at(3));
        assert_eq!(
            sentence(&pending, Lang::De, &day),
            "Der Versender hat Ihr Paket noch nicht erhalten."
        );
        let mut failed = Shipment::from_events(
            Carrier::Usps,
            "1",
            vec![Event::new(at(3), Status::FailedAttempt, Carrier::Usps, "n")
                .with_phase(Some(Phase::LastMile))],
            at(3),
        );
        waymark_shared::exception_rules::refresh(&mut failed, at(3));
        let text = sentence(&failed, Lang::En, &day);
        assert!(text.starts_with("Delivery attempted — "), "{text}");
        assert!(
            text.ends_with("Action needed: Delivery attempt failed"),
            "{text}"
        );
        let _ = Reason::Other;
    }
}
