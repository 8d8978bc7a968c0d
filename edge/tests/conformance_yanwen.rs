//! Yanwen tracking: the shared fixture plus our own.
mod common;

use waymark_edge::carriers::AdapterError;
use waymark_shared::{Carrier, Phase, Status};

#[test]
fn acceptance_with_separate_time_zone_field() {
    let Some(r) = common::run_shared(
        Carrier::Yanwen,
        "yanwen",
        "yanwen_trackapi_tracking_PU10_acceptance.json",
    ) else {
        return;
    };
    let shipments = r.unwrap();
    assert_eq!(shipments.len(), 1);
    let s = &shipments[0];
    common::assert_invariants(s);
    // The reply's number (not the one asked for) names the parcel.
    assert_eq!(s.tracking_number, "00340434281410767138");
    assert_eq!(s.events.len(), 1);
    // time_stamp "2019-08-15T18:52:19" with time_zone "+8" → 10:52:19Z.
    assert_eq!(common::utc(s, 0), "2019-08-15T10:52:19Z");
    assert_eq!(
        s.events[0].local_offset.unwrap().local_minus_utc(),
        8 * 3600
    );
    assert_eq!(s.status, Status::InTransit);
    assert_eq!(s.phase, Some(Phase::Origin));
}

#[test]
fn own_not_found_delivered_and_last_mile_leg() {
    let err = common::run(Carrier::Yanwen, br#"{"code":0,"message":"success","result":[{"tracking_number":"UG000000000YW","tracking_status":"NOTFOUND","checkpoints":[]}]}"#).unwrap_err();
    assert_eq!(err, AdapterError::NotFound("UG000000000YW".into()));
    let err =
        common::run(Carrier::Yanwen, br#"{"code":401,"message":"unauthorised"}"#).unwrap_err();
    assert_eq!(err, AdapterError::carrier("401", "unauthorised"));
    let s = &common::run(
        Carrier::Yanwen,
        &common::own_fixture("yanwen/delivered_with_last_mile.json"),
    )
    .unwrap()[0];
    common::assert_invariants(s);
    assert_eq!(s.status, Status::Delivered);
    assert_eq!(s.legs.len(), 2);
    assert_eq!(s.legs[1].carrier, Carrier::RoyalMail);
    assert_eq!(s.legs[1].tracking_number, "YW123456789GB");
    // A checkpoint without time_zone falls back to China's zone: 09:00 → 01:00Z.
    assert_eq!(common::utc(s, 0), "2026-02-01T01:00:00Z");
}
