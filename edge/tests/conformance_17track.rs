//! 17TRACK v2.2: no public capture exists, so these are our own fixtures, written from the
//! published v2.2 schema (accepted/rejected, track_info.tracking.providers[].events[]).
mod common;

use waymark_edge::carriers::AdapterError;
use waymark_shared::{Carrier, Phase, Reason, Status};

#[test]
fn two_providers_become_two_legs_in_hand_off_order() {
    let shipments = common::run(
        Carrier::SeventeenTrack,
        &common::own_fixture("17track/cn_to_us_two_providers_delivered.json"),
    )
    .unwrap();
    assert_eq!(shipments.len(), 1);
    let s = &shipments[0];
    common::assert_invariants(s);
    assert_eq!(s.tracking_number, "UG123456785CN");
    // 17TRACK lists USPS first; by first scan Yanwen handed over to USPS.
    assert_eq!(s.legs.len(), 2);
    assert_eq!(s.legs[0].carrier, Carrier::Yanwen);
    assert_eq!(s.legs[1].carrier, Carrier::Usps);
    assert_eq!(s.events.len(), 5);
    assert_eq!(common::utc(s, 0), "2026-03-01T10:00:00Z");
    assert_eq!(s.events[0].carrier, Carrier::Yanwen);
    assert_eq!(s.events[4].carrier, Carrier::Usps);
    assert_eq!(s.events[1].phase, Some(Phase::Linehaul));
    assert_eq!(s.status, Status::Delivered);
    assert!(
        s.events[2].description.contains("<ISC NEW YORK>"),
        "markup-like text kept as text"
    );
    assert!(
        !serde_json::to_string(s).unwrap().contains("Private Street"),
        "street never copied"
    );
}

#[test]
fn customs_information_required_with_date_window() {
    let s = &common::run(
        Carrier::SeventeenTrack,
        &common::own_fixture("17track/customs_exception_with_eta.json"),
    )
    .unwrap()[0];
    common::assert_invariants(s);
    assert_eq!(s.status, Status::Exception);
    assert_eq!(s.events[1].reason, Some(Reason::CustomsDocuments));
    // time_raw with its own +08:00 zone: 2026-04-02 08:00 → 00:00Z.
    assert_eq!(common::utc(s, 0), "2026-04-02T00:00:00Z");
    // Dates 2026-04-20..24 at the destination (DE, CEST +02:00): whole days.
    let eta = s.eta.as_ref().unwrap();
    assert_eq!(eta.earliest.to_rfc3339(), "2026-04-19T22:00:00+00:00");
    assert_eq!(eta.latest.to_rfc3339(), "2026-04-24T21:59:59+00:00");
    assert!(!serde_json::to_string(s).unwrap().contains("Geheimweg"));
}

#[test]
fn rejected_number_is_not_found() {
    let err = common::run(
        Carrier::SeventeenTrack,
        &common::own_fixture("17track/rejected_number.json"),
    )
    .unwrap_err();
    assert_eq!(err, AdapterError::NotFound("RR000000000CN".into()));
}
