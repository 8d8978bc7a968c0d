//! UPS Track API v1 (`GET /api/track/v1/details/{inquiryNumber}`).
//!
//! Each `package` is a parcel. Activity times are `date` YYYYMMDD + `time` HHMMSS with no
//! zone: `gmtDate`/`gmtTime`/`gmtOffset` win when present, otherwise the offset comes from the
//! activity's country and state. `alternateTrackingNumber` (e.g. `USPS_PIC` for SurePost / Mail
//! Innovations) becomes a hand-off leg. OpenAPI placeholder values (`"string"`) are absent.

use super::{Adapter, AdapterError, Context};
use crate::normalize::keywords::Meaning;
use crate::normalize::zones::zone_for;
use crate::normalize::{build, handoff, input, json, time};
use chrono::{Duration, NaiveDateTime, NaiveTime};
use serde_json::Value;
use waymark_shared::{
    Carrier, Eta, EtaBasis, Leg, Location, Phase, PickupPoint, Reason, Shipment, Status,
};

/// The UPS adapter.
pub struct Ups;

impl Adapter for Ups {
    fn carrier(&self) -> Carrier {
        Carrier::Ups
    }

    fn normalize(&self, body: &[u8], ctx: &Context) -> Result<Vec<Shipment>, AdapterError> {
        let root: Value = input::json(body)?;
        if let Some(err) = json::list(&root, &["response", "errors"]).first() {
            return Err(AdapterError::carrier(
                json::text(err, &["code"]).unwrap_or_else(|| "?".into()),
                json::text(err, &["message"]).unwrap_or_default(),
            ));
        }
        let Some(shipments) =
            json::at(&root, &["trackResponse", "shipment"]).and_then(Value::as_array)
        else {
            return Err(AdapterError::malformed(
                "reply has no `trackResponse.shipment`",
            ));
        };
        let mut out = Vec::new();
        let mut not_found = None;
        for s in shipments {
            let inquiry = json::text(s, &["inquiryNumber"]);
            let packages = json::list(s, &["package"]);
            if packages.is_empty() {
                if let Some(w) = json::list(s, &["warnings"]).first() {
                    not_found = Some(match json::text(w, &["code"]).as_deref() {
                        Some("TW0001") => AdapterError::not_found(
                            inquiry
                                .clone()
                                .unwrap_or_else(|| "(number not echoed)".into()),
                        ),
                        _ => AdapterError::carrier(
                            json::text(w, &["code"]).unwrap_or_default(),
                            json::text(w, &["message"]).unwrap_or_default(),
                        ),
                    });
                }
            }
            out.extend(
                packages
                    .iter()
                    .filter_map(|p| package(p, inquiry.as_deref(), ctx)),
            );
        }
        match (out.is_empty(), not_found) {
            (true, Some(e)) => Err(e),
            _ => Ok(out),
        }
    }
}

/// UPS status: specific activity codes first, then the status type letter.
fn code_meaning(kind: Option<&str>, code: Option<&str>) -> Option<Meaning> {
    use Status::*;
    let by_code = match code {
        Some("SR") => Some(Meaning::status(InTransit).phase(Phase::ImportCustoms)),
        Some("OT" | "OF") => Some(Meaning::status(OutForDelivery).phase(Phase::LastMile)),
        Some("MP") => Some(Meaning::status(InfoReceived).phase(Phase::Origin)),
        Some("OR") => Some(Meaning::status(InTransit).phase(Phase::Origin)),
        Some("KB" | "ZP") => Some(Meaning::status(AvailableForPickup).phase(Phase::LastMile)),
        Some("RS") => Some(
            Meaning::status(ReturningToSender)
                .phase(Phase::Return)
                .reason(Reason::Returned),
        ),
        _ => None,
    };
    by_code.or(match kind? {
        "M" => Some(Meaning::status(InfoReceived).phase(Phase::Origin)),
        "MV" => Some(Meaning::status(Cancelled)),
        "P" => Some(Meaning::status(InTransit).phase(Phase::Origin)),
        "I" | "W" | "DO" | "DD" => Some(Meaning::status(InTransit)),
        "O" => Some(Meaning::status(OutForDelivery).phase(Phase::LastMile)),
        "D" => Some(Meaning::status(Delivered).phase(Phase::LastMile)),
        "X" => Some(Meaning::status(Exception)),
        "RS" => Some(
            Meaning::status(ReturningToSender)
                .phase(Phase::Return)
                .reason(Reason::Returned),
        ),
        _ => None,
    })
}

fn location(v: &Value) -> Location {
    let a = json::at(v, &["location", "address"]).unwrap_or(&Value::Null);
    Location::new(
        json::text(a, &["city"]).as_deref(),
        json::text(a, &["stateProvince"]).as_deref(),
        json::text(a, &["postalCode"]).as_deref(),
        json::text(a, &["countryCode"])
            .or_else(|| json::text(a, &["country"]))
            .as_deref(),
    )
}

fn local_datetime(date: &str, time: Option<&str>) -> Option<NaiveDateTime> {
    let day = time::parse_date(date)?;
    let t = time
        .map(|t| t.replace(':', ""))
        .unwrap_or_else(|| "000000".into());
    let t = NaiveTime::parse_from_str(&format!("{t:0<6}"), "%H%M%S").ok()?;
    Some(day.and_time(t))
}

fn stamp(a: &Value, place: &Location, home: Option<&Location>) -> Option<time::Stamp> {
    if let (Some(d), Some(t)) = (json::text(a, &["gmtDate"]), json::text(a, &["gmtTime"])) {
        if let Some(utc) = local_datetime(&d, Some(&t)) {
            let offset = json::text(a, &["gmtOffset"])
                .and_then(|o| waymark_shared::serde_time::parse_offset(&o));
            let at = chrono::TimeZone::from_utc_datetime(&chrono::Utc, &utc);
            return Some(time::Stamp { at, offset });
        }
    }
    let local = local_datetime(
        &json::text(a, &["date"])?,
        json::text(a, &["time"]).as_deref(),
    )?;
    let (country, region) = match (&place.country, home) {
        (Some(c), _) => (Some(c.clone()), place.region.clone()),
        (None, Some(h)) => (h.country.clone(), h.region.clone()),
        (None, None) => (None, None),
    };
    time::infer(local, country.as_deref(), region.as_deref(), None)
}

fn package(p: &Value, inquiry: Option<&str>, ctx: &Context) -> Option<Shipment> {
    let number = json::text(p, &["trackingNumber"]).or_else(|| inquiry.map(str::to_string))?;
    let destination = json::list(p, &["packageAddress"])
        .iter()
        .find(|a| json::text(a, &["type"]).is_some_and(|t| t.contains("DESTINATION")))
        .map(|a| location(&serde_json::json!({"location": {"address": a.get("address")}})));
    let events = json::list(p, &["activity"])
        .iter()
        .filter_map(|a| {
            let place = location(a);
            let at = stamp(a, &place, destination.as_ref())?;
            let kind = json::text(a, &["status", "type"]);
            let code = json::text(a, &["status", "code"]);
            // An activity without a status type or code is classified from its words.
            let words = json::text(a, &["status", "description"])
                .or_else(|| json::text(a, &["status", "simplifiedTextDescription"]))
                .unwrap_or_default();
            let m = build::meaning(code_meaning(kind.as_deref(), code.as_deref()), &words);
            build::event(&Carrier::Ups, at, m, &words, code.as_deref(), place)
        })
        .collect();
    let mut shipment = Shipment::from_events(Carrier::Ups, &number, events, ctx.fetched_at);
    if let Some(m) = code_meaning(
        json::text(p, &["currentStatus", "type"]).as_deref(),
        json::text(p, &["currentStatus", "code"]).as_deref(),
    ) {
        shipment.apply_reported_status(m.status);
    }
    for alt in json::list(p, &["alternateTrackingNumber"]) {
        // The number alone: label text or control characters inside the value are not part of it.
        let number = json::text(alt, &["number"]).map(|n| handoff::number(&n).unwrap_or(n));
        let (Some(n), kind) = (number, json::text(alt, &["type"])) else {
            continue;
        };
        let carrier = match kind.as_deref() {
            Some(k) if k.starts_with("USPS") => Carrier::Usps,
            _ => Carrier::Ups,
        };
        shipment.add_leg(Leg::new(carrier, &n));
    }
    shipment.eta = eta(p, destination.as_ref());
    shipment.pickup = access_point(p, destination.as_ref());
    Some(shipment)
}

/// A UPS Access Point holding the parcel: its collect-by date (`pickupByDate`, YYYYMMDD, the
/// end of that day in the destination's zone). UPS names no point in the tracking reply.
fn access_point(p: &Value, destination: Option<&Location>) -> Option<PickupPoint> {
    let raw = json::text(p, &["accessPointInformation", "pickupByDate"])?;
    let day = local_datetime(&raw, Some("235959"))?;
    let zone = destination.and_then(|d| zone_for(d.country.as_deref()?, d.region.as_deref()))?;
    Some(PickupPoint {
        name: String::new(),
        hours: None,
        collect_by: Some(time::in_zone(day, zone).at).filter(time::plausible),
        location: None,
    })
}

/// The scheduled (or rescheduled) delivery date, with the delivery window when given, in the
/// destination's zone. A delivered parcel has none.
fn eta(p: &Value, destination: Option<&Location>) -> Option<Eta> {
    let dates = json::list(p, &["deliveryDate"]);
    if dates
        .iter()
        .any(|d| json::text(d, &["type"]).as_deref() == Some("DEL"))
    {
        return None;
    }
    let date = dates
        .iter()
        .find(|d| json::text(d, &["type"]).as_deref() == Some("RDD"))
        .or_else(|| {
            dates
                .iter()
                .find(|d| json::text(d, &["type"]).as_deref() == Some("SDD"))
        })
        .and_then(|d| json::text(d, &["date"]))?;
    let start = local_datetime(
        &date,
        json::text(p, &["deliveryTime", "startTime"]).as_deref(),
    )?;
    let end = json::text(p, &["deliveryTime", "endTime"])
        .and_then(|t| local_datetime(&date, Some(&t)))
        .filter(|e| *e > start)
        .unwrap_or(start + Duration::days(1) - Duration::seconds(1));
    let zone = destination.and_then(|d| zone_for(d.country.as_deref()?, d.region.as_deref()))?;
    build::eta(
        time::in_zone(start, zone).at,
        time::in_zone(end, zone).at,
        EtaBasis::CarrierPromise,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_access_point_collect_by_date_ends_that_day_where_the_parcel_is() {
        let p = serde_json::json!({"accessPointInformation": {"pickupByDate": "20261212"}});
        let la = Location::new(Some("LOS ANGELES"), Some("CA"), None, Some("US"));
        let point = access_point(&p, Some(&la)).expect("a collect-by date");
        assert_eq!(
            waymark_shared::serde_time::format_utc(&point.collect_by.unwrap()),
            "2026-12-13T07:59:59Z"
        );
        let placeholder = serde_json::json!({"accessPointInformation": {"pickupByDate": "string"}});
        assert!(access_point(&placeholder, Some(&la)).is_none());
    }

    #[test]
    fn codes_before_type_letters() {
        let sr = code_meaning(Some("X"), Some("SR")).unwrap();
        assert_eq!(
            (sr.status, sr.phase),
            (Status::InTransit, Some(Phase::ImportCustoms))
        );
        assert_eq!(
            code_meaning(Some("D"), Some("FS")).unwrap().status,
            Status::Delivered
        );
        assert_eq!(
            code_meaning(Some("X"), Some("ZZ")).unwrap().status,
            Status::Exception
        );
        assert!(code_meaning(Some("?"), None).is_none());
    }

    #[test]
    fn local_times() {
        assert_eq!(
            local_datetime("20210210", Some("071356"))
                .unwrap()
                .to_string(),
            "2021-02-10 07:13:56"
        );
        assert_eq!(
            local_datetime("20210210", Some("12:13:56"))
                .unwrap()
                .to_string(),
            "2021-02-10 12:13:56"
        );
        assert!(local_datetime("string", None).is_none());
    }
}
