//! USPS Tracking v3: every shared fixture plus our own.
mod common;

use waymark_edge::carriers::AdapterError;
use waymark_shared::{Carrier, Phase, Status};

#[test]
fn delivered_to_parcel_locker() {
    let Some(r) = common::run_shared(
        Carrier::Usps,
        "usps",
        "usps_v3_tracking_delivered_parcel_locker.json",
    ) else {
        return;
    };
    let shipments = r.unwrap();
    assert_eq!(shipments.len(), 1);
    let s = &shipments[0];
    common::assert_invariants(s);
    assert_eq!(s.tracking_number, "9400109104250532908587");
    // 12 events in the payload; the three "In Transit to Next Facility" (TL) scans are hours
    // apart, so none is a duplicate.
    assert_eq!(s.events.len(), 12);
    // GMTTimestamp is trusted: first "GX" at 2024-11-15T16:32:33Z, last "01" at 18:58:40Z.
    assert_eq!(common::utc(s, 0), "2024-11-15T16:32:33Z");
    assert_eq!(common::utc(s, 11), "2024-11-22T18:58:40Z");
    assert_eq!(
        s.events[11].local_offset.unwrap().local_minus_utc(),
        -5 * 3600
    );
    assert_eq!(s.events[0].status, Status::InfoReceived);
    assert_eq!(s.events[10].status, Status::OutForDelivery);
    assert_eq!(s.status, Status::Delivered);
    assert_eq!(s.phase, Some(Phase::LastMile));
    assert_eq!(
        s.events[11].location.as_ref().unwrap().country.as_deref(),
        Some("US")
    );
    assert!(s.eta.is_none());
}

#[test]
fn error_envelope_is_a_carrier_error() {
    let Some(r) = common::run_shared(Carrier::Usps, "usps", "usps_v3_error_schema_example.json")
    else {
        return;
    };
    assert!(matches!(r.unwrap_err(), AdapterError::Carrier { .. }));
}

#[test]
fn own_duplicates_out_of_order_failed_attempt_and_expected_date() {
    let shipments = common::run(
        Carrier::Usps,
        &common::own_fixture("usps/failed_attempt_duplicates.json"),
    )
    .unwrap();
    let s = &shipments[0];
    common::assert_invariants(s);
    // Four events given; the notice-left scan appears twice (same code, 1 minute apart).
    assert_eq!(s.events.len(), 3);
    assert_eq!(s.status, Status::FailedAttempt);
    assert_eq!(s.events[2].code.as_deref(), Some("02"));
    // No GMTTimestamp: local 2025-03-03T10:15:00 with GMTOffset -08:00 → 18:15Z.
    assert_eq!(common::utc(s, 0), "2025-03-03T18:15:00Z");
    // expectedDeliveryDate 2025-03-07 in CA (PST): the whole day, 08:00Z to 07:59:59Z next day.
    let eta = s.eta.as_ref().unwrap();
    assert_eq!(eta.earliest.to_rfc3339(), "2025-03-07T08:00:00+00:00");
    assert_eq!(eta.latest.to_rfc3339(), "2025-03-08T07:59:59+00:00");
    assert!(
        s.events[1].description.contains("<script>"),
        "markup kept as text"
    );
    assert!(
        !s.events[1].description.contains('\u{7}'),
        "control characters removed"
    );
}
