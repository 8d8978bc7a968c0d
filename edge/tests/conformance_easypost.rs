//! EasyPost Tracker: every shared fixture.
mod common;

use waymark_edge::carriers::AdapterError;
use waymark_shared::{Carrier, EtaBasis, Status};

#[test]
fn test_mode_tracker_attributed_to_usps() {
    let Some(r) = common::run_shared(
        Carrier::EasyPost,
        "easypost",
        "easypost_tracker_object_test_mode_EZ1000000001.json",
    ) else {
        return;
    };
    let shipments = r.unwrap();
    assert_eq!(shipments.len(), 1);
    let s = &shipments[0];
    common::assert_invariants(s);
    assert_eq!(s.tracking_number, "EZ1000000001");
    assert_eq!(
        s.carrier,
        Carrier::Usps,
        "the underlying carrier holds the parcel"
    );
    assert_eq!(s.events.len(), 2);
    assert_eq!(common::utc(s, 0), "2022-03-11T03:34:58Z");
    // Houston, TX scan: UTC instant, local offset CST (-06:00).
    assert_eq!(
        s.events[1].local_offset.unwrap().local_minus_utc(),
        -6 * 3600
    );
    assert_eq!(s.status, Status::InfoReceived);
    let eta = s.eta.as_ref().unwrap();
    assert_eq!(eta.earliest.to_rfc3339(), "2022-04-11T03:34:58+00:00");
    assert_eq!(eta.basis, EtaBasis::CarrierEstimate);
}

#[test]
fn create_error() {
    let Some(r) = common::run_shared(
        Carrier::EasyPost,
        "easypost",
        "easypost_tracker_create_error_test_mode.json",
    ) else {
        return;
    };
    assert!(
        matches!(r.unwrap_err(), AdapterError::Carrier { code, .. } if code == "TRACKER.CREATE.ERROR")
    );
}
