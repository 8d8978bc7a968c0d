//! UPS Track API v1: every shared fixture plus our own.
mod common;

use waymark_edge::carriers::AdapterError;
use waymark_shared::{Carrier, Phase, Status};

#[test]
fn openapi_example_customs_release_with_usps_handoff() {
    let Some(r) = common::run_shared(
        Carrier::Ups,
        "ups",
        "ups_track_v1_openapi_example_customs_release.json",
    ) else {
        return;
    };
    let shipments = r.unwrap();
    assert_eq!(shipments.len(), 1, "one package");
    let s = &shipments[0];
    common::assert_invariants(s);
    // package.trackingNumber is the placeholder "string": the inquiry number names it.
    assert_eq!(s.tracking_number, "1Z023E2X0214323462");
    assert_eq!(s.events.len(), 1);
    // date 20210210 time 071356 at Wayne, NJ: EST (-05:00) in February → 12:13:56Z.
    assert_eq!(common::utc(s, 0), "2021-02-10T12:13:56Z");
    // type X but code SR "released by the customs agency": released, not an exception.
    assert_eq!(s.events[0].status, Status::InTransit);
    assert_eq!(s.phase, Some(Phase::ImportCustoms));
    assert_eq!(s.legs.len(), 2);
    assert_eq!(s.legs[1].carrier, Carrier::Usps);
    assert_eq!(s.legs[1].tracking_number, "92419900000033499522966220");
    assert!(s.eta.is_none(), "deliveryDate holds only placeholders");
    let json = serde_json::to_string(s).unwrap();
    assert!(!json.contains("100 Main St") && !json.contains("Sears"));
}

#[test]
fn error_and_not_found() {
    let Some(r) = common::run_shared(
        Carrier::Ups,
        "ups",
        "ups_track_v1_error_TV1002_invalid_inquiry.json",
    ) else {
        return;
    };
    assert_eq!(
        r.unwrap_err(),
        AdapterError::carrier("TV1002", "Invalid inquiry number")
    );
    let Some(r) = common::run_shared(
        Carrier::Ups,
        "ups",
        "ups_track_v1_warning_TW0001_not_found.json",
    ) else {
        return;
    };
    assert!(matches!(r.unwrap_err(), AdapterError::NotFound(_)));
}

#[test]
fn own_two_packages_gmt_fields_and_scheduled_window() {
    let shipments =
        common::run(Carrier::Ups, &common::own_fixture("ups/two_packages.json")).unwrap();
    assert_eq!(
        shipments.len(),
        2,
        "two packages are two parcels, never merged"
    );
    let a = &shipments[0];
    common::assert_invariants(a);
    assert_eq!(a.tracking_number, "1Z999AA10123456784");
    // gmtDate/gmtTime win over the local date/time: 2024-07-01 14:30:00 UTC, offset -04:00.
    assert_eq!(common::utc(a, 0), "2024-07-01T14:30:00Z");
    assert_eq!(
        a.events[0].local_offset.unwrap().local_minus_utc(),
        -4 * 3600
    );
    // No GMT fields: Louisville, KY local 2024-07-02 03:10:00 EDT → 07:10:00Z.
    assert_eq!(common::utc(a, 1), "2024-07-02T07:10:00Z");
    assert_eq!(a.status, Status::InTransit);
    // SDD 20240705 with a 10:30–14:00 window at the destination (Seattle, WA: PDT).
    let eta = a.eta.as_ref().unwrap();
    assert_eq!(eta.earliest.to_rfc3339(), "2024-07-05T17:30:00+00:00");
    assert_eq!(eta.latest.to_rfc3339(), "2024-07-05T21:00:00+00:00");
    let b = &shipments[1];
    assert_eq!(b.tracking_number, "1Z999AA10123456793");
    assert_eq!(b.status, Status::Delivered);
    assert_eq!(b.events.len(), 2);
    // Markup stays text; the signature is scrubbed.
    assert_eq!(
        b.events[1].description,
        "Delivered <b>front door</b> (signed by recipient)"
    );
    assert!(b.eta.is_none(), "delivered: no ETA");
}
