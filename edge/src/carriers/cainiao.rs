//! Cainiao global tracking (`GET /global/detail.json?mailNos=…&lang=en`).
//!
//! `module[]` are parcels. Each event carries `time` (epoch milliseconds — the instant we
//! trust), a local `timeStr` and a `timeZone` label that is sometimes wrong (every scan stamped
//! GMT+08:00, the Belgian delivery included). The local offset is therefore taken from the
//! country the scan happened in: the origin country until the parcel reaches the destination
//! (a linehaul arrival, import customs or a destination delivery code), the destination after.
//! `realMailNo` is the last-mile carrier's number: a hand-off leg. An unknown number comes back
//! as success with an empty `detailList`: no shipment.

use super::{Adapter, AdapterError, Context};
use crate::normalize::keywords::Meaning;
use crate::normalize::zones::zone_for;
use crate::normalize::{build, country, handoff, input, json, time};
use serde_json::Value;
use waymark_shared::{Carrier, Location, Phase, Reason, Shipment, Status};

/// The Cainiao adapter.
pub struct Cainiao;

impl Adapter for Cainiao {
    fn carrier(&self) -> Carrier {
        Carrier::Cainiao
    }

    fn normalize(&self, body: &[u8], ctx: &Context) -> Result<Vec<Shipment>, AdapterError> {
        let root: Value = input::json(body)?;
        if root.get("success").and_then(Value::as_bool) == Some(false) {
            return Err(AdapterError::carrier(
                json::text(&root, &["errorCode"]).unwrap_or_else(|| "error".into()),
                json::text(&root, &["errorMsg"])
                    .unwrap_or_else(|| "Cainiao reported failure".into()),
            ));
        }
        let Some(modules) = root.get("module").and_then(Value::as_array) else {
            return Err(AdapterError::malformed("reply has no `module` list"));
        };
        Ok(modules.iter().filter_map(|m| parcel(m, ctx)).collect())
    }
}

/// Cainiao action codes, by prefix; the group's node code is the second opinion.
fn code_meaning(code: &str, node: Option<&str>) -> Option<Meaning> {
    use Phase::*;
    use Status::*;
    let c = code.to_ascii_uppercase();
    let m = if c.ends_with("SIGNED") || c.contains("_SIGN") {
        Meaning::status(Delivered).phase(LastMile)
    } else if c.contains("RETURN") {
        Meaning::status(ReturningToSender)
            .phase(Return)
            .reason(Reason::Returned)
    } else if c.starts_with("CC_EX") {
        if c.contains("FAIL") {
            Meaning::status(Exception)
                .phase(ExportCustoms)
                .reason(Reason::CustomsDelay)
        } else {
            Meaning::status(InTransit).phase(ExportCustoms)
        }
    } else if c.starts_with("CC_IM") || c.starts_with("CC_HO") {
        if c.contains("FAIL") || c.contains("HOLD") {
            Meaning::status(Exception)
                .phase(ImportCustoms)
                .reason(Reason::CustomsDelay)
        } else {
            Meaning::status(InTransit).phase(ImportCustoms)
        }
    } else if c.starts_with("LH_") {
        Meaning::status(InTransit).phase(Linehaul)
    } else if c.contains("WAIT_PICKUP") || c.contains("STA_") {
        Meaning::status(AvailableForPickup).phase(LastMile)
    } else if c.starts_with("GTMS_DO") || c.contains("DELIVERING") {
        Meaning::status(OutForDelivery).phase(LastMile)
    } else if c.contains("FAIL") {
        Meaning::status(FailedAttempt).phase(LastMile)
    } else if c.contains("ACCEPT") || c.contains("CREATE") || c.contains("ORDER") {
        Meaning::status(InfoReceived).phase(Origin)
    } else if c.starts_with("PU_")
        || c.starts_with("GTMS_OE")
        || c.starts_with("SC_")
        || c.starts_with("WMS_")
        || c.starts_with("GWMS_")
    {
        Meaning::status(InTransit).phase(Origin)
    } else {
        return node.and_then(node_meaning);
    };
    Some(m)
}

fn node_meaning(node: &str) -> Option<Meaning> {
    use Phase::*;
    use Status::*;
    Some(match node {
        "AE_GROUP_DELIVERED" => Meaning::status(Delivered).phase(LastMile),
        "AE_GROUP_DELIVERING" => Meaning::status(OutForDelivery).phase(LastMile),
        "AE_GROUP_IM_CLEARING_CUSTOMS" => Meaning::status(InTransit).phase(ImportCustoms),
        "AE_GROUP_EX_CLEARING_CUSTOMS" => Meaning::status(InTransit).phase(ExportCustoms),
        "AE_GROUP_LH_ARRIVE" | "AE_GROUP_LH_DEPART" => Meaning::status(InTransit).phase(Linehaul),
        "AE_GROUP_PICKUP" => Meaning::status(InTransit).phase(Origin),
        _ => return None,
    })
}

/// Whether a scan shows the parcel already in the destination country.
fn at_destination(code: &str, phase: Option<Phase>) -> bool {
    let c = code.to_ascii_uppercase();
    c == "LH_ARRIVE"
        || matches!(
            phase,
            Some(Phase::ImportCustoms | Phase::Destination | Phase::LastMile)
        )
}

fn parcel(m: &Value, ctx: &Context) -> Option<Shipment> {
    let number = json::text(m, &["mailNo"])?;
    let details = json::list(m, &["detailList"]);
    if details.is_empty() {
        return None;
    }
    let origin = json::text(m, &["originCountry"]).and_then(|c| country::to_alpha2(&c));
    let destination = json::text(m, &["destCountry"]).and_then(|c| country::to_alpha2(&c));
    // Oldest first, so the side of the border can be followed.
    let mut raw: Vec<&Value> = details.iter().collect();
    raw.sort_by_key(|e| json::int(e, &["time"]).unwrap_or(i64::MAX));
    let mut arrived = false;
    let mut events = Vec::with_capacity(raw.len());
    for e in raw {
        let at = match json::int(e, &["time"]).and_then(time::from_epoch_millis) {
            Some(at) => at,
            None => match json::text(e, &["timeStr"]).and_then(|t| time::parse_naive(&t, &[])) {
                // No epoch: the local string with its zone label is all there is.
                Some(local) => match json::text(e, &["timeZone"])
                    .and_then(|z| waymark_shared::serde_time::parse_offset(&z))
                {
                    Some(o) => time::at_offset(local, o).at,
                    None => continue,
                },
                None => continue,
            },
        };
        let code = json::text(e, &["actionCode"]).unwrap_or_default();
        let node = json::text(e, &["group", "nodeCode"]);
        let words = json::text(e, &["desc"])
            .or_else(|| json::text(e, &["standerdDesc"]))
            .unwrap_or_default();
        let meaning = build::meaning(code_meaning(&code, node.as_deref()), &words);
        arrived |= at_destination(&code, meaning.phase);
        let side = if arrived {
            destination.as_deref()
        } else {
            origin.as_deref()
        };
        let offset = side
            .and_then(|c| zone_for(c, None))
            .map(|z| z.offset_at_utc(at));
        let stamp = time::Stamp { at, offset };
        let code = (!code.is_empty()).then_some(code.as_str());
        events.extend(build::event(
            &Carrier::Cainiao,
            stamp,
            meaning,
            &words,
            code,
            Location::default(),
        ));
    }
    let mut shipment = Shipment::from_events(Carrier::Cainiao, &number, events, ctx.fetched_at);
    if json::text(m, &["status"]).as_deref() == Some("DELIVERED") {
        shipment.apply_reported_status(Status::Delivered);
    }
    if let Some(leg) = json::text(m, &["realMailNo"])
        .and_then(|r| handoff::parse(&r, destination.as_deref(), None))
    {
        if leg.tracking_number != shipment.tracking_number {
            shipment.add_leg(leg);
        }
    }
    Some(shipment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_codes() {
        let m = |c| code_meaning(c, None).unwrap();
        assert_eq!(m("GTMS_SIGNED").status, Status::Delivered);
        assert_eq!(m("CC_IM_SUCCESS").phase, Some(Phase::ImportCustoms));
        assert_eq!(m("CC_EX_START").phase, Some(Phase::ExportCustoms));
        assert_eq!(m("LH_HO_IN_SUCCESS").phase, Some(Phase::Linehaul));
        assert_eq!(m("PU_PICKUP_SUCCESS").phase, Some(Phase::Origin));
        assert_eq!(m("GTMS_DO_DEPART").status, Status::OutForDelivery);
        assert!(code_meaning("COMMON_INTRANSIT", None).is_none());
        assert_eq!(
            code_meaning("COMMON_INTRANSIT", Some("AE_GROUP_LH_ARRIVE"))
                .unwrap()
                .phase,
            Some(Phase::Linehaul)
        );
    }
}
