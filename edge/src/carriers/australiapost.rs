//! Australia Post Shipping & Tracking (`GET /shipping/v1/track?tracking_ids=…`).
//!
//! `tracking_results[]` hold either a consignment wrapper with `items[]` or items directly;
//! every item (article) is its own parcel. There are no event codes: the words classify. Every
//! date is rendered at the Australian office's offset (+11:00) even for Chicago or New Zealand
//! scans: the instant is right, but the local offset is taken from the scan's place when it
//! names a foreign country. Per-id errors skip that id; request errors are carrier errors.
//! The track reply carries no promised or estimated delivery date (neither the documented
//! example nor karrio's schema has one), so there is no carrier ETA to carry.

use super::{Adapter, AdapterError, Context};
use crate::normalize::zones::zone_for;
use crate::normalize::{build, country, input, json, time};
use serde_json::Value;
use waymark_shared::{Carrier, Location, Shipment, Status};

/// The Australia Post adapter.
pub struct AustraliaPost;

impl Adapter for AustraliaPost {
    fn carrier(&self) -> Carrier {
        Carrier::AustraliaPost
    }

    fn normalize(&self, body: &[u8], ctx: &Context) -> Result<Vec<Shipment>, AdapterError> {
        let root: Value = input::json(body)?;
        if let Some(err) = json::list(&root, &["errors"]).first() {
            return Err(error(err));
        }
        let Some(results) = root.get("tracking_results").and_then(Value::as_array) else {
            return Err(AdapterError::malformed("reply has no `tracking_results`"));
        };
        let mut out = Vec::new();
        let mut first_error = None;
        for r in results {
            if let Some(err) = json::list(r, &["errors"]).first() {
                let id = json::text(r, &["tracking_id"]).unwrap_or_default();
                first_error.get_or_insert(match json::text(err, &["code"]).as_deref() {
                    Some("ESB-10001" | "ESB-10002") => AdapterError::not_found(id),
                    _ => error(err),
                });
                continue;
            }
            for item in items(r) {
                out.extend(article(item, r, ctx));
            }
        }
        match (out.is_empty(), first_error) {
            (true, Some(e)) => Err(e),
            _ => Ok(out),
        }
    }
}

fn error(err: &Value) -> AdapterError {
    AdapterError::carrier(
        json::text(err, &["code"]).unwrap_or_else(|| "?".into()),
        json::text(err, &["message"])
            .or_else(|| json::text(err, &["name"]))
            .unwrap_or_default(),
    )
}

/// Articles of a result, through either nesting shape.
fn items(result: &Value) -> Vec<&Value> {
    json::list(result, &["trackable_items"])
        .iter()
        .flat_map(|t| match t.get("items").and_then(Value::as_array) {
            Some(inner) => inner.iter().collect::<Vec<_>>(),
            None => vec![t],
        })
        .collect()
}

const AU_STATES: &[&str] = &["NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT"];

/// "KEW VIC", "CHICAGO (US)", "US-60199, UNITED STATES", "NZ"; "Transit Scan" is no place.
fn location(raw: &str) -> Location {
    let t = raw.trim();
    if t.eq_ignore_ascii_case("transit scan") {
        return Location::default();
    }
    if let Some((city, rest)) = t.split_once('(') {
        let code = rest.trim_end_matches(')').trim();
        return Location::new(
            Some(city.trim()),
            None,
            None,
            country::to_alpha2(code).as_deref(),
        );
    }
    if let Some((head, name)) = t.split_once(',') {
        let postal = head.split_once('-').map(|(_, p)| p.trim());
        return Location::new(None, None, postal, country::to_alpha2(name).as_deref());
    }
    if let Some((city, state)) = t.rsplit_once(' ') {
        if AU_STATES.contains(&state) {
            return Location::new(Some(city), Some(state), None, Some("AU"));
        }
    }
    match country::to_alpha2(t) {
        Some(c) if t.len() == 2 => Location::new(None, None, None, Some(&c)),
        _ => Location::new(Some(t), None, None, None),
    }
}

fn article(item: &Value, result: &Value, ctx: &Context) -> Option<Shipment> {
    let number =
        json::text(item, &["article_id"]).or_else(|| json::text(result, &["tracking_id"]))?;
    let events = json::list(item, &["events"])
        .iter()
        .filter_map(|e| {
            let mut stamp = time::parse_with_offset(&json::text(e, &["date"])?)?;
            let place = json::text(e, &["location"])
                .map(|l| location(&l))
                .unwrap_or_default();
            // The stamped offset is the Australian office's; a foreign scan gets its own.
            if let Some(c) = place.country.as_deref().filter(|c| *c != "AU") {
                if let Some(zone) = zone_for(c, place.region.as_deref()) {
                    stamp.offset = Some(zone.offset_at_utc(stamp.at));
                }
            }
            let words = json::text(e, &["description"]).unwrap_or_default();
            build::event(
                &Carrier::AustraliaPost,
                stamp,
                build::meaning(None, &words),
                &words,
                None,
                place,
            )
        })
        .collect();
    let mut shipment =
        Shipment::from_events(Carrier::AustraliaPost, &number, events, ctx.fetched_at);
    let status = json::text(item, &["status"]).or_else(|| json::text(result, &["status"]));
    if status.as_deref() == Some("Delivered") {
        shipment.apply_reported_status(Status::Delivered);
    }
    Some(shipment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places() {
        let l = location("KEW VIC");
        assert_eq!(
            (l.city.as_deref(), l.region.as_deref(), l.country.as_deref()),
            (Some("KEW"), Some("VIC"), Some("AU"))
        );
        assert_eq!(location("CHICAGO (US)").country.as_deref(), Some("US"));
        let l = location("US-60199, UNITED STATES");
        assert_eq!(
            (l.postal_code.as_deref(), l.country.as_deref()),
            (Some("60199"), Some("US"))
        );
        assert_eq!(location("NZ").country.as_deref(), Some("NZ"));
        assert!(location("Transit Scan").is_empty());
    }
}
