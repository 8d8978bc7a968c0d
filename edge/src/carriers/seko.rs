//! SEKO Omniparcel (`GET /api/v1/Tracking/StatusV2?connote=…`).
//!
//! The reply is an array with one consignment per requested number, never merged. `EventDT`
//! is naive local time: the offset comes from the event's `Location` (`"LONDON,EGHAM,GB"`: the
//! last part is the country), else from another event of the same consignment that names one,
//! else SEKO's UK hub zone — never UTC. Codes (`AAY` pre-advice, …) first, words second.

use super::{Adapter, AdapterError, Context};
use crate::normalize::keywords::Meaning;
use crate::normalize::zones::{zone_for, Zone};
use crate::normalize::{build, country, input, json, time};
use serde_json::Value;
use waymark_shared::{Carrier, Location, Phase, Reason, Shipment, Status};

/// The SEKO adapter.
pub struct Seko;

impl Adapter for Seko {
    fn carrier(&self) -> Carrier {
        Carrier::Seko
    }

    fn normalize(&self, body: &[u8], ctx: &Context) -> Result<Vec<Shipment>, AdapterError> {
        let root: Value = input::json(body)?;
        let items: Vec<&Value> = match &root {
            Value::Array(items) => items.iter().collect(),
            Value::Object(o) if o.contains_key("ConsignmentNo") => vec![&root],
            Value::Object(o) if o.contains_key("Error") || o.contains_key("Message") => {
                return Err(AdapterError::carrier(
                    json::text(&root, &["Error"]).unwrap_or_else(|| "error".into()),
                    json::text(&root, &["Message"]).unwrap_or_default(),
                ))
            }
            _ => return Err(AdapterError::malformed("expected a list of consignments")),
        };
        Ok(items
            .into_iter()
            .filter_map(|c| consignment(c, ctx))
            .collect())
    }
}

fn code_meaning(code: &str) -> Option<Meaning> {
    use Phase::*;
    use Status::*;
    Some(match code {
        "AAY" | "OP-1" => Meaning::status(InfoReceived).phase(Origin),
        "PUP" | "OP-2" => Meaning::status(InTransit).phase(Origin),
        "OP-3" | "OP-4" => Meaning::status(InTransit),
        "OFD" | "OP-7" => Meaning::status(OutForDelivery).phase(LastMile),
        "DEL" | "OK" | "OP-8" => Meaning::status(Delivered).phase(LastMile),
        "NDL" | "OP-9" => Meaning::status(FailedAttempt).phase(LastMile),
        "RTS" => Meaning::status(ReturningToSender)
            .phase(Return)
            .reason(Reason::Returned),
        _ => return None,
    })
}

/// "LONDON,EGHAM,GB" → city, region, country.
fn location(raw: &str) -> Location {
    let parts: Vec<&str> = raw
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        [] => Location::default(),
        [one] => Location::new(Some(one), None, None, None),
        [first, .., last] => {
            let country = country::to_alpha2(last);
            let region = (parts.len() > 2).then(|| parts[1]);
            Location::new(Some(first), region, None, country.as_deref())
        }
    }
}

fn consignment(c: &Value, ctx: &Context) -> Option<Shipment> {
    let number = json::text(c, &["ConsignmentNo"])?;
    let raw = json::list(c, &["Events"]);
    let fallback_country = raw
        .iter()
        .find_map(|e| location(&json::text(e, &["Location"]).unwrap_or_default()).country);
    let events = raw
        .iter()
        .filter_map(|e| {
            let place = location(&json::text(e, &["Location"]).unwrap_or_default());
            let local = time::parse_naive(&json::text(e, &["EventDT"])?, &[])?;
            let country = place.country.clone().or_else(|| fallback_country.clone());
            let zone = country
                .as_deref()
                .and_then(|c| zone_for(c, None))
                .unwrap_or(Zone::UK);
            let at = time::in_zone(local, zone);
            let code = json::text(e, &["Code"]).or_else(|| json::text(e, &["OmniCode"]));
            let words = json::text(e, &["Description"]).unwrap_or_default();
            let m = build::meaning(code.as_deref().and_then(code_meaning), &words);
            build::event(&Carrier::Seko, at, m, &words, code.as_deref(), place)
        })
        .collect();
    let mut shipment = Shipment::from_events(Carrier::Seko, &number, events, ctx.fetched_at);
    if json::text(c, &["Delivered"]).is_some() {
        shipment.apply_reported_status(Status::Delivered);
    }
    Some(shipment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_and_codes() {
        let l = location("LONDON,EGHAM,GB");
        assert_eq!(
            (l.city.as_deref(), l.region.as_deref(), l.country.as_deref()),
            (Some("LONDON"), Some("EGHAM"), Some("GB"))
        );
        assert!(location("").is_empty());
        assert_eq!(code_meaning("AAY").unwrap().status, Status::InfoReceived);
        assert!(code_meaning("ZZZ").is_none());
    }
}
