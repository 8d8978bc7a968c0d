//! The invariants every normalized result must hold, shared by the fuzz targets, the
//! benchmarks' sanity check and the tests.

use crate::carriers::{self, AdapterError, Context};
use waymark_shared::{Carrier, Shipment, Status};

/// Checks one shipment: events oldest first, at least one leg, delivered stays delivered
/// (unless a stronger terminal state is present), and a lossless JSON round trip. Returns a
/// description of the first broken invariant.
pub fn check_shipment(s: &Shipment) -> Result<(), String> {
    if !s.events.windows(2).all(|w| w[0].at <= w[1].at) {
        return Err("events are not oldest first".into());
    }
    if s.legs.is_empty() {
        return Err("shipment has no leg".into());
    }
    let delivered = s.events.iter().any(|e| e.status == Status::Delivered);
    let stronger = s
        .events
        .iter()
        .any(|e| e.status.terminal_rank() > Status::Delivered.terminal_rank());
    if delivered && !stronger && s.status != Status::Delivered {
        return Err(format!("a delivered parcel shows {}", s.status.as_str()));
    }
    let json = serde_json::to_string(s).map_err(|e| format!("cannot serialize: {e}"))?;
    let back: Shipment =
        serde_json::from_str(&json).map_err(|e| format!("cannot read back: {e}"))?;
    if &back != s {
        return Err("JSON round trip changed the shipment".into());
    }
    Ok(())
}

/// Normalizes `body` as `carrier` and checks every invariant of the outcome: an error must be
/// one line; every shipment must pass [`check_shipment`]. Panics (for the fuzzer) otherwise.
/// Returns the shipments (none on an error), for callers that check more.
pub fn assert_normalize_holds(carrier: &Carrier, body: &[u8], ctx: &Context) -> Vec<Shipment> {
    match carriers::normalize(carrier, body, ctx) {
        Ok(shipments) => {
            for s in &shipments {
                if let Err(problem) = check_shipment(s) {
                    panic!("{}: {problem}", carrier.slug());
                }
            }
            shipments
        }
        Err(AdapterError::UnsupportedCarrier(_)) => Vec::new(),
        Err(e) => {
            let line = e.to_string();
            assert!(
                !line.contains('\n'),
                "{}: error spans lines: {line}",
                carrier.slug()
            );
            Vec::new()
        }
    }
}
