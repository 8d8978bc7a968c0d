//! Landmark Global (XML): every shared fixture.
mod common;

use waymark_edge::carriers::AdapterError;
use waymark_shared::{Carrier, Phase, Status};

#[test]
fn delivered_scan_sorting_before_origin_scans_stays_delivered() {
    let Some(r) = common::run_shared(
        Carrier::Landmark,
        "landmark",
        "landmark_track_GB_to_IE_anpost_delivered_out_of_order_time.xml",
    ) else {
        return;
    };
    let shipments = r.unwrap();
    assert_eq!(shipments.len(), 1);
    let s = &shipments[0];
    common::assert_invariants(s);
    assert_eq!(s.tracking_number, "LTN450000001N1");
    // 7 events: two 225 scans at 07:56 are different codes from the 155 one, all kept.
    assert_eq!(s.events.len(), 7);
    // GB and IE are both at +00:00 in February: naive times read as such (not "as UTC").
    assert_eq!(common::utc(s, 0), "2025-02-18T04:30:00Z");
    // "Item delivered" at 04:23 sorts before the 07:54–07:56 border scans of the same day...
    assert_eq!(common::utc(s, 2), "2025-02-21T04:23:00Z");
    assert_eq!(s.events[2].status, Status::Delivered);
    // ...and the parcel is still delivered (the bug karrio fixed).
    assert_eq!(s.status, Status::Delivered);
    assert_eq!(s.phase, Some(Phase::LastMile));
    assert_eq!(s.legs.len(), 2);
    assert_eq!(s.legs[1].carrier, Carrier::Other("an post".into()));
    assert_eq!(s.legs[1].tracking_number, "RR123456789IE");
}

#[test]
fn us_style_datetimes_in_us_zones() {
    let Some(r) = common::run_shared(
        Carrier::Landmark,
        "landmark",
        "landmark_track_doc_sample_customs_in_progress.xml",
    ) else {
        return;
    };
    let s = &r.unwrap()[0];
    common::assert_invariants(s);
    assert_eq!(s.tracking_number, "LTN38570269N1");
    assert_eq!(s.events.len(), 2);
    // "09/30/2025 11:45 AM" at Columbus, OH (EDT, -04:00) → 15:45Z.
    assert_eq!(common::utc(s, 0), "2025-09-30T15:45:00Z");
    // "10/01/2025 03:02 PM" at "Anytown, US" (Eastern by default) → 19:02Z.
    assert_eq!(common::utc(s, 1), "2025-10-01T19:02:00Z");
    assert_eq!(s.status, Status::InTransit);
    assert_eq!(s.phase, Some(Phase::ImportCustoms));
}

#[test]
fn to_be_routed_has_no_handoff_leg_yet() {
    let Some(r) = common::run_shared(
        Carrier::Landmark,
        "landmark",
        "landmark_track_to_be_routed_data_uploaded_only.xml",
    ) else {
        return;
    };
    let s = &r.unwrap()[0];
    assert_eq!(s.tracking_number, "LTN433006705N1");
    assert_eq!(s.legs.len(), 1);
    assert_eq!(s.status, Status::InfoReceived);
    assert_eq!(common::utc(s, 0), "2026-01-28T03:40:52Z");
}

#[test]
fn login_error() {
    let Some(r) = common::run_shared(
        Carrier::Landmark,
        "landmark",
        "landmark_track_error_login.xml",
    ) else {
        return;
    };
    assert_eq!(
        r.unwrap_err(),
        AdapterError::carrier(
            "Login",
            "The username/password combination provided is invalid."
        )
    );
}
