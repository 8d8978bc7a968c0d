//! 17TRACK API v2.2 (`POST /track/v2.2/gettrackinfo`, header `17token`) as an aggregator.
//!
//! `data.accepted[]` are parcels. `track_info.tracking.providers[]` are the carriers that
//! handled it, one per leg, in hand-off order as 17TRACK lists them (last mile first; the
//! legs are re-ordered by their first scan). Each provider's events are attributed to that
//! provider's carrier; `time_utc` is trusted, `time_iso` (with offset) second, `time_raw` only
//! with its own zone — never as UTC. `stage`/`sub_status` codes first, the words second.
//! `address.street` is personal data and never read. `data.rejected[]` → not found / error
//! when nothing was accepted.

use super::{Adapter, AdapterError, Context};
use crate::normalize::keywords::Meaning;
use crate::normalize::zones::zone_for;
use crate::normalize::{build, country, input, json, time};
use chrono::Duration;
use serde_json::Value;
use waymark_shared::{Carrier, Eta, EtaBasis, Leg, Location, Phase, Reason, Shipment, Status};

/// The 17TRACK adapter.
pub struct SeventeenTrack;

impl Adapter for SeventeenTrack {
    fn carrier(&self) -> Carrier {
        Carrier::SeventeenTrack
    }

    fn normalize(&self, body: &[u8], ctx: &Context) -> Result<Vec<Shipment>, AdapterError> {
        let root: Value = input::json(body)?;
        match json::int(&root, &["code"]) {
            Some(0) => {}
            Some(code) => {
                return Err(AdapterError::carrier(
                    code,
                    json::text(&root, &["data", "errors", "0", "message"])
                        .or_else(|| {
                            json::list(&root, &["data", "errors"])
                                .first()
                                .and_then(|e| json::text(e, &["message"]))
                        })
                        .unwrap_or_else(|| "17TRACK reported failure".into()),
                ))
            }
            None => return Err(AdapterError::malformed("reply has no `code`")),
        }
        let accepted = json::list(&root, &["data", "accepted"]);
        if accepted.is_empty() {
            if let Some(r) = json::list(&root, &["data", "rejected"]).first() {
                let number = json::text(r, &["number"]).unwrap_or_default();
                // -18019909: no tracking information yet; other codes are request errors.
                return Err(match json::int(r, &["error", "code"]) {
                    Some(-18019909) | Some(-18019910) => AdapterError::not_found(number),
                    code => AdapterError::carrier(
                        code.map(|c| c.to_string())
                            .unwrap_or_else(|| "rejected".into()),
                        json::text(r, &["error", "message"]).unwrap_or_default(),
                    ),
                });
            }
        }
        Ok(accepted.iter().filter_map(|a| parcel(a, ctx)).collect())
    }
}

/// 17TRACK sub-statuses (and their main stage as a fallback).
fn code_meaning(sub: &str) -> Option<Meaning> {
    use Phase::*;
    use Status::*;
    let main = sub.split('_').next().unwrap_or(sub);
    Some(match (main, sub) {
        (_, "InTransit_PickedUp") => Meaning::status(InTransit).phase(Origin),
        (_, "InTransit_Departure") => Meaning::status(InTransit).phase(Linehaul),
        (_, "InTransit_Arrival") => Meaning::status(InTransit).phase(ImportCustoms),
        (_, "InTransit_CustomsProcessing") => Meaning::status(InTransit).phase(ImportCustoms),
        (_, "InTransit_CustomsReleased") => Meaning::status(InTransit).phase(ImportCustoms),
        (_, "InTransit_CustomsRequiringInformation") => Meaning::status(Exception)
            .phase(ImportCustoms)
            .reason(Reason::CustomsDocuments),
        (_, "Exception_Returning") => Meaning::status(ReturningToSender)
            .phase(Return)
            .reason(Reason::Returned),
        (_, "Exception_Returned") => Meaning::status(ReturnedToSender)
            .phase(Return)
            .reason(Reason::Returned),
        (_, "Exception_Delayed") => Meaning::status(Exception).reason(Reason::CarrierDelay),
        (_, "Exception_Lost") => Meaning::status(Exception).reason(Reason::Lost),
        (_, "Exception_Damage") => Meaning::status(Exception).reason(Reason::Damaged),
        (_, "Exception_Rejected") => Meaning::status(Exception).reason(Reason::Refused),
        (_, "Exception_Destroyed") => Meaning::status(Exception).reason(Reason::Prohibited),
        (_, "Exception_Cancel") => Meaning::status(Cancelled),
        ("InfoReceived", _) => Meaning::status(InfoReceived).phase(Origin),
        ("InTransit", _) => Meaning::status(InTransit),
        ("OutForDelivery", _) => Meaning::status(OutForDelivery).phase(LastMile),
        ("AvailableForPickup", _) => Meaning::status(AvailableForPickup).phase(LastMile),
        ("DeliveryFailure", _) => Meaning::status(FailedAttempt).phase(LastMile),
        ("Delivered", _) => Meaning::status(Delivered).phase(LastMile),
        ("Exception", _) => Meaning::status(Exception),
        ("Expired", _) => Meaning::status(Expired),
        _ => return None,
    })
}

fn location(e: &Value) -> Location {
    let a = e.get("address").unwrap_or(&Value::Null);
    let place = Location::new(
        json::text(a, &["city"]).as_deref(),
        json::text(a, &["state"]).as_deref(),
        json::text(a, &["postal_code"]).as_deref(),
        json::text(a, &["country"])
            .and_then(|c| country::to_alpha2(&c))
            .as_deref(),
    );
    if place.city.is_none() && place.country.is_none() {
        // Only free text: keep it as the city (it is the carrier's place name, not an address).
        return Location::new(json::text(e, &["location"]).as_deref(), None, None, None);
    }
    place
}

fn stamp(e: &Value, place: &Location) -> Option<time::Stamp> {
    let iso = json::text(e, &["time_iso"]).and_then(|t| time::parse_with_offset(&t));
    if let Some(utc) = json::text(e, &["time_utc"]).and_then(|t| time::parse_with_offset(&t)) {
        return Some(time::Stamp {
            at: utc.at,
            offset: iso.and_then(|i| i.offset),
        });
    }
    if iso.is_some() {
        return iso;
    }
    let date = json::text(e, &["time_raw", "date"])?;
    let clock = json::text(e, &["time_raw", "time"]).unwrap_or_else(|| "00:00:00".into());
    let local = time::parse_naive(&format!("{date} {clock}"), &[])?;
    match json::text(e, &["time_raw", "timezone"])
        .and_then(|z| waymark_shared::serde_time::parse_offset(&z))
    {
        Some(o) => Some(time::at_offset(local, o)),
        None => time::infer(
            local,
            place.country.as_deref(),
            place.region.as_deref(),
            None,
        ),
    }
}

fn parcel(a: &Value, ctx: &Context) -> Option<Shipment> {
    let number = json::text(a, &["number"])?;
    let info = a.get("track_info").unwrap_or(&Value::Null);
    let providers = json::list(info, &["tracking", "providers"]);
    let mut legs: Vec<(Leg, Option<chrono::DateTime<chrono::Utc>>)> = Vec::new();
    let mut events = Vec::new();
    for p in providers {
        let name =
            json::text(p, &["provider", "name"]).or_else(|| json::text(p, &["provider", "alias"]));
        let carrier = name
            .as_deref()
            .map(Carrier::from_name)
            .unwrap_or(Carrier::SeventeenTrack);
        let mut first = None;
        for e in json::list(p, &["events"]) {
            let place = location(e);
            let Some(at) = stamp(e, &place) else { continue };
            first = Some(first.map_or(at.at, |f: chrono::DateTime<chrono::Utc>| f.min(at.at)));
            let sub = json::text(e, &["sub_status"]).or_else(|| json::text(e, &["stage"]));
            let words = json::text(e, &["description"]).unwrap_or_default();
            let m = build::meaning(sub.as_deref().and_then(code_meaning), &words);
            events.extend(build::event(&carrier, at, m, &words, sub.as_deref(), place));
        }
        legs.push((Leg::new(carrier, &number), first));
    }
    legs.sort_by_key(|(_, first)| (first.is_none(), *first));
    let main = legs
        .first()
        .map(|(l, _)| l.carrier.clone())
        .unwrap_or(Carrier::SeventeenTrack);
    let mut shipment = Shipment::from_events(main, &number, events, ctx.fetched_at);
    for (leg, _) in legs {
        shipment.add_leg(leg);
    }
    if let Some(m) = json::text(info, &["latest_status", "sub_status"])
        .or_else(|| json::text(info, &["latest_status", "status"]))
        .as_deref()
        .and_then(code_meaning)
    {
        shipment.apply_reported_status(m.status);
    }
    if !shipment.status.is_terminal() {
        shipment.eta = eta(info);
    }
    Some(shipment)
}

/// `time_metrics.estimated_delivery_date {from, to}`: instants, or dates meaning whole days at
/// the destination (`to` then runs to the end of its day). Either bound alone still says when:
/// `from` alone opens a day, `to` alone is its whole day. 17TRACK's estimate, not a promise.
fn eta(info: &Value) -> Option<Eta> {
    let zone = json::text(info, &["shipping_info", "recipient_address", "country"])
        .and_then(|c| country::to_alpha2(&c))
        .and_then(|c| zone_for(&c, None));
    let read = |field: &str| {
        let raw = json::text(info, &["time_metrics", "estimated_delivery_date", field])?;
        time::window(&raw, zone).or_else(|| time::window(raw.get(..10)?, zone))
    };
    let (a, b) = match (read("from"), read("to")) {
        (Some((a, _)), Some((_, b))) if b > a => (a, b),
        (Some((a, b)), _) => (a, b.max(a + Duration::days(1))),
        (None, Some((a, b))) if a == b => (b - Duration::days(1), b),
        (None, Some((a, b))) => (a, b),
        (None, None) => return None,
    };
    build::eta(a, b, EtaBasis::CarrierEstimate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sub_statuses() {
        assert_eq!(
            code_meaning("Delivered_Other").unwrap().status,
            Status::Delivered
        );
        assert_eq!(
            code_meaning("InTransit_CustomsRequiringInformation")
                .unwrap()
                .reason,
            Some(Reason::CustomsDocuments)
        );
        assert_eq!(
            code_meaning("InTransit_Departure").unwrap().phase,
            Some(Phase::Linehaul)
        );
        assert_eq!(code_meaning("InTransit").unwrap().status, Status::InTransit);
        assert!(code_meaning("Teleported").is_none());
    }
}
