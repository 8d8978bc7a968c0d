//! SEKO Omniparcel: the shared fixture.
mod common;

use waymark_shared::{Carrier, Phase, Status};

#[test]
fn four_consignments_never_merged() {
    let Some(r) = common::run_shared(
        Carrier::Seko,
        "seko",
        "seko_omniparcel_statusv2_4_consignments_preadvice.json",
    ) else {
        return;
    };
    let shipments = r.unwrap();
    assert_eq!(shipments.len(), 4);
    let numbers: Vec<_> = shipments
        .iter()
        .map(|s| s.tracking_number.as_str())
        .collect();
    assert_eq!(
        numbers,
        [
            "DG30754101650",
            "DG30754101664",
            "DG30754101665",
            "DG30754101666"
        ]
    );
    for s in &shipments {
        common::assert_invariants(s);
        assert_eq!(s.events.len(), 2);
        assert_eq!(s.status, Status::InfoReceived);
        assert_eq!(s.phase, Some(Phase::Origin));
    }
    // "2024-10-25T10:28:47.677" at LONDON,…,GB: naive London time, BST (+01:00) → 09:28:47Z.
    assert_eq!(common::utc(&shipments[0], 0), "2024-10-25T09:28:47Z");
    // The pre-advice event has no location: the consignment's country (GB) places it.
    assert_eq!(common::utc(&shipments[0], 1), "2024-10-25T10:28:49Z");
}
