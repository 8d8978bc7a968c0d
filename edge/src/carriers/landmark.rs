//! Landmark Global Track (XML, `TrackRequest` → `TrackResponse`).
//!
//! Each `Package` is a parcel, known by its `LandmarkTrackingNumber`; its `TrackingNumber`
//! under `EndDeliveryCarrier` (An Post, Evri, …) is the hand-off leg ("To Be Routed": none
//! yet). Times are naive local (`2025-02-18 04:30:00` or `10/01/2025 03:02 PM`): the offset
//! comes from the location (`Columbus, OH` → US state; `Anytown, US` → country), last-mile
//! scans (codes ≥ 300) use the destination country of an S10 end-delivery number, and
//! anything else Landmark's home zone (UK). Never UTC by default.

use super::{Adapter, AdapterError, Context};
use crate::normalize::keywords::Meaning;
use crate::normalize::xml::{child, child_text, descendant};
use crate::normalize::zones::{zone_for, Zone};
use crate::normalize::{build, country, handoff, input, time};
use roxmltree::Node;
use waymark_shared::{Carrier, Leg, Location, Phase, Reason, Shipment, Status};

/// The Landmark Global adapter.
pub struct Landmark;

impl Adapter for Landmark {
    fn carrier(&self) -> Carrier {
        Carrier::Landmark
    }

    fn normalize(&self, body: &[u8], ctx: &Context) -> Result<Vec<Shipment>, AdapterError> {
        let text = input::text(body)?;
        let doc = input::xml(text)?;
        let root = doc.root_element();
        if root.tag_name().name() != "TrackResponse" {
            return Err(AdapterError::malformed(format!(
                "unexpected root element <{}>",
                root.tag_name().name()
            )));
        }
        if let Some(err) = descendant(root, "Error") {
            return Err(AdapterError::carrier(
                child_text(err, "ErrorCode").unwrap_or_else(|| "error".into()),
                child_text(err, "ErrorMessage").unwrap_or_default(),
            ));
        }
        let result = child(root, "Result").ok_or_else(|| AdapterError::malformed("no <Result>"))?;
        if child_text(result, "Success").as_deref() != Some("true") {
            return Err(AdapterError::carrier(
                "unsuccessful",
                child_text(result, "ResultMessage")
                    .unwrap_or_else(|| "Landmark reported failure".into()),
            ));
        }
        let end_carrier =
            child(result, "ShipmentDetails").and_then(|d| child_text(d, "EndDeliveryCarrier"));
        Ok(child(result, "Packages")
            .into_iter()
            .flat_map(|p| p.children().filter(|n| n.has_tag_name("Package")))
            .filter_map(|p| package(p, end_carrier.as_deref(), ctx))
            .collect())
    }
}

fn code_meaning(code: u32) -> Option<Meaning> {
    use Phase::*;
    use Status::*;
    Some(match code {
        50 => Meaning::status(InfoReceived).phase(Origin),
        75 | 100 => Meaning::status(InTransit).phase(Origin),
        125 => Meaning::status(InTransit).phase(ExportCustoms),
        150 => Meaning::status(InTransit).phase(Linehaul),
        155 => Meaning::status(InTransit).phase(ImportCustoms),
        250 => Meaning::status(InTransit).phase(ImportCustoms),
        200 | 225 => Meaning::status(InTransit),
        300 => Meaning::status(OutForDelivery).phase(LastMile),
        400 => Meaning::status(FailedAttempt).phase(LastMile),
        450 => Meaning::status(AvailableForPickup).phase(LastMile),
        500 => Meaning::status(Delivered).phase(LastMile),
        600 | 650 => Meaning::status(ReturningToSender)
            .phase(Return)
            .reason(Reason::Returned),
        _ => return None,
    })
}

/// "City, XX": a US state or a country code after the comma; anything else is a region.
fn location(raw: &str) -> Location {
    let mut parts = raw.rsplitn(2, ',').map(str::trim);
    let (last, first) = (parts.next().unwrap_or(""), parts.next());
    match first {
        None => Location::new(Some(last), None, None, None),
        Some(city) if is_us_state(last) => Location::new(Some(city), Some(last), None, Some("US")),
        Some(city)
            if last.len() == 2
                && country::to_alpha2(last).is_some()
                && last.chars().all(|c| c.is_ascii_uppercase())
                && !is_uk_county(last) =>
        {
            Location::new(Some(city), None, None, Some(last))
        }
        Some(city) => Location::new(Some(city), Some(last), None, None),
    }
}

fn is_us_state(s: &str) -> bool {
    const STATES: &[&str] = &[
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
        "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
        "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
        "VA", "WA", "WV", "WI", "WY", "DC",
    ];
    STATES.contains(&s)
}

/// Two-letter county marks Landmark uses for UK/Irish depots that are not countries.
fn is_uk_county(s: &str) -> bool {
    matches!(s, "WW" | "SRY" | "MX" | "DN")
}

fn package(p: Node, end_carrier: Option<&str>, ctx: &Context) -> Option<Shipment> {
    let landmark_number = child_text(p, "LandmarkTrackingNumber");
    // The end-delivery number alone, without label text or control characters in the value.
    let end_number = child_text(p, "TrackingNumber").map(|n| handoff::number(&n).unwrap_or(n));
    let number = landmark_number.clone().or_else(|| end_number.clone())?;
    let destination = end_number.as_deref().and_then(country::from_s10);
    let events = child(p, "Events")
        .into_iter()
        .flat_map(|e| e.children().filter(|n| n.has_tag_name("Event")))
        .filter_map(|e| {
            let code = child_text(e, "EventCode");
            let words = child_text(e, "Status").unwrap_or_default();
            let m = build::meaning(
                code.as_deref()
                    .and_then(|c| c.parse().ok())
                    .and_then(code_meaning),
                &words,
            );
            let place = child_text(e, "Location")
                .map(|l| location(&l))
                .unwrap_or_default();
            let local = time::parse_naive(&child_text(e, "DateTime")?, &[])?;
            let last_mile = m.phase == Some(Phase::LastMile);
            let country =
                place
                    .country
                    .clone()
                    .or_else(|| if last_mile { destination.clone() } else { None });
            let zone = country
                .as_deref()
                .and_then(|c| zone_for(c, place.region.as_deref()))
                .unwrap_or(Zone::UK);
            let at = time::in_zone(local, zone);
            build::event(&Carrier::Landmark, at, m, &words, code.as_deref(), place)
        })
        .collect();
    let mut shipment = Shipment::from_events(Carrier::Landmark, &number, events, ctx.fetched_at);
    if let (Some(carrier), Some(n)) = (end_carrier, end_number.as_deref()) {
        let routed = !carrier.eq_ignore_ascii_case("to be routed");
        if routed && Some(n) != landmark_number.as_deref() {
            let carrier = handoff::parse(&format!("{carrier} {n}"), destination.as_deref(), None)
                .map(|l| l.carrier)
                .unwrap_or_else(|| Carrier::from_name(carrier));
            shipment.add_leg(Leg::new(carrier, n));
        }
    }
    Some(shipment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations() {
        let l = location("Columbus, OH");
        assert_eq!(
            (l.region.as_deref(), l.country.as_deref()),
            (Some("OH"), Some("US"))
        );
        assert_eq!(location("Anytown, US").country.as_deref(), Some("US"));
        let l = location("Feltham, SRY");
        assert_eq!(
            (l.city.as_deref(), l.region.as_deref(), l.country),
            (Some("Feltham"), Some("SRY"), None)
        );
        assert_eq!(
            location("North Shields").city.as_deref(),
            Some("North Shields")
        );
    }

    #[test]
    fn event_codes() {
        assert_eq!(code_meaning(500).unwrap().status, Status::Delivered);
        assert_eq!(code_meaning(250).unwrap().phase, Some(Phase::ImportCustoms));
        assert!(code_meaning(999).is_none());
    }
}
