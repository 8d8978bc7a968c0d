//! DHL Shipment Tracking – Unified (`GET /track/shipments?trackingNumber=…`).
//!
//! `shipments[]` are parcels. Event timestamps may be naive local time: the offset is inferred
//! from the event's country (else the shipment's origin/destination country), never taken as
//! UTC. `statusCode` (pre-transit / transit / delivered / failure / unknown) is the code; the
//! status text, remark and (unless it is a signatory's name) description are the words, so an
//! event without a code is still classified. `estimatedDeliveryTimeFrame` /
//! `estimatedTimeOfDelivery` become DHL's estimate, naive values at the destination's zone. A
//! 404 problem+json is "not found".

use super::{Adapter, AdapterError, Context};
use crate::normalize::keywords::Meaning;
use crate::normalize::zones::{zone_for, Zone};
use crate::normalize::{build, input, json, personal, time};
use chrono::Duration;
use serde_json::Value;
use waymark_shared::{Carrier, Eta, EtaBasis, Location, Shipment, Status};

/// The DHL adapter.
pub struct Dhl;

impl Adapter for Dhl {
    fn carrier(&self) -> Carrier {
        Carrier::Dhl
    }

    fn normalize(&self, body: &[u8], ctx: &Context) -> Result<Vec<Shipment>, AdapterError> {
        let root: Value = input::json(body)?;
        if root.get("shipments").is_none() {
            return Err(problem(&root));
        }
        Ok(json::list(&root, &["shipments"])
            .iter()
            .filter_map(|s| shipment(s, ctx))
            .collect())
    }
}

/// An RFC 7807 problem (or any body without `shipments`) as a typed error.
fn problem(root: &Value) -> AdapterError {
    let status = json::int(root, &["status"]);
    let detail = json::text(root, &["detail"])
        .or_else(|| json::text(root, &["title"]))
        .unwrap_or_else(|| "reply has no `shipments`".into());
    match status {
        Some(404) => AdapterError::not_found(
            json::text(root, &["instance"])
                .and_then(|i| i.rsplit('/').next().map(str::to_string))
                .unwrap_or(detail),
        ),
        Some(code) => AdapterError::carrier(code, detail),
        None => AdapterError::malformed(detail),
    }
}

fn code_meaning(code: &str) -> Option<Meaning> {
    Some(match code {
        "pre-transit" => Meaning::status(Status::InfoReceived),
        "transit" => Meaning::status(Status::InTransit),
        "delivered" => Meaning::status(Status::Delivered),
        "failure" => Meaning::status(Status::Exception),
        _ => return None,
    })
}

fn location(v: &Value) -> Location {
    let address = json::at(v, &["location", "address"]).unwrap_or(&Value::Null);
    Location::new(
        json::text(address, &["addressLocality"])
            .and_then(|l| personal::city_from_locality(&l))
            .as_deref(),
        None,
        json::text(address, &["postalCode"]).as_deref(),
        json::text(address, &["countryCode"]).as_deref(),
    )
}

fn shipment(s: &Value, ctx: &Context) -> Option<Shipment> {
    let number = json::text(s, &["id"])?;
    let fallback_country = json::text(s, &["destination", "address", "countryCode"])
        .or_else(|| json::text(s, &["origin", "address", "countryCode"]));
    let events = json::list(s, &["events"])
        .iter()
        .filter_map(|e| {
            let place = location(e);
            let raw = json::text(e, &["timestamp"])?;
            let stamp = time::parse_with_offset(&raw).or_else(|| {
                let local = time::parse_naive(&raw, &[])?;
                let country = place.country.clone().or_else(|| fallback_country.clone());
                time::infer(local, country.as_deref(), None, None)
            })?;
            // The status text and remark, and the description when it is not a name: an
            // event without a `statusCode` (or without a `status` text) is classified from
            // whatever words it has, never dropped to a bare `in_transit`.
            let description = description(e);
            let mut words: Vec<String> = [json::text(e, &["status"]), json::text(e, &["remark"])]
                .into_iter()
                .flatten()
                .collect();
            if !description.is_empty() && !words.contains(&description) {
                words.push(description.clone());
            }
            let words = words.join(". ");
            let code = json::text(e, &["statusCode"]);
            let m = build::meaning(code.as_deref().and_then(code_meaning), &words);
            build::event(
                &Carrier::Dhl,
                stamp,
                m,
                &description,
                code.as_deref(),
                place,
            )
        })
        .collect();
    let mut shipment = Shipment::from_events(Carrier::Dhl, &number, events, ctx.fetched_at);
    if !shipment.status.is_terminal() {
        let zone = json::text(s, &["destination", "address", "countryCode"])
            .and_then(|c| zone_for(&c, None));
        shipment.eta = eta(s, zone);
    }
    Some(shipment)
}

/// `estimatedDeliveryTimeFrame` (from/through), else `estimatedTimeOfDelivery` (that day, or
/// a day from the instant). DHL writes them with an offset, as naive local times or as dates:
/// the last two are the destination's local time, never UTC. DHL's own estimate, not a promise.
fn eta(s: &Value, zone: Option<Zone>) -> Option<Eta> {
    let read = |path: &[&str]| json::text(s, path).and_then(|t| time::window(&t, zone));
    let from = read(&["estimatedDeliveryTimeFrame", "estimatedFrom"]);
    let through = read(&["estimatedDeliveryTimeFrame", "estimatedThrough"]);
    match (from, through, read(&["estimatedTimeOfDelivery"])) {
        (Some((a, _)), Some((_, b)), _) => build::eta(a, b, EtaBasis::CarrierEstimate),
        (_, _, Some((a, b))) if a < b => build::eta(a, b, EtaBasis::CarrierEstimate),
        (_, _, Some((a, _))) => build::eta(a, a + Duration::days(1), EtaBasis::CarrierEstimate),
        (Some((a, b)), None, None) => {
            build::eta(a, b.max(a + Duration::days(1)), EtaBasis::CarrierEstimate)
        }
        (None, Some((a, b)), None) if a == b => {
            build::eta(b - Duration::days(1), b, EtaBasis::CarrierEstimate)
        }
        (None, Some((a, b)), None) => build::eta(a, b, EtaBasis::CarrierEstimate),
        _ => None,
    }
}

/// The event's words. DHL puts a signatory's name in `description` on deliveries (the
/// OpenAPI example's is just "JESSICA"): a description that is only upper-case words is
/// such a name and is replaced by the remark or the status text.
fn description(e: &Value) -> String {
    let description = json::text(e, &["description"]);
    let looks_like_name = description.as_deref().is_some_and(|d| {
        d.split_whitespace().count() <= 3
            && d.chars().all(|c| {
                c.is_ascii_uppercase() || ('\u{C0}'..='\u{DE}').contains(&c) || c == ' ' || c == '.'
            })
    });
    let fallback = || {
        json::text(e, &["remark"])
            .or_else(|| json::text(e, &["status"]))
            .unwrap_or_default()
    };
    match description {
        Some(d) if !looks_like_name => d,
        _ => fallback(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_codes() {
        assert_eq!(code_meaning("delivered").unwrap().status, Status::Delivered);
        assert_eq!(
            code_meaning("pre-transit").unwrap().status,
            Status::InfoReceived
        );
        assert!(code_meaning("unknown").is_none());
    }

    #[test]
    fn signatory_names_are_not_descriptions() {
        let e = serde_json::json!({"description": "JESSICA", "remark": "Delivered to reception"});
        assert_eq!(description(&e), "Delivered to reception");
        let e = serde_json::json!({"description": "Shipment picked up"});
        assert_eq!(description(&e), "Shipment picked up");
    }
}
