//! USPS Tracking v3 (`GET /tracking/v3/tracking/{number}?expand=DETAIL`).
//!
//! Each event has a local `eventTimestamp`, a `GMTTimestamp` (UTC — trusted first) and a
//! `GMTOffset` (kept as the local offset). A null `eventCountry` means the United States.

use super::{Adapter, AdapterError, Context};
use crate::normalize::keywords::Meaning;
use crate::normalize::zones::zone_for;
use crate::normalize::{build, input, json, time};
use chrono::{DateTime, NaiveTime, Utc};
use serde_json::Value;
use waymark_shared::serde_time::parse_offset;
use waymark_shared::{Carrier, Eta, EtaBasis, Location, Phase, Reason, Shipment, Status};

/// The USPS adapter.
pub struct Usps;

impl Adapter for Usps {
    fn carrier(&self) -> Carrier {
        Carrier::Usps
    }

    fn normalize(&self, body: &[u8], ctx: &Context) -> Result<Vec<Shipment>, AdapterError> {
        let root: Value = input::json(body)?;
        if let Some(err) = root.get("error") {
            let code =
                json::text(err, &["code"]).or_else(|| json::text(err, &["errors", "0", "code"]));
            return Err(AdapterError::carrier(
                code.unwrap_or_else(|| "error".into()),
                json::text(err, &["message"])
                    .unwrap_or_else(|| "USPS returned an error without a message".into()),
            ));
        }
        // A batch reply is an array of tracking objects; a single reply is one object.
        let items: Vec<&Value> = match &root {
            Value::Array(items) => items.iter().collect(),
            other => vec![other],
        };
        let mut out = Vec::new();
        for item in items {
            let Some(number) = json::text(item, &["trackingNumber"]) else {
                return Err(AdapterError::malformed(
                    "tracking object has no `trackingNumber`",
                ));
            };
            out.push(shipment(item, &number, ctx));
        }
        Ok(out)
    }
}

/// USPS event codes.
fn code_meaning(code: &str) -> Option<Meaning> {
    use Status::*;
    Some(match code {
        "GX" | "MA" | "GC" => Meaning::status(InfoReceived).phase(Phase::Origin),
        "03" | "OA" | "80" | "81" | "82" => Meaning::status(InTransit).phase(Phase::Origin),
        "SF" | "10" | "A1" | "T1" | "TL" | "L1" | "U1" | "NT" | "07" | "EF" | "PC" => {
            Meaning::status(InTransit)
        }
        "OF" => Meaning::status(OutForDelivery).phase(Phase::LastMile),
        "01" | "DX" => Meaning::status(Delivered).phase(Phase::LastMile),
        "02" | "52" => Meaning::status(FailedAttempt)
            .phase(Phase::LastMile)
            .reason(Reason::RecipientUnavailable),
        "53" | "56" => Meaning::status(AvailableForPickup).phase(Phase::LastMile),
        "04" => Meaning::status(Exception)
            .phase(Phase::LastMile)
            .reason(Reason::Refused),
        "05" | "55" => Meaning::status(Exception).reason(Reason::AddressIssue),
        "09" | "29" => Meaning::status(ReturningToSender)
            .phase(Phase::Return)
            .reason(Reason::Returned),
        "CC" | "CD" => Meaning::status(InTransit).phase(Phase::ImportCustoms),
        _ => return None,
    })
}

fn location(e: &Value) -> Location {
    Location::new(
        json::text(e, &["eventCity"]).as_deref(),
        json::text(e, &["eventState"]).as_deref(),
        json::text(e, &["eventZIP"]).as_deref(),
        Some(
            json::text(e, &["eventCountry"])
                .and_then(|c| crate::normalize::country::to_alpha2(&c))
                .unwrap_or_else(|| "US".into()),
        )
        .as_deref(),
    )
}

fn stamp(e: &Value, place: &Location) -> Option<time::Stamp> {
    let offset = json::text(e, &["GMTOffset"]).and_then(|o| parse_offset(&o));
    if let Some(utc) = json::text(e, &["GMTTimestamp"]).and_then(|t| time::parse_with_offset(&t)) {
        return Some(time::Stamp {
            at: utc.at,
            offset: offset.or(utc.offset.filter(|o| o.local_minus_utc() != 0)),
        });
    }
    let local = time::parse_naive(&json::text(e, &["eventTimestamp"])?, &[])?;
    match offset {
        Some(o) => Some(time::at_offset(local, o)),
        None => time::infer(
            local,
            place.country.as_deref(),
            place.region.as_deref(),
            None,
        ),
    }
}

fn shipment(item: &Value, number: &str, ctx: &Context) -> Shipment {
    let events = json::list(item, &["trackingEvents"])
        .iter()
        .filter_map(|e| {
            let place = location(e);
            let at = stamp(e, &place)?;
            let code = json::text(e, &["eventCode"]);
            let words = json::text(e, &["eventType"]).unwrap_or_default();
            let m = build::meaning(code.as_deref().and_then(code_meaning), &words);
            build::event(&Carrier::Usps, at, m, &words, code.as_deref(), place)
        })
        .collect();
    let mut shipment = Shipment::from_events(Carrier::Usps, number, events, ctx.fetched_at);
    if let Some(category) = json::text(item, &["statusCategory"]) {
        if category.eq_ignore_ascii_case("delivered") {
            shipment.apply_reported_status(Status::Delivered);
        }
    }
    if !shipment.status.is_terminal() {
        shipment.eta = eta(item);
    }
    shipment
}

/// A guaranteed date is a promise; an expected one an estimate, narrowed to the window
/// `expectedDeliveryTimeStart`–`expectedDeliveryTimeEnd` when USPS gives one. Dates and times
/// without an offset are the destination's local time; a date alone is that whole day.
fn eta(item: &Value) -> Option<Eta> {
    let zone = zone_for("US", json::text(item, &["destinationState"]).as_deref());
    let read = |field: &str| json::text(item, &[field]).and_then(|raw| time::window(&raw, zone));
    if let Some((a, b)) =
        read("guaranteedDeliveryTimeStamp").or_else(|| read("guaranteedDeliveryDate"))
    {
        return build::eta(a, b, EtaBasis::CarrierPromise);
    }
    let day = json::text(item, &["expectedDeliveryDate"]);
    let bound = |field: &str| -> Option<DateTime<Utc>> {
        let raw = json::text(item, &[field])?;
        if let Some((at, _)) = time::window(&raw, zone).filter(|_| raw.len() > 10) {
            return Some(at);
        }
        // A time of day ("09:00", "9:00 AM") on the expected date.
        let date = time::parse_date(day.as_deref()?.get(..10)?)?;
        let clock = ["%H:%M:%S", "%H:%M", "%I:%M %p", "%I:%M%p", "%I %p", "%I%p"]
            .iter()
            .find_map(|f| {
                NaiveTime::parse_from_str(raw.trim().to_ascii_uppercase().as_str(), f).ok()
            })?;
        Some(time::in_zone(date.and_time(clock), zone?).at)
    };
    let (start, end) = (
        bound("expectedDeliveryTimeStart"),
        bound("expectedDeliveryTimeEnd"),
    );
    let whole_day = day.as_deref().and_then(|d| time::window(d, zone));
    let (a, b) = match (start, end, whole_day) {
        (Some(a), Some(b), _) if a < b => (a, b),
        (Some(a), _, Some((_, last))) if a < last => (a, last),
        (_, Some(b), Some((first, _))) if first < b => (first, b),
        _ => read("expectedDeliveryTimeStamp").or(whole_day)?,
    };
    build::eta(a, b, EtaBasis::CarrierEstimate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_codes() {
        assert_eq!(code_meaning("01").unwrap().status, Status::Delivered);
        assert_eq!(code_meaning("GX").unwrap().status, Status::InfoReceived);
        assert_eq!(code_meaning("02").unwrap().status, Status::FailedAttempt);
        assert!(code_meaning("ZZ").is_none());
    }

    #[test]
    fn expected_date_is_the_whole_day_at_the_destination() {
        let item =
            serde_json::json!({"destinationState": "CA", "expectedDeliveryDate": "2024-11-22"});
        let day = eta(&item).unwrap();
        assert_eq!(day.earliest.to_rfc3339(), "2024-11-22T08:00:00+00:00");
        assert_eq!(day.basis, EtaBasis::CarrierEstimate);
        let item = serde_json::json!({"destinationState": "FL", "expectedDeliveryDate": "2024-11-22",
            "expectedDeliveryTimeStart": "09:00", "expectedDeliveryTimeEnd": "9:00 PM"});
        let window = eta(&item).unwrap();
        assert_eq!(window.earliest.to_rfc3339(), "2024-11-22T14:00:00+00:00");
        assert_eq!(window.latest.to_rfc3339(), "2024-11-23T02:00:00+00:00");
    }
}
