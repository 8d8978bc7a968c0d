//! 4PX listTrackV3: every shared fixture (both SYNTHETIC by their source) plus our own.
mod common;

use waymark_edge::carriers::AdapterError;
use waymark_shared::{Carrier, Phase, Status};

#[test]
fn delivered_shape() {
    let Some(r) = common::run_shared(
        Carrier::FourPx,
        "4px",
        "SYNTHETIC_4px_listTrackV3_delivered_shape.json",
    ) else {
        return;
    };
    let shipments = r.unwrap();
    assert_eq!(shipments.len(), 1);
    let s = &shipments[0];
    common::assert_invariants(s);
    assert_eq!(s.tracking_number, "SYNTHETICDONE0001");
    assert_eq!(s.events.len(), 4);
    // tracks are newest first; tkDate carries +00:00. Oldest FPX_L_RPIF 2026-04-27T23:03:58.
    assert_eq!(common::utc(s, 0), "2026-04-27T23:03:58Z");
    assert_eq!(common::utc(s, 3), "2026-04-29T13:12:42Z");
    assert_eq!(s.events[0].status, Status::InfoReceived);
    assert_eq!(s.events[2].phase, Some(Phase::Destination));
    assert_eq!(s.status, Status::Delivered);
}

#[test]
fn pending_skeleton_is_no_shipment() {
    let Some(r) = common::run_shared(
        Carrier::FourPx,
        "4px",
        "SYNTHETIC_4px_listTrackV3_pending_skeleton.json",
    ) else {
        return;
    };
    assert_eq!(r.unwrap(), vec![]);
}

#[test]
fn own_failure_envelope_and_text_with_location() {
    let err = common::run(
        Carrier::FourPx,
        br#"{"result": 0, "message": "query codes empty", "data": null}"#,
    )
    .unwrap_err();
    assert_eq!(err, AdapterError::carrier("0", "query codes empty"));
    let s = &common::run(
        Carrier::FourPx,
        &common::own_fixture("4px/in_transit_with_text.json"),
    )
    .unwrap()[0];
    common::assert_invariants(s);
    assert_eq!(s.events.len(), 2);
    // tkDate "2026-05-02T09:00:00+08:00" → 01:00Z.
    assert_eq!(common::utc(s, 1), "2026-05-02T01:00:00Z");
    assert_eq!(s.events[1].phase, Some(Phase::Linehaul));
    assert_eq!(
        s.events[1].location.as_ref().unwrap().city.as_deref(),
        Some("Shenzhen")
    );
    assert_eq!(s.events[1].description, "Departed from airport of origin");
}
