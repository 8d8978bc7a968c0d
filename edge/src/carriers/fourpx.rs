//! 4PX tracking (`POST /track/v2/front/listTrackV3`, body `{"queryCodes":[…]}`).
//!
//! Envelope `result`/`message`/`data`; each `data[]` entry is a parcel with `tracks[]` newest
//! first. `tkDate` carries its offset (trusted); `tkDateStr` is not used (a constant in the
//! synthetic capture). `tkCode` is `FPX_<stage>_<event>`: the stage letter gives the phase
//! (L label, O origin, C customs, I international, D destination, S signed); the text
//! (`tkDesc`) refines it. A number 4PX does not know yet (`tracks: null`) is no shipment.

use super::{Adapter, AdapterError, Context};
use crate::normalize::keywords::Meaning;
use crate::normalize::{build, input, json, time};
use serde_json::Value;
use waymark_shared::{Carrier, Location, Phase, Reason, Shipment, Status};

/// The 4PX adapter.
pub struct FourPx;

impl Adapter for FourPx {
    fn carrier(&self) -> Carrier {
        Carrier::FourPx
    }

    fn normalize(&self, body: &[u8], ctx: &Context) -> Result<Vec<Shipment>, AdapterError> {
        let root: Value = input::json(body)?;
        match json::int(&root, &["result"]) {
            Some(1) => {}
            Some(code) => {
                return Err(AdapterError::carrier(
                    code,
                    json::text(&root, &["message"])
                        .unwrap_or_else(|| "4PX reported failure".into()),
                ))
            }
            None => return Err(AdapterError::malformed("reply has no `result`")),
        }
        Ok(json::list(&root, &["data"])
            .iter()
            .filter_map(|d| parcel(d, ctx))
            .collect())
    }
}

fn code_meaning(code: &str) -> Option<Meaning> {
    use Phase::*;
    use Status::*;
    let mut parts = code.split('_');
    if parts.next() != Some("FPX") {
        return None;
    }
    let stage = parts.next()?;
    let event = parts.next().unwrap_or("");
    Some(match stage {
        "L" => Meaning::status(InfoReceived).phase(Origin),
        "O" => Meaning::status(InTransit).phase(Origin),
        "C" if event.contains("F") || event.contains("H") => {
            Meaning::status(Exception).reason(Reason::CustomsDelay)
        }
        "C" => Meaning::status(InTransit),
        "I" => Meaning::status(InTransit).phase(Linehaul),
        "D" => Meaning::status(InTransit).phase(Destination),
        "S" if event == "OK" => Meaning::status(Delivered).phase(LastMile),
        "R" => Meaning::status(ReturningToSender)
            .phase(Return)
            .reason(Reason::Returned),
        _ => return None,
    })
}

fn parcel(d: &Value, ctx: &Context) -> Option<Shipment> {
    let number = json::text(d, &["queryCode"]).or_else(|| json::text(d, &["serverCode"]))?;
    let tracks = json::list(d, &["tracks"]);
    if tracks.is_empty() {
        return None;
    }
    let events = tracks
        .iter()
        .filter_map(|t| {
            let at = time::parse_with_offset(&json::text(t, &["tkDate"])?)?;
            let code = json::text(t, &["tkCode"]);
            // No words when 4PX gave none: the widget shows the normalized status instead.
            let words = json::text(t, &["tkDesc"])
                .or_else(|| json::text(t, &["tkContent"]))
                .unwrap_or_default();
            let m = build::meaning(code.as_deref().and_then(code_meaning), &words);
            let place = Location::new(json::text(t, &["tkLocation"]).as_deref(), None, None, None);
            build::event(&Carrier::FourPx, at, m, &words, code.as_deref(), place)
        })
        .collect();
    Some(Shipment::from_events(
        Carrier::FourPx,
        &number,
        events,
        ctx.fetched_at,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stage_letters() {
        assert_eq!(code_meaning("FPX_S_OK").unwrap().status, Status::Delivered);
        assert_eq!(
            code_meaning("FPX_L_RPIF").unwrap().status,
            Status::InfoReceived
        );
        assert_eq!(
            code_meaning("FPX_D_SD").unwrap().phase,
            Some(Phase::Destination)
        );
        assert!(code_meaning("XYZ").is_none());
        assert!(code_meaning("FPX_Q_Q").is_none());
    }
}
