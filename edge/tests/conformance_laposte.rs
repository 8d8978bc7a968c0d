//! La Poste Suivi v2: every shared fixture.
mod common;

use waymark_edge::carriers::AdapterError;
use waymark_shared::{Carrier, Phase, Status};

#[test]
fn fr_to_br_delivered_with_office_offsets() {
    let Some(r) = common::run_shared(
        Carrier::LaPoste,
        "laposte",
        "laposte_suivi_v2_idships_EW112720413FR_FR_to_BR_delivered.json",
    ) else {
        return;
    };
    let shipments = r.unwrap();
    assert_eq!(shipments.len(), 1);
    let s = &shipments[0];
    common::assert_invariants(s);
    assert_eq!(s.tracking_number, "EW112720413FR");
    assert_eq!(s.events.len(), 9);
    // DR1 "2023-02-17T14:41:00+01:00" → 13:41:00Z.
    assert_eq!(common::utc(s, 0), "2023-02-17T13:41:00Z");
    assert_eq!(s.events[0].status, Status::InfoReceived);
    // DI1 "2023-03-09T09:38:00+01:00" → 08:38:00Z; the scan is in Brazil: local -03:00.
    assert_eq!(common::utc(s, 8), "2023-03-09T08:38:00Z");
    assert_eq!(
        s.events[8].local_offset.unwrap().local_minus_utc(),
        -3 * 3600
    );
    assert_eq!(
        s.events[0].local_offset.unwrap().local_minus_utc(),
        3600,
        "French side keeps +01:00"
    );
    assert_eq!(
        s.events[5].phase,
        Some(Phase::ImportCustoms),
        "ET3 arrived in destination country"
    );
    assert_eq!(s.status, Status::Delivered);
    assert!(s.eta.is_none());
}

#[test]
fn invalid_number() {
    let Some(r) = common::run_shared(
        Carrier::LaPoste,
        "laposte",
        "laposte_suivi_v2_error_400_invalid_number.json",
    ) else {
        return;
    };
    assert!(matches!(r.unwrap_err(), AdapterError::Carrier { code, .. } if code == "400"));
}
