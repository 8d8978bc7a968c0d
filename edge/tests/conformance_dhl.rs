//! DHL Unified: every shared fixture, expectations written from the payloads.
mod common;

use waymark_edge::carriers::AdapterError;
use waymark_shared::{Carrier, EtaBasis, Phase, Status};

#[test]
fn openapi_example() {
    let Some(r) = common::run_shared(
        Carrier::Dhl,
        "dhl_unified",
        "dhl_unified_track_shipments_openapi_example.json",
    ) else {
        return;
    };
    let shipments = r.unwrap();
    assert_eq!(shipments.len(), 1);
    let s = &shipments[0];
    common::assert_invariants(s);
    assert_eq!(s.tracking_number, "7777777770", "numeric id read as text");
    assert_eq!(s.events.len(), 1);
    // events[0].timestamp "2018-03-02T07:53:47" is naive; the scan is in NL (CET, +01:00 in March).
    assert_eq!(common::utc(s, 0), "2018-03-02T06:53:47Z");
    assert_eq!(s.events[0].local_offset.unwrap().local_minus_utc(), 3600);
    // statusCode "pre-transit" is the code; the contradictory text "DELIVERED" does not win.
    assert_eq!(s.status, Status::InfoReceived);
    assert_eq!(s.phase, Some(Phase::Origin));
    // "Oderweg 2, AMSTERDAM": the street line is dropped, the city kept.
    let loc = s.events[0].location.as_ref().unwrap();
    assert_eq!(loc.city.as_deref(), Some("AMSTERDAM"));
    assert_eq!(loc.country.as_deref(), Some("NL"));
    // The description "JESSICA" is a signatory's name: never shown.
    assert!(!s.events[0].description.contains("JESSICA"));
    let json = serde_json::to_string(s).unwrap();
    for personal in ["JESSICA", "Oderweg", "Doe", "John"] {
        assert!(!json.contains(personal), "{personal} leaked");
    }
    let eta = s.eta.as_ref().unwrap();
    assert_eq!(
        (eta.earliest.to_rfc3339(), eta.latest.to_rfc3339()),
        (
            "2018-08-03T00:00:00+00:00".into(),
            "2018-08-03T22:00:00+00:00".into()
        )
    );
    assert_eq!(eta.basis, EtaBasis::CarrierEstimate);
}

#[test]
fn problem_404_is_not_found() {
    let Some(r) = common::run_shared(
        Carrier::Dhl,
        "dhl_unified",
        "dhl_unified_track_404_problem_json.json",
    ) else {
        return;
    };
    assert_eq!(r.unwrap_err(), AdapterError::NotFound("8264715546".into()));
}
