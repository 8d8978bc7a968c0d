//! Yanwen tracking (`GET /api/tracking?nums=…`, header `Authorization: <customer number>`).
//!
//! `result[]` are parcels; `checkpoints[]` carry a naive local `time_stamp` and the offset in
//! a separate `time_zone` field (`"+8"`), which is used as given (China's zone when absent).
//! `tracking_status` codes: PU pickup, OR/SC origin processing, EX export customs, LH
//! linehaul, IM/CC import customs, LM10–LM30 last mile, LM40 delivered, RT return, NOTFOUND.

use super::{Adapter, AdapterError, Context};
use crate::normalize::keywords::Meaning;
use crate::normalize::zones::Zone;
use crate::normalize::{build, handoff, input, json, time};
use serde_json::Value;
use waymark_shared::serde_time::parse_offset;
use waymark_shared::{Carrier, Location, Phase, Reason, Shipment, Status};

/// The Yanwen adapter.
pub struct Yanwen;

impl Adapter for Yanwen {
    fn carrier(&self) -> Carrier {
        Carrier::Yanwen
    }

    fn normalize(&self, body: &[u8], ctx: &Context) -> Result<Vec<Shipment>, AdapterError> {
        let root: Value = input::json(body)?;
        match json::int(&root, &["code"]) {
            Some(0) => {}
            Some(code) => {
                return Err(AdapterError::carrier(
                    code,
                    json::text(&root, &["message"])
                        .unwrap_or_else(|| "Yanwen reported failure".into()),
                ))
            }
            None => return Err(AdapterError::malformed("reply has no `code`")),
        }
        let results = json::list(&root, &["result"]);
        let known: Vec<&Value> = results
            .iter()
            .filter(|r| json::text(r, &["tracking_status"]).as_deref() != Some("NOTFOUND"))
            .collect();
        if known.is_empty() {
            if let Some(r) = results.first() {
                return Err(AdapterError::not_found(
                    json::text(r, &["tracking_number"]).unwrap_or_default(),
                ));
            }
        }
        Ok(known.into_iter().filter_map(|r| parcel(r, ctx)).collect())
    }
}

fn code_meaning(code: &str) -> Option<Meaning> {
    use Phase::*;
    use Status::*;
    let prefix: String = code.chars().take_while(char::is_ascii_alphabetic).collect();
    Some(match (prefix.as_str(), code) {
        (_, "LM40") => Meaning::status(Delivered).phase(LastMile),
        (_, "LM30") => Meaning::status(FailedAttempt).phase(LastMile),
        (_, "LM25") => Meaning::status(AvailableForPickup).phase(LastMile),
        (_, "LM20") => Meaning::status(OutForDelivery).phase(LastMile),
        ("LM", _) => Meaning::status(InTransit).phase(Destination),
        ("PU", _) => Meaning::status(InTransit).phase(Origin),
        ("OR" | "SC", _) => Meaning::status(InTransit).phase(Origin),
        ("EX", _) => Meaning::status(InTransit).phase(ExportCustoms),
        ("LH", _) => Meaning::status(InTransit).phase(Linehaul),
        ("IM" | "CC", _) => Meaning::status(InTransit).phase(ImportCustoms),
        ("RT", _) => Meaning::status(ReturningToSender)
            .phase(Return)
            .reason(Reason::Returned),
        ("EC", _) => Meaning::status(Exception),
        _ => return None,
    })
}

fn parcel(r: &Value, ctx: &Context) -> Option<Shipment> {
    let number = json::text(r, &["tracking_number"])?;
    let events = json::list(r, &["checkpoints"])
        .iter()
        .filter_map(|c| {
            let local = time::parse_naive(&json::text(c, &["time_stamp"])?, &[])?;
            let at = match json::text(c, &["time_zone"]).and_then(|z| parse_offset(&z)) {
                Some(offset) => time::at_offset(local, offset),
                None => time::in_zone(local, Zone::CHINA),
            };
            let code = json::text(c, &["tracking_status"]);
            let words = json::text(c, &["message"]).unwrap_or_default();
            let m = build::meaning(code.as_deref().and_then(code_meaning), &words);
            let place = Location::new(json::text(c, &["location"]).as_deref(), None, None, None);
            build::event(&Carrier::Yanwen, at, m, &words, code.as_deref(), place)
        })
        .collect();
    let mut shipment = Shipment::from_events(Carrier::Yanwen, &number, events, ctx.fetched_at);
    if json::text(r, &["tracking_status"]).as_deref() == Some("LM40") {
        shipment.apply_reported_status(Status::Delivered);
    }
    let last_mile = json::text(r, &["last_mile_tracking_number"])
        .or_else(|| json::text(r, &["last_mile", "tracking_number"]));
    let last_mile_carrier =
        json::text(r, &["last_mile_carrier"]).or_else(|| json::text(r, &["last_mile", "carrier"]));
    if let Some(n) = last_mile {
        let label = format!("{} {n}", last_mile_carrier.unwrap_or_default());
        if let Some(leg) = handoff::parse(&label, None, None) {
            shipment.add_leg(leg);
        }
    }
    Some(shipment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_codes() {
        assert_eq!(code_meaning("PU10").unwrap().phase, Some(Phase::Origin));
        assert_eq!(code_meaning("LM40").unwrap().status, Status::Delivered);
        assert_eq!(
            code_meaning("LM10").unwrap().phase,
            Some(Phase::Destination)
        );
        assert!(code_meaning("ZZ99").is_none());
    }
}
