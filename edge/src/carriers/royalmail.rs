//! Royal Mail Tracking API v2 (`GET /mailpieces/v2/{mailPieceId}/events`).
//!
//! One `mailPieces` object per reply; the customer-facing number is the summary's
//! `oneDBarcode`. Event times carry their offset. `estimatedDelivery` is a date with window
//! times that carry offsets. The `signature` block (recipient name) is personal data and is
//! never read. Errors come as `httpCode` + `errors[]`.

use super::{Adapter, AdapterError, Context};
use crate::normalize::keywords::Meaning;
use crate::normalize::zones::Zone;
use crate::normalize::{build, country, input, json, time};
use serde_json::Value;
use waymark_shared::{Carrier, Eta, EtaBasis, Location, Phase, Reason, Shipment, Status};

/// The Royal Mail adapter.
pub struct RoyalMail;

impl Adapter for RoyalMail {
    fn carrier(&self) -> Carrier {
        Carrier::RoyalMail
    }

    fn normalize(&self, body: &[u8], ctx: &Context) -> Result<Vec<Shipment>, AdapterError> {
        let root: Value = input::json(body)?;
        if let Some(err) = json::list(&root, &["errors"]).first() {
            let code = json::text(err, &["errorCode"]).unwrap_or_else(|| "?".into());
            let message = json::text(err, &["errorDescription"]).unwrap_or_default();
            return Err(match code.as_str() {
                "E1142" | "E1143" | "E1144" => AdapterError::not_found(message),
                _ => AdapterError::carrier(code, message),
            });
        }
        let piece = root
            .get("mailPieces")
            .ok_or_else(|| AdapterError::malformed("reply has no `mailPieces`"))?;
        Ok(vec![mail_piece(piece, ctx)?])
    }
}

fn code_meaning(code: &str) -> Option<Meaning> {
    use Phase::*;
    use Status::*;
    Some(match code {
        "EVNRD" | "EVGPD" => Meaning::status(InfoReceived).phase(Origin),
        "EVPPA" | "EVNMA" | "EVDAV" | "EVKLA" => Meaning::status(InTransit).phase(Origin),
        "EVNMI" | "EVNDA" | "EVAIP" | "EVIMC" => Meaning::status(InTransit),
        "EVOCO" | "EVORI" => Meaning::status(InTransit).phase(ImportCustoms),
        "EVDAC" | "EVKOS" => Meaning::status(OutForDelivery).phase(LastMile),
        "EVKSP" | "EVKOP" | "EVKSF" | "EVKNR" | "EVKSR" => {
            Meaning::status(Delivered).phase(LastMile)
        }
        "EVKLS" | "EVKNA" => Meaning::status(FailedAttempt)
            .phase(LastMile)
            .reason(Reason::RecipientUnavailable),
        "EVNRT" | "EVKRT" => Meaning::status(ReturningToSender)
            .phase(Return)
            .reason(Reason::Returned),
        _ => return None,
    })
}

fn mail_piece(p: &Value, ctx: &Context) -> Result<Shipment, AdapterError> {
    let number = json::text(p, &["summary", "oneDBarcode"])
        .or_else(|| json::text(p, &["mailPieceId"]))
        .ok_or_else(|| AdapterError::malformed("mail piece has no number"))?;
    let origin =
        json::text(p, &["summary", "originCountryCode"]).and_then(|c| country::to_alpha2(&c));
    let destination =
        json::text(p, &["summary", "destinationCountryCode"]).and_then(|c| country::to_alpha2(&c));
    let domestic_country = (origin == destination).then(|| origin.clone()).flatten();
    let events = json::list(p, &["events"])
        .iter()
        .filter_map(|e| {
            let at = time::parse_with_offset(&json::text(e, &["eventDateTime"])?)?;
            let code = json::text(e, &["eventCode"]);
            let words = json::text(e, &["eventName"]).unwrap_or_default();
            let m = build::meaning(code.as_deref().and_then(code_meaning), &words);
            let place = Location::new(
                json::text(e, &["locationName"]).as_deref(),
                None,
                None,
                domestic_country.as_deref(),
            );
            build::event(&Carrier::RoyalMail, at, m, &words, code.as_deref(), place)
        })
        .collect();
    let mut shipment = Shipment::from_events(Carrier::RoyalMail, &number, events, ctx.fetched_at);
    if json::text(p, &["summary", "statusCategory"]).as_deref() == Some("DELIVERED") {
        shipment.apply_reported_status(Status::Delivered);
    }
    if !shipment.status.is_terminal() {
        shipment.eta = estimated(p);
    }
    Ok(shipment)
}

/// `estimatedDelivery`: a date with window times that carry offsets ("08:00:00+01:00"). Times
/// without an offset are UK local time (Royal Mail delivers in the UK); a date without a window
/// is that whole day there. Royal Mail's estimate, not a promise.
fn estimated(p: &Value) -> Option<Eta> {
    let date = json::text(p, &["estimatedDelivery", "date"])?;
    let uk = Some(Zone::UK);
    let bound = |field: &str| {
        let t = json::text(p, &["estimatedDelivery", field])?;
        time::window(&format!("{date}T{t}"), uk).map(|(at, _)| at)
    };
    let (day_start, day_end) = time::window(&date, uk)?;
    let (a, b) = match (
        bound("startOfEstimatedWindow"),
        bound("endOfEstimatedWindow"),
    ) {
        (Some(a), Some(b)) => (a, b),
        (Some(a), None) => (a, day_end),
        (None, Some(b)) => (day_start, b),
        (None, None) => (day_start, day_end),
    };
    build::eta(a, b, EtaBasis::CarrierEstimate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_codes() {
        assert_eq!(code_meaning("EVKSP").unwrap().status, Status::Delivered);
        assert_eq!(code_meaning("EVNMI").unwrap().status, Status::InTransit);
        assert!(code_meaning("EVZZZ").is_none());
    }
}
