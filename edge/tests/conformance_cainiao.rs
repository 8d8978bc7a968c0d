//! Cainiao global detail: every shared fixture plus our own.
mod common;

use waymark_shared::{Carrier, Phase, Status};

#[test]
fn cn_to_be_delivered_trusts_the_epoch_not_the_zone_label() {
    let Some(r) = common::run_shared(
        Carrier::Cainiao,
        "cainiao",
        "cainiao_global_detail_CN_to_BE_delivered_redacted.json",
    ) else {
        return;
    };
    let shipments = r.unwrap();
    assert_eq!(shipments.len(), 1);
    let s = &shipments[0];
    common::assert_invariants(s);
    assert_eq!(s.tracking_number, "RC000000001EE");
    assert_eq!(s.events.len(), 7);
    // time 1765204140000 ms = 2025-12-08T14:29:00Z (timeStr 22:29:00 at GMT+08:00 agrees).
    assert_eq!(common::utc(s, 0), "2025-12-08T14:29:00Z");
    assert_eq!(
        s.events[0].local_offset.unwrap().local_minus_utc(),
        8 * 3600
    );
    // time 1770362717000 ms = 2026-02-06T07:25:17Z. The label says GMT+08:00, but the scan is
    // in Belgium: the local offset is Brussels' (+01:00 in February), not the label's.
    assert_eq!(common::utc(s, 6), "2026-02-06T07:25:17Z");
    assert_eq!(s.events[6].local_offset.unwrap().local_minus_utc(), 3600);
    assert_eq!(s.events[6].status, Status::Delivered);
    assert_eq!(
        s.events[4].phase,
        Some(Phase::ImportCustoms),
        "CC_IM_SUCCESS"
    );
    assert_eq!(s.events[2].phase, Some(Phase::Linehaul), "LH_ARRIVE");
    assert_eq!(s.status, Status::Delivered);
    assert_eq!(s.phase, Some(Phase::LastMile));
    assert_eq!(s.legs.len(), 1, "no realMailNo in this capture");
}

#[test]
fn unknown_number_is_no_shipment() {
    let Some(r) = common::run_shared(
        Carrier::Cainiao,
        "cainiao",
        "cainiao_global_detail_unknown_number_empty.json",
    ) else {
        return;
    };
    assert_eq!(r.unwrap(), vec![]);
}

#[test]
fn own_two_parcels_handoff_duplicates_and_markup() {
    let shipments = common::run(
        Carrier::Cainiao,
        &common::own_fixture("cainiao/two_parcels_handoff.json"),
    )
    .unwrap();
    assert_eq!(shipments.len(), 2, "two modules are two parcels");
    let a = &shipments[0];
    common::assert_invariants(a);
    assert_eq!(a.tracking_number, "LP00123456789CN");
    // realMailNo "USPS: 9400111899223100000011" → a USPS hand-off leg.
    assert_eq!(a.legs.len(), 2);
    assert_eq!(a.legs[1].carrier, Carrier::Usps);
    assert_eq!(a.legs[1].tracking_number, "9400111899223100000011");
    // 5 scans given out of order, one duplicated (same code, 2 minutes apart): 4 kept, oldest first.
    assert_eq!(a.events.len(), 4);
    assert_eq!(common::utc(a, 0), "2026-03-01T02:00:00Z");
    assert_eq!(a.events[1].phase, Some(Phase::ExportCustoms));
    assert_eq!(a.events[3].status, Status::Exception);
    assert_eq!(
        a.events[3].description,
        "Held by <b>customs</b> & awaiting docs"
    );
    assert_eq!(a.status, Status::Exception);
    // US-side scan: the offset is New York's (-05:00 on 2026-03-05), not the GMT+08:00 label.
    assert_eq!(
        a.events[3].local_offset.unwrap().local_minus_utc(),
        -5 * 3600
    );
    let b = &shipments[1];
    assert_eq!(b.tracking_number, "LP00987654321CN");
    assert_eq!(b.events.len(), 1);
    assert_eq!(b.status, Status::InfoReceived);
}
