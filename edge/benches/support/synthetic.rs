//! A synthetic three-leg cross-border parcel, 150 events in all, in the real reply formats of
//! its carriers: Yanwen (first mile, CN), Cainiao (export, linehaul, import), USPS (last mile).

use serde_json::{json, Value};

/// Events per leg.
pub const EVENTS_PER_LEG: usize = 50;

/// The three legs' reply bodies, in hand-off order: (slug, body).
pub fn three_legs() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("yanwen", yanwen()),
        ("cainiao", cainiao()),
        ("usps", usps()),
    ]
}

fn yanwen() -> Vec<u8> {
    let checkpoints: Vec<Value> = (0..EVENTS_PER_LEG)
        .map(|i| {
            json!({
                "time_stamp": format!("2026-03-{:02}T{:02}:{:02}:00", 1 + i / 24, i % 24, (i * 7) % 60),
                "time_zone": "+8",
                "tracking_status": if i == 0 { "PU10" } else { "OR10" },
                "message": format!("Processing at Yanwen sorting centre {i}"),
                "location": "Shenzhen"
            })
        })
        .collect();
    serde_json::to_vec(&json!({
        "code": 0,
        "message": "success",
        "result": [{
            "tracking_number": "UG000000001YW",
            "tracking_status": "OR10",
            "last_mile_tracking_expected": true,
            "checkpoints": checkpoints
        }]
    }))
    .unwrap_or_default()
}

fn cainiao() -> Vec<u8> {
    let start_ms: i64 = 1_772_928_000_000; // 2026-03-08T00:00:00Z
    let codes = [
        "CC_EX_START",
        "CC_EX_SUCCESS",
        "LH_HO_IN_SUCCESS",
        "LH_DEPART",
        "LH_ARRIVE",
        "CC_IM_START",
        "CC_IM_SUCCESS",
    ];
    let details: Vec<Value> = (0..EVENTS_PER_LEG)
        .rev()
        .map(|i| {
            let t = start_ms + (i as i64) * 3 * 3_600_000;
            json!({
                "time": t,
                "timeStr": "2026-03-08 08:00:00",
                "desc": format!("Linehaul step {i} <b>in progress</b>"),
                "standerdDesc": "In transit",
                "timeZone": "GMT+08:00",
                "actionCode": codes[i * codes.len() / EVENTS_PER_LEG],
                "group": { "nodeCode": "AE_GROUP_TRANSPORT", "nodeDesc": "In transit" }
            })
        })
        .collect();
    serde_json::to_vec(&json!({
        "module": [{
            "mailNo": "LP00000000001",
            "originCountry": "Mainland China",
            "destCountry": "United States",
            "status": "TRANSPORT",
            "detailList": details,
            "realMailNo": "9400100000000000000001"
        }],
        "success": true
    }))
    .unwrap_or_default()
}

fn usps() -> Vec<u8> {
    let events: Vec<Value> = (0..EVENTS_PER_LEG)
        .rev()
        .map(|i| {
            let day = 16 + i / 10;
            let hour = 8 + i % 10;
            json!({
                "eventType": if i + 1 == EVENTS_PER_LEG { "Delivered, In/At Mailbox" } else { "In Transit to Next Facility" },
                "eventTimestamp": format!("2026-03-{day:02}T{hour:02}:00:00"),
                "GMTTimestamp": format!("2026-03-{day:02}T{:02}:00:00Z", hour + 4),
                "GMTOffset": "-04:00",
                "eventCity": "NEW YORK",
                "eventState": "NY",
                "eventZIP": "10001",
                "eventCountry": null,
                "eventCode": if i + 1 == EVENTS_PER_LEG { "01" } else { "NT" }
            })
        })
        .collect();
    serde_json::to_vec(&json!({
        "trackingNumber": "9400100000000000000001",
        "statusCategory": "Delivered",
        "trackingEvents": events
    }))
    .unwrap_or_default()
}
