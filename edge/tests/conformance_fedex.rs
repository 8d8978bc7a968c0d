//! FedEx Track API v1: every shared fixture plus our own.
mod common;

use waymark_edge::carriers::AdapterError;
use waymark_shared::{Carrier, Phase, Status};

#[test]
fn doc_example_keeps_the_result_with_data_and_skips_the_not_found_one() {
    let Some(r) = common::run_shared(Carrier::Fedex, "fedex", "fedex_track_v1_doc_example.json")
    else {
        return;
    };
    let shipments = r.unwrap();
    // completeTrackResults[1] is only a TRACKING.TRACKINGNUMBER.NOTFOUND error: no shipment.
    assert_eq!(shipments.len(), 1);
    let s = &shipments[0];
    common::assert_invariants(s);
    assert_eq!(s.tracking_number, "128667043726");
    assert_eq!(s.events.len(), 1);
    // scanEvents[0].date "2018-02-02T12:01:00-07:00" → 19:01:00Z, offset kept.
    assert_eq!(common::utc(s, 0), "2018-02-02T19:01:00Z");
    assert_eq!(
        s.events[0].local_offset.unwrap().local_minus_utc(),
        -7 * 3600
    );
    assert_eq!(s.status, Status::InTransit);
    assert_eq!(s.phase, Some(Phase::Origin));
    // estimatedDeliveryTimeWindow: begins "2021-10-01T08:00:00" (no offset: takes the end's
    // -06:00) → 14:00Z; ends "2021-10-15T00:00:00-06:00" → 06:00Z.
    let eta = s.eta.as_ref().unwrap();
    assert_eq!(eta.earliest.to_rfc3339(), "2021-10-01T14:00:00+00:00");
    assert_eq!(eta.latest.to_rfc3339(), "2021-10-15T06:00:00+00:00");
    let json = serde_json::to_string(s).unwrap();
    for personal in ["John Taylor", "1234567890", "North Easy Street", "Reciever"] {
        assert!(!json.contains(personal), "{personal} leaked");
    }
}

#[test]
fn error_envelope() {
    let Some(r) = common::run_shared(
        Carrier::Fedex,
        "fedex",
        "fedex_track_v1_error_empty_tracking_number.json",
    ) else {
        return;
    };
    assert_eq!(
        r.unwrap_err(),
        AdapterError::carrier(
            "TRACKING.TRACKINGNUMBER.EMPTY",
            "Please provide tracking number."
        )
    );
}

#[test]
fn own_reused_number_gives_two_parcels() {
    let shipments = common::run(
        Carrier::Fedex,
        &common::own_fixture("fedex/reused_number.json"),
    )
    .unwrap();
    assert_eq!(
        shipments.len(),
        2,
        "a reused number: two parcels, never interleaved"
    );
    for s in &shipments {
        common::assert_invariants(s);
        assert_eq!(s.tracking_number, "794600000000");
    }
    assert_eq!(shipments[0].status, Status::Delivered);
    assert_eq!(shipments[0].events.len(), 2);
    assert_eq!(shipments[1].status, Status::InTransit);
    assert_eq!(shipments[1].events.len(), 1);
    // A scan without an offset (Memphis, TN, CST in January) → 14:00 local = 20:00Z.
    assert_eq!(common::utc(&shipments[1], 0), "2025-01-10T20:00:00Z");
    assert_eq!(shipments[0].events[1].description, "Delivered");
}
