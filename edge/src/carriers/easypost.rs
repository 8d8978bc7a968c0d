//! EasyPost Tracker objects (aggregator): `GET /v2/trackers/{id}` or a tracker list.
//!
//! Times in `tracking_details[].datetime` are UTC (`Z`) and trusted; the normalized
//! `status` values map one to one. The underlying carrier (`carrier: "USPS"`) is who holds the
//! parcel: shipments and events are attributed to it when Waymark knows it. `est_delivery_date`
//! becomes a carrier estimate. `{"error": …}` is a carrier error.

use super::{Adapter, AdapterError, Context};
use crate::normalize::keywords::Meaning;
use crate::normalize::zones::{zone_for, Zone};
use crate::normalize::{build, country, input, json, time};
use chrono::{DateTime, Duration, Utc};
use serde_json::Value;
use waymark_shared::{Carrier, Eta, EtaBasis, Location, Phase, Reason, Shipment, Status};

/// The EasyPost adapter.
pub struct EasyPost;

impl Adapter for EasyPost {
    fn carrier(&self) -> Carrier {
        Carrier::EasyPost
    }

    fn normalize(&self, body: &[u8], ctx: &Context) -> Result<Vec<Shipment>, AdapterError> {
        let root: Value = input::json(body)?;
        if let Some(err) = root.get("error") {
            return Err(AdapterError::carrier(
                json::text(err, &["code"]).unwrap_or_else(|| "error".into()),
                json::text(err, &["message"]).unwrap_or_default(),
            ));
        }
        let trackers: Vec<&Value> = match root.get("trackers").and_then(Value::as_array) {
            Some(list) => list.iter().collect(),
            None if json::text(&root, &["object"]).as_deref() == Some("Tracker") => vec![&root],
            None => {
                return Err(AdapterError::malformed(
                    "expected a Tracker object or a tracker list",
                ))
            }
        };
        Ok(trackers
            .into_iter()
            .filter_map(|t| tracker(t, ctx))
            .collect())
    }
}

fn status_meaning(status: &str, detail: Option<&str>) -> Option<Meaning> {
    use Phase::*;
    use Status::*;
    Some(match status {
        "pre_transit" => Meaning::status(InfoReceived).phase(Origin),
        "in_transit" => Meaning::status(InTransit),
        "out_for_delivery" => Meaning::status(OutForDelivery).phase(LastMile),
        "delivered" => Meaning::status(Delivered).phase(LastMile),
        "available_for_pickup" => Meaning::status(AvailableForPickup).phase(LastMile),
        "return_to_sender" => Meaning::status(ReturningToSender)
            .phase(Return)
            .reason(Reason::Returned),
        "cancelled" => Meaning::status(Cancelled),
        "failure" | "error" => {
            let reason = match detail {
                Some("address_correction" | "incorrect_address") => Reason::AddressIssue,
                Some("weather_delay") => Reason::Weather,
                Some("damaged") => Reason::Damaged,
                Some("lost") => Reason::Lost,
                Some("customs_hold" | "held_in_customs") => Reason::CustomsDelay,
                Some("delivery_exception" | "attempted_delivery") => {
                    return Some(
                        Meaning::status(FailedAttempt)
                            .phase(LastMile)
                            .reason(Reason::RecipientUnavailable),
                    )
                }
                _ => Reason::Other,
            };
            Meaning::status(Exception).reason(reason)
        }
        _ => return None,
    })
}

fn location(v: Option<&Value>) -> Location {
    let v = v.unwrap_or(&Value::Null);
    Location::new(
        json::text(v, &["city"]).as_deref(),
        json::text(v, &["state"]).as_deref(),
        json::text(v, &["zip"]).as_deref(),
        json::text(v, &["country"])
            .and_then(|c| country::to_alpha2(&c))
            .as_deref(),
    )
}

fn tracker(t: &Value, ctx: &Context) -> Option<Shipment> {
    let number = json::text(t, &["tracking_code"])?;
    let carrier = json::text(t, &["carrier"])
        .map(|c| Carrier::from_name(&c))
        .filter(Carrier::is_known)
        .unwrap_or(Carrier::EasyPost);
    let events = json::list(t, &["tracking_details"])
        .iter()
        .filter_map(|d| {
            let at = time::parse_with_offset(&json::text(d, &["datetime"])?)?;
            let words = json::text(d, &["message"])
                .or_else(|| json::text(d, &["description"]))
                .unwrap_or_default();
            let code = json::text(d, &["status_detail"]);
            let m = build::meaning(
                json::text(d, &["status"]).and_then(|s| status_meaning(&s, code.as_deref())),
                &words,
            );
            let mut place = location(d.get("tracking_location"));
            // USPS scans come without a country: a US state says where they are.
            if place.country.is_none() && carrier == Carrier::Usps && place.region.is_some() {
                place.country = Some("US".into());
            }
            // The instant is UTC; the local offset follows from the place when it is known.
            let offset = place
                .country
                .as_deref()
                .and_then(|c| zone_for(c, place.region.as_deref()))
                .map(|z| z.offset_at_utc(at.at));
            let stamp = time::Stamp { at: at.at, offset };
            build::event(
                &carrier,
                stamp,
                m,
                &words,
                json::text(d, &["carrier_code"]).as_deref(),
                place,
            )
        })
        .collect();
    let mut shipment = Shipment::from_events(carrier.clone(), &number, events, ctx.fetched_at);
    if let Some(m) = json::text(t, &["status"]).and_then(|s| status_meaning(&s, None)) {
        shipment.apply_reported_status(m.status);
    }
    if !shipment.status.is_terminal() {
        shipment.eta = eta(t, &carrier);
    }
    Some(shipment)
}

/// Where the parcel is going, for dates without an offset: `destination_tracking_location`,
/// else `destination_location` ("CHARLESTON SC, 29401") for the US carriers.
fn destination_zone(t: &Value, carrier: &Carrier) -> Option<Zone> {
    let detail = t.get("carrier_detail").unwrap_or(&Value::Null);
    let place = location(detail.get("destination_tracking_location"));
    if let Some(c) = place.country.as_deref() {
        return zone_for(c, place.region.as_deref());
    }
    let us = matches!(carrier, Carrier::Usps | Carrier::Ups | Carrier::Fedex);
    let text = json::text(detail, &["destination_location"]).filter(|_| us)?;
    let state = text
        .split(',')
        .next()?
        .split_whitespace()
        .last()
        .filter(|s| s.len() == 2);
    zone_for("US", state.or(place.region.as_deref()))
}

/// A guaranteed date is a promise; `est_delivery_date` (UTC) the carrier's estimate, else
/// `est_delivery_date_local` (+ `est_delivery_time_local`) at the destination. An instant
/// opens a day-long window; a date alone is that whole day.
fn eta(t: &Value, carrier: &Carrier) -> Option<Eta> {
    let zone = destination_zone(t, carrier);
    let read = |path: &[&str]| json::text(t, path).and_then(|d| time::window(&d, zone));
    let day_from = |(a, b): (DateTime<Utc>, DateTime<Utc>)| (a, b.max(a + Duration::days(1)));
    if let Some((a, b)) = read(&["carrier_detail", "guaranteed_delivery_date"]).map(day_from) {
        return build::eta(a, b, EtaBasis::CarrierPromise);
    }
    if let Some((a, b)) = read(&["est_delivery_date"]).map(day_from) {
        return build::eta(a, b, EtaBasis::CarrierEstimate);
    }
    let day = json::text(t, &["carrier_detail", "est_delivery_date_local"])?;
    let (first, last) = time::window(&day, zone)?;
    let at = json::text(t, &["carrier_detail", "est_delivery_time_local"])
        .and_then(|clock| time::window(&format!("{}T{clock}", day.get(..10)?), zone))
        .map(|(at, _)| at)
        .filter(|at| *at > first && *at < last);
    build::eta(at.unwrap_or(first), last, EtaBasis::CarrierEstimate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses() {
        assert_eq!(
            status_meaning("pre_transit", None).unwrap().status,
            Status::InfoReceived
        );
        assert_eq!(
            status_meaning("failure", Some("weather_delay"))
                .unwrap()
                .reason,
            Some(Reason::Weather)
        );
        assert!(status_meaning("unknown", None).is_none());
    }
}
