//! Canada Post (XML): every shared fixture.
mod common;

use waymark_edge::carriers::AdapterError;
use waymark_shared::{Carrier, Reason, Status};

#[test]
fn pin_detail_with_zone_abbreviations() {
    let Some(r) = common::run_shared(
        Carrier::CanadaPost,
        "canadapost",
        "canadapost_vis_track_pin_detail.xml",
    ) else {
        return;
    };
    let shipments = r.unwrap();
    assert_eq!(shipments.len(), 1);
    let s = &shipments[0];
    common::assert_invariants(s);
    assert_eq!(s.tracking_number, "7023210039414604");
    // Six occurrences; the delivery (1496) and its signature record (20) share an instant but
    // are different codes: both kept.
    assert_eq!(s.events.len(), 6);
    // 2011-02-01 07:59:52 EST (-05:00) → 12:59:52Z, the oldest.
    assert_eq!(common::utc(s, 0), "2011-02-01T12:59:52Z");
    // 2011-02-03 11:59:59 EST → 16:59:59Z, the newest.
    assert_eq!(common::utc(s, 5), "2011-02-03T16:59:59Z");
    assert_eq!(
        s.events[2].reason,
        Some(Reason::AddressIssue),
        "0173 addressing error"
    );
    assert_eq!(s.status, Status::Delivered);
    assert!(
        s.eta.is_none(),
        "delivered: the 2011-04-05 expected date is moot"
    );
    let json = serde_json::to_string(s).unwrap();
    assert!(
        !json.contains("HETU") && !json.contains("GREGOIRE"),
        "signatory names never leak"
    );
}

#[test]
fn messages_are_errors() {
    let Some(r) = common::run_shared(
        Carrier::CanadaPost,
        "canadapost",
        "canadapost_vis_track_no_pin_history_004.xml",
    ) else {
        return;
    };
    assert_eq!(
        r.unwrap_err(),
        AdapterError::NotFound("No Pin History".into())
    );
    let Some(r) = common::run_shared(
        Carrier::CanadaPost,
        "canadapost",
        "canadapost_auth_error_E002.xml",
    ) else {
        return;
    };
    assert_eq!(
        r.unwrap_err(),
        AdapterError::carrier("E002", "AAA Authentication Failure")
    );
}

#[test]
fn own_in_transit_with_expected_date_in_destination_zone() {
    let xml = br#"<?xml version="1.0"?><tracking-detail xmlns="http://www.canadapost.ca/ws/track"><pin>1234567890123456</pin><destination-postal-id>V5K0A1</destination-postal-id><expected-delivery-date>2026-03-10</expected-delivery-date><significant-events><occurrence><event-identifier>0100</event-identifier><event-date>2026-03-07</event-date><event-time>09:15:00</event-time><event-time-zone>PST</event-time-zone><event-description>Item processed</event-description><event-site>RICHMOND</event-site><event-province>BC</event-province></occurrence></significant-events></tracking-detail>"#;
    let s = &common::run(Carrier::CanadaPost, xml).unwrap()[0];
    assert_eq!(common::utc(s, 0), "2026-03-07T17:15:00Z");
    // Expected 2026-03-10 in BC (V postal code): PDT from 2026-03-08 → 07:00Z to 06:59:59Z.
    let eta = s.eta.as_ref().unwrap();
    assert_eq!(eta.earliest.to_rfc3339(), "2026-03-10T07:00:00+00:00");
    assert_eq!(eta.latest.to_rfc3339(), "2026-03-11T06:59:59+00:00");
}
