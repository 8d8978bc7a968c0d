//! Australia Post: every shared fixture.
mod common;

use waymark_edge::carriers::AdapterError;
use waymark_shared::{Carrier, Phase, Status};

#[test]
fn three_results_two_nesting_shapes_and_foreign_offsets() {
    let Some(r) = common::run_shared(
        Carrier::AustraliaPost,
        "australiapost",
        "auspost_track_items_3_results_intl_inbound_outbound.json",
    ) else {
        return;
    };
    let shipments = r.unwrap();
    assert_eq!(shipments.len(), 3, "three results, three parcels");
    for s in &shipments {
        common::assert_invariants(s);
    }
    let (outbound, inbound, nz) = (&shipments[0], &shipments[1], &shipments[2]);
    assert_eq!(
        outbound.tracking_number, "ET123456789AU",
        "consignment wrapper shape"
    );
    assert_eq!(outbound.events.len(), 8);
    // "2021-01-27T00:22:43+11:00" → 2021-01-26T13:22:43Z.
    assert_eq!(common::utc(outbound, 0), "2021-01-26T13:22:43Z");
    assert_eq!(outbound.events[0].status, Status::InfoReceived);
    assert_eq!(outbound.status, Status::InTransit);
    assert_eq!(
        outbound.phase,
        Some(Phase::Linehaul),
        "processed by air carrier"
    );

    assert_eq!(
        inbound.tracking_number, "LX123456789US",
        "direct items shape"
    );
    assert_eq!(inbound.events.len(), 9);
    // "2021-01-06T08:27:00+11:00" at "US-60199, UNITED STATES": instant 2021-01-05T21:27:00Z;
    // the +11:00 is the Australian office's, the scan's own offset is US (EST, -05:00).
    assert_eq!(common::utc(inbound, 0), "2021-01-05T21:27:00Z");
    assert_eq!(
        inbound.events[0].local_offset.unwrap().local_minus_utc(),
        -5 * 3600
    );
    assert_eq!(
        inbound.events[2].phase,
        Some(Phase::ImportCustoms),
        "Arrived awaiting clearance (Inbound)"
    );
    assert_eq!(inbound.status, Status::Delivered);

    assert_eq!(nz.tracking_number, "00123456789000123400");
    assert_eq!(nz.events.len(), 10);
    // The NZ delivery "2021-02-02T07:38:56+11:00" → 2021-02-01T20:38:56Z at +13:00 (NZDT).
    assert_eq!(common::utc(nz, 9), "2021-02-01T20:38:56Z");
    assert_eq!(
        nz.events[9].local_offset.unwrap().local_minus_utc(),
        13 * 3600
    );
    assert_eq!(nz.status, Status::Delivered);
}

#[test]
fn errors() {
    let Some(r) = common::run_shared(
        Carrier::AustraliaPost,
        "australiapost",
        "auspost_track_items_invalid_id_ESB-10001.json",
    ) else {
        return;
    };
    assert_eq!(r.unwrap_err(), AdapterError::NotFound("7XX1000".into()));
    let Some(r) = common::run_shared(
        Carrier::AustraliaPost,
        "australiapost",
        "auspost_track_too_many_ids_51101.json",
    ) else {
        return;
    };
    assert!(matches!(r.unwrap_err(), AdapterError::Carrier { code, .. } if code == "51101"));
}

#[test]
fn fuzz_found_negative_year_is_dropped_not_kept() {
    // The fuzzer mutated a year to "-2021": such an event cannot be placed in time and is
    // dropped; the rest of the reply still normalizes and round-trips through JSON.
    let shipments = common::run(
        Carrier::AustraliaPost,
        &common::own_fixture("australiapost/fuzz_negative_year.json"),
    )
    .unwrap();
    assert_eq!(shipments.len(), 1);
    common::assert_invariants(&shipments[0]);
    assert_eq!(shipments[0].events.len(), 1);
    assert_eq!(common::utc(&shipments[0], 0), "2021-01-25T23:00:00Z");
}
