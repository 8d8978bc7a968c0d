//! Canada Post tracking (`GET /vis/track/pin/{pin}/detail`, XML).
//!
//! Elements are matched by local name, so the real `xmlns="http://www.canadapost.ca/ws/track"`
//! and karrio's namespace-less copy both parse. Each occurrence has `event-date`, `event-time`
//! and a zone abbreviation (`EST`, `PDT`, …) mapped to its offset explicitly. The
//! `signatory-name` is personal data and never read. `<messages>` replies are errors
//! (`004` No Pin History → not found).

use super::{Adapter, AdapterError, Context};
use crate::normalize::keywords::Meaning;
use crate::normalize::xml::{child, child_text};
use crate::normalize::zones::{zone_for, Zone};
use crate::normalize::{build, input, time};
use chrono::FixedOffset;
use roxmltree::Node;
use waymark_shared::{Carrier, EtaBasis, Location, Phase, Reason, Shipment, Status};

/// The Canada Post adapter.
pub struct CanadaPost;

impl Adapter for CanadaPost {
    fn carrier(&self) -> Carrier {
        Carrier::CanadaPost
    }

    fn normalize(&self, body: &[u8], ctx: &Context) -> Result<Vec<Shipment>, AdapterError> {
        let text = input::text(body)?;
        let doc = input::xml(text)?;
        let root = doc.root_element();
        match root.tag_name().name() {
            "messages" => {
                let message = child(root, "message");
                let code = message
                    .and_then(|m| child_text(m, "code"))
                    .unwrap_or_else(|| "?".into());
                let description = message
                    .and_then(|m| child_text(m, "description"))
                    .unwrap_or_default();
                Err(match code.as_str() {
                    "004" => AdapterError::not_found(description),
                    _ => AdapterError::carrier(code, description),
                })
            }
            "tracking-detail" => Ok(vec![detail(root, ctx)?]),
            other => Err(AdapterError::malformed(format!(
                "unexpected root element <{other}>"
            ))),
        }
    }
}

/// North American zone abbreviations Canada Post prints.
fn abbreviation_offset(abbr: &str) -> Option<FixedOffset> {
    let hours = match abbr.trim().to_ascii_uppercase().as_str() {
        "NST" => return FixedOffset::west_opt(3 * 3600 + 1800),
        "NDT" => return FixedOffset::west_opt(2 * 3600 + 1800),
        "AST" | "EDT" => 4,
        "ADT" => 3,
        "EST" | "CDT" => 5,
        "CST" | "MDT" => 6,
        "MST" | "PDT" => 7,
        "PST" => 8,
        "UTC" | "GMT" => 0,
        _ => return None,
    };
    FixedOffset::west_opt(hours * 3600)
}

/// The province a postal code's first letter names (for the destination's zone).
fn province_of_postal_code(code: &str) -> Option<&'static str> {
    Some(match code.trim().chars().next()?.to_ascii_uppercase() {
        'A' => "NL",
        'B' => "NS",
        'C' => "PE",
        'E' => "NB",
        'G' | 'H' | 'J' => "QC",
        'K' | 'L' | 'M' | 'N' | 'P' => "ON",
        'R' => "MB",
        'S' => "SK",
        'T' => "AB",
        'V' => "BC",
        'X' => "NT",
        'Y' => "YT",
        _ => return None,
    })
}

fn code_meaning(code: &str) -> Option<Meaning> {
    use Phase::*;
    use Status::*;
    Some(match code.trim_start_matches('0') {
        "20" | "1496" | "1408" | "1409" | "1421" | "1422" | "1423" | "1441" | "1442" => {
            Meaning::status(Delivered).phase(LastMile)
        }
        "174" | "500" => Meaning::status(OutForDelivery).phase(LastMile),
        "100" | "101" | "170" | "171" | "172" | "400" | "410" => Meaning::status(InTransit),
        "173" => Meaning::status(Exception).reason(Reason::AddressIssue),
        "1701" | "1702" | "1703" | "168" | "169" => {
            Meaning::status(AvailableForPickup).phase(LastMile)
        }
        "167" | "1479" | "1480" => Meaning::status(FailedAttempt)
            .phase(LastMile)
            .reason(Reason::RecipientUnavailable),
        "3000" | "3001" => Meaning::status(InfoReceived).phase(Origin),
        "1415" | "1416" | "1417" | "1418" => Meaning::status(ReturningToSender)
            .phase(Return)
            .reason(Reason::Returned),
        _ => return None,
    })
}

fn detail(root: Node, ctx: &Context) -> Result<Shipment, AdapterError> {
    let pin = child_text(root, "pin")
        .ok_or_else(|| AdapterError::malformed("tracking-detail has no <pin>"))?;
    let events = child(root, "significant-events")
        .into_iter()
        .flat_map(|e| e.children().filter(|n| n.tag_name().name() == "occurrence"))
        .filter_map(|o| {
            let date = child_text(o, "event-date")?;
            let clock = child_text(o, "event-time").unwrap_or_else(|| "00:00:00".into());
            // Through the guarded parser: a fuzzed `-2011-02-03` is no date (chrono alone reads
            // the sign and would place the scan 4 000 years ago).
            let local = time::parse_naive(&format!("{date} {clock}"), &["%Y-%m-%d %H:%M:%S"])?;
            let province = child_text(o, "event-province");
            let abroad = child_text(o, "event-country").filter(|c| c != "CA");
            let place = Location::new(
                child_text(o, "event-site").as_deref(),
                province.as_deref(),
                None,
                Some(abroad.as_deref().unwrap_or("CA")),
            );
            let at = match child_text(o, "event-time-zone").and_then(|z| abbreviation_offset(&z)) {
                Some(offset) => time::at_offset(local, offset),
                None => time::infer(
                    local,
                    place.country.as_deref(),
                    province.as_deref(),
                    Some(Zone::new(
                        -5 * 60,
                        crate::normalize::zones::Dst::NorthAmerica,
                    )),
                )?,
            };
            let code = child_text(o, "event-identifier");
            let words = child_text(o, "event-description").unwrap_or_default();
            let m = build::meaning(code.as_deref().and_then(code_meaning), &words);
            build::event(&Carrier::CanadaPost, at, m, &words, code.as_deref(), place)
        })
        .collect();
    let mut shipment = Shipment::from_events(Carrier::CanadaPost, &pin, events, ctx.fetched_at);
    if !shipment.status.is_terminal() {
        let day = child_text(root, "changed-expected-date")
            .or_else(|| child_text(root, "expected-delivery-date"))
            .and_then(|d| time::parse_date(&d));
        let zone = zone_for(
            "CA",
            child_text(root, "destination-postal-id")
                .as_deref()
                .and_then(province_of_postal_code),
        );
        if let (Some(day), Some(zone)) = (day, zone) {
            let whole_day = |h, m, s| Some(time::in_zone(day.and_hms_opt(h, m, s)?, zone).at);
            if let (Some(start), Some(end)) = (whole_day(0, 0, 0), whole_day(23, 59, 59)) {
                shipment.eta = build::eta(start, end, EtaBasis::CarrierEstimate);
            }
        }
    }
    Ok(shipment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zone_abbreviations() {
        assert_eq!(
            abbreviation_offset("EST").unwrap().local_minus_utc(),
            -5 * 3600
        );
        assert_eq!(
            abbreviation_offset("EDT").unwrap().local_minus_utc(),
            -4 * 3600
        );
        assert_eq!(
            abbreviation_offset("ADT").unwrap().local_minus_utc(),
            -3 * 3600
        );
        assert_eq!(
            abbreviation_offset("NST").unwrap().local_minus_utc(),
            -(3 * 3600 + 1800)
        );
        assert_eq!(
            abbreviation_offset("PST").unwrap().local_minus_utc(),
            -8 * 3600
        );
        assert!(abbreviation_offset("XYZ").is_none());
    }

    #[test]
    fn codes_and_postal_codes() {
        assert_eq!(code_meaning("1496").unwrap().status, Status::Delivered);
        assert_eq!(code_meaning("0174").unwrap().status, Status::OutForDelivery);
        assert_eq!(
            code_meaning("0173").unwrap().reason,
            Some(Reason::AddressIssue)
        );
        assert_eq!(province_of_postal_code("K0J1T0"), Some("ON"));
        assert_eq!(province_of_postal_code("V5K0A1"), Some("BC"));
    }
}
