//! FedEx Track API v1 (`POST /track/v1/trackingnumbers`).
//!
//! `completeTrackResults[].trackResults[]`: FedEx reuses numbers, so one number can return
//! several results — each is its own parcel (told apart by `trackingNumberUniqueId`), never
//! merged. A result that is only an `error` (not found) is skipped; if nothing else remains the
//! reply is "not found". Scan dates mostly carry an offset; when one does not, the offset comes
//! from the scan's country and state.

use super::{Adapter, AdapterError, Context};
use crate::normalize::keywords::Meaning;
use crate::normalize::{build, input, json, time};
use serde_json::Value;
use waymark_shared::{
    Carrier, Eta, EtaBasis, Location, Phase, PickupPoint, Reason, Shipment, Status,
};

/// The FedEx adapter.
pub struct Fedex;

impl Adapter for Fedex {
    fn carrier(&self) -> Carrier {
        Carrier::Fedex
    }

    fn normalize(&self, body: &[u8], ctx: &Context) -> Result<Vec<Shipment>, AdapterError> {
        let root: Value = input::json(body)?;
        if let Some(err) = json::list(&root, &["errors"]).first() {
            return Err(AdapterError::carrier(
                json::text(err, &["code"]).unwrap_or_else(|| "?".into()),
                json::text(err, &["message"]).unwrap_or_default(),
            ));
        }
        let Some(complete) =
            json::at(&root, &["output", "completeTrackResults"]).and_then(Value::as_array)
        else {
            return Err(AdapterError::malformed(
                "reply has no `output.completeTrackResults`",
            ));
        };
        let mut out = Vec::new();
        let mut first_error = None;
        for c in complete {
            for r in json::list(c, &["trackResults"]) {
                let has_data =
                    r.get("scanEvents").is_some() || r.get("latestStatusDetail").is_some();
                if !has_data {
                    if let Some(code) = json::text(r, &["error", "code"]) {
                        let number = json::text(r, &["trackingNumberInfo", "trackingNumber"])
                            .or_else(|| json::text(c, &["trackingNumber"]))
                            .unwrap_or_default();
                        first_error.get_or_insert(if code.contains("NOTFOUND") {
                            AdapterError::not_found(number)
                        } else {
                            AdapterError::carrier(
                                code,
                                json::text(r, &["error", "message"]).unwrap_or_default(),
                            )
                        });
                    }
                    continue;
                }
                out.extend(result(r, c, ctx));
            }
        }
        match (out.is_empty(), first_error) {
            (true, Some(e)) => Err(e),
            _ => Ok(out),
        }
    }
}

/// FedEx scan event types.
fn code_meaning(code: &str) -> Option<Meaning> {
    use Status::*;
    Some(match code {
        "OC" => Meaning::status(InfoReceived).phase(Phase::Origin),
        "PU" | "PX" => Meaning::status(InTransit).phase(Phase::Origin),
        "AR" | "DP" | "IT" | "AF" | "CP" | "EP" | "TR" | "PM" | "AA" | "AC" | "OF" => {
            Meaning::status(InTransit)
        }
        "CC" => Meaning::status(InTransit).phase(Phase::ImportCustoms),
        "CD" => Meaning::status(Exception)
            .phase(Phase::ImportCustoms)
            .reason(Reason::CustomsDelay),
        "OD" => Meaning::status(OutForDelivery).phase(Phase::LastMile),
        "DL" => Meaning::status(Delivered).phase(Phase::LastMile),
        "HL" | "HP" => Meaning::status(AvailableForPickup).phase(Phase::LastMile),
        "DE" | "DD" | "SE" => Meaning::status(Exception),
        "CA" => Meaning::status(Cancelled),
        "RS" | "RP" => Meaning::status(ReturningToSender)
            .phase(Phase::Return)
            .reason(Reason::Returned),
        _ => return None,
    })
}

fn location(v: Option<&Value>) -> Location {
    let a = v.unwrap_or(&Value::Null);
    Location::new(
        json::text(a, &["city"]).as_deref(),
        json::text(a, &["stateOrProvinceCode"]).as_deref(),
        json::text(a, &["postalCode"]).as_deref(),
        json::text(a, &["countryCode"]).as_deref(),
    )
}

fn result(r: &Value, complete: &Value, ctx: &Context) -> Option<Shipment> {
    let number = json::text(r, &["trackingNumberInfo", "trackingNumber"])
        .or_else(|| json::text(complete, &["trackingNumber"]))?;
    let events = json::list(r, &["scanEvents"])
        .iter()
        .filter_map(|e| {
            let place = location(e.get("scanLocation"));
            let raw = json::text(e, &["date"])?;
            let at = time::parse_with_offset(&raw).or_else(|| {
                time::infer(
                    time::parse_naive(&raw, &[])?,
                    place.country.as_deref(),
                    place.region.as_deref(),
                    None,
                )
            })?;
            let code = json::text(e, &["eventType"]);
            let mut words = json::text(e, &["eventDescription"]).unwrap_or_default();
            if let Some(x) = json::text(e, &["exceptionDescription"]) {
                words = format!("{words}: {x}");
            }
            let mut m = build::meaning(code.as_deref().and_then(code_meaning), &words);
            if m.status == Status::Exception
                && json::text(e, &["delayDetail", "type"]).as_deref() == Some("WEATHER")
            {
                m.reason = Some(Reason::Weather);
            }
            build::event(&Carrier::Fedex, at, m, &words, code.as_deref(), place)
        })
        .collect();
    let mut shipment = Shipment::from_events(Carrier::Fedex, &number, events, ctx.fetched_at);
    if let Some(m) = json::text(r, &["latestStatusDetail", "code"])
        .as_deref()
        .and_then(code_meaning)
    {
        shipment.apply_reported_status(m.status);
    }
    shipment.pickup = hold_location(r);
    if !shipment.status.is_terminal() {
        shipment.eta = window(r, "estimatedDeliveryTimeWindow", EtaBasis::CarrierEstimate)
            .or_else(|| window(r, "standardTransitTimeWindow", EtaBasis::CarrierEstimate));
    }
    Some(shipment)
}

/// The FedEx location holding the parcel for collection (`holdAtLocation` of type
/// `PICKUP_LOCATION`): the business's name and town. The contact person, phone and street lines
/// beside them are never read.
fn hold_location(r: &Value) -> Option<PickupPoint> {
    let hold = json::at(r, &["holdAtLocation"])?;
    if json::text(hold, &["locationType"]).as_deref() != Some("PICKUP_LOCATION") {
        return None;
    }
    let name = json::text(
        hold,
        &["locationContactAndAddress", "contact", "companyName"],
    )?;
    let place = location(json::at(hold, &["locationContactAndAddress", "address"]));
    Some(PickupPoint {
        name,
        hours: None,
        collect_by: None,
        location: place.non_empty(),
    })
}

/// A FedEx delivery window; a bound without an offset takes the other bound's offset.
fn window(r: &Value, field: &str, basis: EtaBasis) -> Option<Eta> {
    let begins = json::text(r, &[field, "window", "begins"]);
    let ends = json::text(r, &[field, "window", "ends"]);
    let with_offset = |t: &Option<String>| t.as_deref().and_then(time::parse_with_offset);
    let (b, e) = (with_offset(&begins), with_offset(&ends));
    let offset = b.or(e).and_then(|s| s.offset)?;
    let resolve = |t: &Option<String>, s: Option<time::Stamp>| {
        s.or_else(|| {
            Some(time::at_offset(
                time::parse_naive(t.as_deref()?, &[])?,
                offset,
            ))
        })
    };
    let (b, e) = (resolve(&begins, b)?, resolve(&ends, e)?);
    build::eta(b.at, e.at, basis)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hold_location_is_the_pickup_point_without_its_contact() {
        let r = serde_json::json!({"holdAtLocation": {"locationType": "PICKUP_LOCATION",
            "locationContactAndAddress": {"contact": {"personName": "John Taylor", "phoneNumber": "1234567890", "companyName": "FedEx Office"},
            "address": {"streetLines": ["1043 North Easy Street"], "city": "SEATTLE", "stateOrProvinceCode": "WA", "postalCode": "98101", "countryCode": "US"}}}});
        let p = hold_location(&r).expect("a pickup point");
        assert_eq!(p.name, "FedEx Office");
        assert_eq!(p.location.unwrap().city.as_deref(), Some("SEATTLE"));
        let text = serde_json::to_string(&hold_location(&r)).unwrap();
        assert!(
            !text.contains("John") && !text.contains("1234567890") && !text.contains("Easy Street")
        );
        let elsewhere = serde_json::json!({"holdAtLocation": {"locationType": "FEDEX_ONSITE"}});
        assert!(hold_location(&elsewhere).is_none());
    }

    #[test]
    fn event_types() {
        assert_eq!(code_meaning("DL").unwrap().status, Status::Delivered);
        assert_eq!(code_meaning("OD").unwrap().status, Status::OutForDelivery);
        assert_eq!(
            code_meaning("CD").unwrap().reason,
            Some(Reason::CustomsDelay)
        );
        assert!(code_meaning("ZZ").is_none());
    }
}
