//! Royal Mail Tracking v2: every shared fixture.
mod common;

use waymark_edge::carriers::AdapterError;
use waymark_shared::{Carrier, EtaBasis, Status};

#[test]
fn doc_example_with_estimated_window() {
    let Some(r) = common::run_shared(
        Carrier::RoyalMail,
        "royalmail",
        "royalmail_tracking_v2_mailpieces_events_doc_example.json",
    ) else {
        return;
    };
    let s = &r.unwrap()[0];
    common::assert_invariants(s);
    assert_eq!(
        s.tracking_number, "FQ087430672GB",
        "the barcode, not the internal id"
    );
    assert_eq!(s.events.len(), 1);
    // EVNMI "2016-10-20T10:04:00+01:00" → 09:04:00Z.
    assert_eq!(common::utc(s, 0), "2016-10-20T09:04:00Z");
    assert_eq!(s.status, Status::InTransit);
    // 2017-02-20 08:00+01:00 – 11:00+01:00.
    let eta = s.eta.as_ref().unwrap();
    assert_eq!(eta.earliest.to_rfc3339(), "2017-02-20T07:00:00+00:00");
    assert_eq!(eta.latest.to_rfc3339(), "2017-02-20T10:00:00+00:00");
    assert_eq!(eta.basis, EtaBasis::CarrierEstimate);
    assert!(
        !serde_json::to_string(s).unwrap().contains("Simon"),
        "recipient name never leaks"
    );
}

#[test]
fn terms_header_error() {
    let Some(r) = common::run_shared(
        Carrier::RoyalMail,
        "royalmail",
        "royalmail_tracking_v2_error_E0004_terms_header.json",
    ) else {
        return;
    };
    assert_eq!(
        r.unwrap_err(),
        AdapterError::carrier("E0004", "Failed header validation for X-Accept-RMG-Terms")
    );
}
