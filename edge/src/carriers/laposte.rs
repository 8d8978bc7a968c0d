//! La Poste / Colissimo Suivi v2 (`GET /suivi/v2/idships/{id}?lang=fr_FR`, `X-Okapi-Key`).
//!
//! `shipment.event[]` carry a code (DR1, PC1, ET1–ET4, DO1–DO3, MD2, AG1, DI1, ND1, RE1, …)
//! and a date with an offset. La Poste stamps its own +01:00 even on scans abroad: the instant
//! is kept, but from the scan that shows arrival in the destination country (ET3 / DO1) on, the
//! local offset is the destination's (`contextData.arrivalCountry`). `returnCode` ≠ 200 is an
//! error (404 not found).

use super::{Adapter, AdapterError, Context};
use crate::normalize::keywords::Meaning;
use crate::normalize::zones::zone_for;
use crate::normalize::{build, input, json, time};
use serde_json::Value;
use waymark_shared::{Carrier, EtaBasis, Location, Phase, Reason, Shipment, Status};

/// The La Poste adapter.
pub struct LaPoste;

impl Adapter for LaPoste {
    fn carrier(&self) -> Carrier {
        Carrier::LaPoste
    }

    fn normalize(&self, body: &[u8], ctx: &Context) -> Result<Vec<Shipment>, AdapterError> {
        let root: Value = input::json(body)?;
        let code = json::int(&root, &["returnCode"]);
        let message = json::text(&root, &["returnMessage"]).unwrap_or_default();
        match code {
            Some(200 | 207) => {}
            Some(404) => {
                return Err(AdapterError::not_found(
                    json::text(&root, &["idShip"]).unwrap_or(message),
                ))
            }
            Some(other) => return Err(AdapterError::carrier(other, message)),
            None => return Err(AdapterError::malformed("reply has no `returnCode`")),
        }
        let shipment = root
            .get("shipment")
            .ok_or_else(|| AdapterError::malformed("reply has no `shipment`"))?;
        Ok(vec![parcel(shipment, ctx)?])
    }
}

fn code_meaning(code: &str) -> Option<Meaning> {
    use Phase::*;
    use Status::*;
    Some(match code {
        "DR1" | "DR2" => Meaning::status(InfoReceived).phase(Origin),
        "PC1" | "PC2" => Meaning::status(InTransit).phase(Origin),
        "ET1" => Meaning::status(InTransit),
        "ET2" => Meaning::status(InTransit).phase(Linehaul),
        "ET3" => Meaning::status(InTransit).phase(ImportCustoms),
        "ET4" => Meaning::status(InTransit).phase(Destination),
        "EP1" | "DO1" | "DO2" => Meaning::status(InTransit).phase(ImportCustoms),
        "DO3" => Meaning::status(Exception)
            .phase(ImportCustoms)
            .reason(Reason::CustomsDelay),
        "PB1" | "PB2" => Meaning::status(Exception),
        "MD2" => Meaning::status(InTransit).phase(LastMile),
        "ND1" => Meaning::status(FailedAttempt).phase(LastMile),
        "AG1" => Meaning::status(AvailableForPickup).phase(LastMile),
        "DI0" | "DI1" | "DI2" => Meaning::status(Delivered).phase(LastMile),
        "RE1" => Meaning::status(ReturningToSender)
            .phase(Return)
            .reason(Reason::Returned),
        "DI3" => Meaning::status(ReturnedToSender)
            .phase(Return)
            .reason(Reason::Returned),
        _ => return None,
    })
}

fn parcel(s: &Value, ctx: &Context) -> Result<Shipment, AdapterError> {
    let number = json::text(s, &["idShip"])
        .ok_or_else(|| AdapterError::malformed("shipment has no `idShip`"))?;
    let origin = json::text(s, &["contextData", "originCountry"]);
    let destination = json::text(s, &["contextData", "arrivalCountry"]);
    let mut raw: Vec<(time::Stamp, &Value)> = json::list(s, &["event"])
        .iter()
        .filter_map(|e| Some((time::parse_with_offset(&json::text(e, &["date"])?)?, e)))
        .collect();
    raw.sort_by_key(|(stamp, _)| stamp.at);
    let mut arrived = false;
    let events = raw
        .into_iter()
        .filter_map(|(mut stamp, e)| {
            let code = json::text(e, &["code"]);
            let words = json::text(e, &["label"]).unwrap_or_default();
            let m = build::meaning(code.as_deref().and_then(code_meaning), &words);
            arrived |= matches!(
                m.phase,
                Some(Phase::ImportCustoms | Phase::Destination | Phase::LastMile)
            );
            let side = if arrived {
                destination.as_deref()
            } else {
                origin.as_deref()
            };
            if let Some(zone) = side.and_then(|c| zone_for(c, None)) {
                stamp.offset = Some(zone.offset_at_utc(stamp.at));
            }
            build::event(
                &Carrier::LaPoste,
                stamp,
                m,
                &words,
                code.as_deref(),
                Location::default(),
            )
        })
        .collect();
    let mut shipment = Shipment::from_events(Carrier::LaPoste, &number, events, ctx.fetched_at);
    let is_final = s.get("isFinal").and_then(Value::as_bool) == Some(true);
    if is_final && json::text(s, &["deliveryDate"]).is_some() {
        shipment.apply_reported_status(Status::Delivered);
    }
    if !shipment.status.is_terminal() {
        // `estimDate`: an instant (the morning it is expected: a half-day window), or a date
        // alone, the whole day at the destination. La Poste's estimate, not a promise.
        let zone = destination
            .as_deref()
            .or(origin.as_deref())
            .and_then(|c| zone_for(c, None));
        if let Some((a, b)) = json::text(s, &["estimDate"]).and_then(|d| time::window(&d, zone)) {
            let b = if a == b {
                a + chrono::Duration::hours(12)
            } else {
                b
            };
            shipment.eta = build::eta(a, b, EtaBasis::CarrierEstimate);
        }
    }
    Ok(shipment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_codes() {
        assert_eq!(code_meaning("DI1").unwrap().status, Status::Delivered);
        assert_eq!(
            code_meaning("ET3").unwrap().phase,
            Some(Phase::ImportCustoms)
        );
        assert_eq!(code_meaning("DR1").unwrap().status, Status::InfoReceived);
        assert!(code_meaning("ZZ9").is_none());
    }
}
